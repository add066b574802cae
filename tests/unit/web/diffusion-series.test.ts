/** The data side of the diffusion charts: the map's shading up to a year, several curves on shared years. */
import { describe, expect, it } from 'vitest';
import { alignCurves, mapAreas, yearSpan } from '../../../web/src/parts/diffusion-series.ts';

const geometry = [{ code: '23', name: '黑龙江' }, { code: '34', name: '安徽' }, { code: '51', name: '四川' }, { code: '', name: '南海诸岛' }];
const provinces = [
  { code: '23', name: '黑龙江省', adopters: 1, firstYear: 2016 },
  { code: '34', name: '安徽省', adopters: 3, firstYear: 2020 },
  { code: '51', name: '四川省', adopters: 1, firstYear: null },
];

describe('the map of first-report years', () => {
  it('shades a province by its first year once the slider reaches it, matched by code', () => {
    expect(mapAreas(geometry, provinces, 2016).map((area) => [area.name, area.fullName, area.value])).toEqual([
      ['黑龙江', '黑龙江省', 2016], ['安徽', '安徽省', null], ['四川', '四川省', null], ['南海诸岛', null, null],
    ]);
    expect(mapAreas(geometry, provinces, 2020).filter((area) => area.value !== null).map((area) => area.fullName)).toEqual(['黑龙江省', '安徽省']);
  });

  it('never shades a province known only from undated reports, and says so', () => {
    expect(mapAreas(geometry, provinces, 2020)[2]).toEqual({ name: '四川', fullName: '四川省', value: null, adopters: 0, undatedOnly: true });
  });
});

describe('curves compared', () => {
  it('puts curves on one run of years: 0 before a practice\'s first report, its total held after its last', () => {
    const aligned = alignCurves([
      { name: '单元长制', steps: [{ period: '2018', newAdopters: 2, cumulative: 2 }, { period: '2019', newAdopters: 1, cumulative: 3 }] },
      { name: '网格化党建', steps: [{ period: '2020', newAdopters: 4, cumulative: 4 }, { period: '2021', newAdopters: 0, cumulative: 4 }, { period: '2022', newAdopters: 2, cumulative: 6 }] },
      { name: '未见报道', steps: [] },
    ]);
    expect(aligned).toEqual({
      years: ['2018', '2019', '2020', '2021', '2022'],
      series: [
        { name: '单元长制', values: [2, 3, 3, 3, 3] },
        { name: '网格化党建', values: [0, 0, 4, 4, 6] },
        { name: '未见报道', values: [0, 0, 0, 0, 0] },
      ],
    });
    expect(yearSpan([])).toBeNull();
  });
});
