/**
 * Outcomes shown under the practice they report on: adoptions split them (this practice's, then
 * 其他数据), compare builds the practices × places matrix and lines up the same measure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomesFor } from '../../../../api/services/adoptions.ts';
import { comparedMetrics, longestSharedRun } from '../../../../api/services/compare-metrics.ts';
import { comparisonRows } from '../../../../api/services/compare.ts';
import type { Outcome, RegionRef } from '../../../../graph/model.ts';
import type { ItemView } from '../../../../graph/store.ts';
import { buildItem, regions, toItemView } from '../../../contract/builders.ts';
import { createTestAtlas } from './fixtures.ts';
import type { TestAtlas } from './fixtures.ts';

function claim(text: string, value: number, unit: string, practice: string | null, metric: string | null = null): Outcome {
  return { text, value, unit, normalized: { value, unit }, metric, kind: 'outcome', approximate: false, practice };
}

function item(id: string, region: RegionRef, practices: string[], outcomes: Outcome[]): ItemView {
  return toItemView('doc', buildItem({
    id, region, outcomes, practices: practices.map((name) => ({ name, category: '基层党建', matched: name })),
  }));
}

const wangjiang = [
  item('w1', regions.wangjiang, ['社区大党委', '单元长制'], [
    claim('选聘单元长320名', 320, '名', '单元长制'),
    claim('吸纳驻区单位党组织46个', 46, '个', '社区大党委'),
    claim('新建停车位120个', 120, '个', null),
  ]),
  item('w2', regions.wangjiang, ['网格党支部'], [claim('建立网格党支部42个', 42, '个', '网格党支部')]),
];
const taihu = [
  item('t1', regions.taihu, ['社区大党委', '网格党支部'], [
    claim('调整设置网格党支部18个', 18, '个', '网格党支部'),
    claim('社区大党委成员单位覆盖率达95%', 95, '%', '社区大党委', '覆盖率'),
  ]),
];
const jiayin = [
  item('j1', regions.jiayin, ['社区大党委'], [claim('兼职委员覆盖率达到88%', 88, '%', '社区大党委', '覆盖率')]),
];

describe('outcomesFor', () => {
  it("puts the practice's outcomes apart from the rest, each claim once", () => {
    const twice = [...wangjiang, { ...wangjiang[0]!, id: 'w1-again' }];
    const split = outcomesFor(twice, new Set(['社区大党委']));
    expect(split.outcomes.map((outcome) => outcome.value)).toEqual([46]);
    expect(split.otherOutcomes.map((outcome) => outcome.value)).toEqual([320, 120, 42]);
  });
});

describe('comparisonRows', () => {
  const columns = [
    { region: regions.wangjiang, items: wangjiang },
    { region: regions.taihu, items: taihu },
    { region: regions.jiayin, items: jiayin },
  ];

  it('lists shared practices first (most places first), then each place its own, place by place', () => {
    const rows = comparisonRows(columns, null);
    expect(rows.map((row) => [row.practice, row.regionCount])).toEqual([
      ['社区大党委', 3], ['网格党支部', 2], ['单元长制', 1],
    ]);
  });

  it("fills each cell with that place's outcomes of the row's practice only", () => {
    const [dangwei] = comparisonRows(columns, ['社区大党委']);
    expect(dangwei!.cells.map((cell) => [cell.region.name, cell.outcomes.map((outcome) => outcome.value)])).toEqual([
      ['望江县', [46]], ['太湖县', [95]], ['嘉荫县', [88]],
    ]);
  });

  it('lines up the same measure side by side', () => {
    const rows = comparisonRows(columns, null);
    const byPractice = new Map(rows.map((row) => [row.practice, row.metrics]));
    expect(byPractice.get('社区大党委')!.map((metric) => [metric.label, metric.unit, metric.values.map((value) => value?.value ?? null)])).toEqual([
      ['覆盖率', '%', [null, 95, 88]],
    ]);
    expect(byPractice.get('网格党支部')!.map((metric) => [metric.label, metric.values.map((value) => value?.value ?? null)])).toEqual([
      ['网格党支部', [42, 18, null]],
    ]);
    expect(byPractice.get('单元长制')).toEqual([]);
  });
});

describe('comparedMetrics', () => {
  it('keeps different units and different named metrics apart', () => {
    expect(comparedMetrics([
      [claim('选聘单元长120名', 120, '名', 'x')],
      [claim('单元长覆盖楼栋800个', 800, '个', 'x')],
    ])).toEqual([]);
    expect(comparedMetrics([
      [claim('党员占比49%', 49, '%', 'x', '占比')],
      [claim('覆盖率达78%', 78, '%', 'x', '覆盖率')],
    ])).toEqual([]);
  });

  it('does not match clauses on the words every clause uses', () => {
    expect(comparedMetrics([
      [claim('全县累计开展活动12场', 12, '场', 'x')],
      [claim('全县累计举办讲座30场', 30, '场', 'x')],
    ])).toEqual([]);
    expect(longestSharedRun('建立网格党支部', '调整设置网格党支部')).toBe('网格党支部');
  });
});

describe('over a store', () => {
  let atlas: TestAtlas;
  beforeAll(async () => {
    atlas = await createTestAtlas();
  });
  afterAll(async () => atlas?.cleanup());

  it("answers adoptions with the practice's outcomes and the rest apart", async () => {
    const result = await atlas.services.adoptions('党员积分管理');
    const taihu = result.adoptions.find((adoption) => adoption.region?.name === '太湖县')!;
    expect(taihu.outcomes.map((outcome) => [outcome.value, outcome.practice])).toEqual([[85, '党员积分管理']]);
    expect(taihu.otherOutcomes.map((outcome) => [outcome.value, outcome.practice])).toEqual([[120, '单元长制'], [300, '单元长制']]);
  });

  it('compares with the shared practice first, then each place its own in the order the places were asked', async () => {
    const comparison = await atlas.services.compareRegions(['太湖县', '620102', '望江县']);
    expect(comparison.rows.map((row) => [row.practice, row.regionCount])).toEqual([
      ['单元长制', 2], ['党员积分管理', 1], ['社区大党委', 1],
    ]);
    expect(comparison.rows[0]!.cells.map((cell) => cell.outcomes.map((outcome) => outcome.value))).toEqual([[120, 300], [800], []]);
  });
});
