import { describe, expect, it } from 'vitest';
import { uniqueRows } from '../../../web/src/csv.ts';
import { adoptionRows, CSV_HEADER } from '../../../web/src/pages/practice-csv.ts';
import type { Adoption, Item, Outcome } from '../../../web/src/queries.ts';

const claim = (text: string, value: number, practice: string | null): Outcome => ({ text, value, unit: '名', kind: 'OUTCOME', metric: null, practice });

function item(id: string, title: string, outcomes: Outcome[]): Item {
  return {
    id, title, section: null, date: '2023-05-10', year: 2023, office: '青禾县委组织部', text: '', regionMention: '青禾县',
    region: null, regionEvidence: null, document: { id: 'doc', title: '青禾组工', issue: '第3期', date: '2023-05-10' },
    practices: [], outcomes, reprints: [],
  };
}

const region = { code: '349901', name: '青禾县', level: 'COUNTY' as const, path: ['安徽省', '青禾市', '青禾县'] };
const report = item('a', '青禾县推行单元长制', [claim('开展入户走访900户', 900, null), claim('选聘单元长320名', 320, '单元长制'), claim('建立社区大党委8个', 8, '社区大党委')]);
const adoption: Adoption = {
  region, firstDate: '2023-05-10', lastDate: '2023-05-10', itemCount: 3, outcomes: [], otherOutcomes: [],
  // The same bulletin stored twice: its rows must not repeat.
  items: [report, { ...report, id: 'a-again' }, item('b', '青禾县召开推进会', [])],
};

describe('practice CSV', () => {
  it("lists the practice's numbers first, then the others as 其他数据, each with the practice it belongs to, no row twice", () => {
    const rows = adoptionRows([adoption], ['单元长制']);
    expect(CSV_HEADER.slice(8)).toEqual(['数据归属', '所属做法', '类别', '数据', '数值', '单位']);
    expect(rows.map((row) => row.slice(8))).toEqual([
      ['本做法', '单元长制', '成效', '选聘单元长320名', 320, '名'],
      ['其他数据', '未归属', '成效', '开展入户走访900户', 900, '名'],
      ['其他数据', '社区大党委', '成效', '建立社区大党委8个', 8, '名'],
      ['', '', '', '', null, ''],
    ]);
    expect(rows[0]!.slice(0, 8)).toEqual(['安徽省', '青禾市', '青禾县', '349901', '青禾县推行单元长制', '2023-05-10', '青禾组工 第3期', '青禾县委组织部']);
    expect(rows[3]![4]).toBe('青禾县召开推进会');
  });

  it('drops repeated rows, keeping the first', () => {
    expect(uniqueRows([['a', 1], ['b', 2], ['a', 1]])).toEqual([['a', 1], ['b', 2]]);
  });
});
