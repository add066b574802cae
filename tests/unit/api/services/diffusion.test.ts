/**
 * The diffusion computation on a corpus small enough to check by hand (diffusion-fixture.ts):
 * events, curves, first adopters, provinces, neighbour shares, and every report accounted for.
 */
import { describe, expect, it } from 'vitest';
import { EVENT_COLUMNS, eventRows, PANEL_COLUMNS, panelRows, toCsvText } from '../../../../api/services/diffusion-csv.ts';
import { neighbourCounts, placeAt } from '../../../../api/services/diffusion-levels.ts';
import { reportIdOf } from '../../../../api/services/diffusion-service.ts';
import type { DiffusionLevel } from '../../../../api/services/diffusion-types.ts';
import { computeDiffusion, curve, mergeCopies, nextMonth, nextYear } from '../../../../api/services/diffusion.ts';
import { gazetteer, places, reports } from './diffusion-fixture.ts';

const diffusionAt = (level: DiffusionLevel) => computeDiffusion(reports, { practices: ['单元长制'], level, neighbourCounts: neighbourCounts(gazetteer, level) });
const brief = (events: ReturnType<typeof diffusionAt>['events']) => events.map((event) => [event.region.name, event.firstDate, event.firstYear, event.reports]);

describe('diffusion at county level', () => {
  const result = diffusionAt('county');

  it('lists dated places in order of first report, a year-only one last in its year, the undated apart', () => {
    expect(brief(result.events)).toEqual([
      ['青禾县', '2019-03-10', 2019, 1],
      ['东城区', '2020-06-01', 2020, 1],
      ['石溪县', '2020-06-15', 2020, 2],
      ['柳岸县', null, 2020, 1],
      ['南屏县', '2021-09-30', 2021, 1],
    ]);
    expect(result.undatedEvents.map((event) => [event.region.name, event.reports, event.undatedReports])).toEqual([['白沙县', 1, 1]]);
  });

  it('counts a reprinted report once, dated and sourced by its first copy', () => {
    const 青禾 = result.events[0]!;
    expect([青禾.reports, 青禾.firstItemId]).toEqual([1, 'yl-2019:1']);
  });

  it('rolls a township report up to its county, as the county itself', () => {
    const 石溪 = result.events[2]!;
    expect(石溪.region).toEqual(places.石溪县);
    expect(石溪.firstItemId).toBe('yl-2020:3');
  });

  it('accounts for every report: undated, unplaced and city-level ones counted, not dropped', () => {
    expect({ reports: result.reports, undated: result.undatedReports, unplaced: result.unplacedReports, coarser: result.coarserReports })
      .toEqual({ reports: 9, undated: 1, unplaced: 1, coarser: 1 });
  });

  it('draws the cumulative curve by year, and by month over month-dated places only', () => {
    expect(result.byYear).toEqual([
      { period: '2019', newAdopters: 1, cumulative: 1 },
      { period: '2020', newAdopters: 3, cumulative: 4 },
      { period: '2021', newAdopters: 1, cumulative: 5 },
    ]);
    expect(result.byMonth).toHaveLength(31);
    expect(result.byMonth[0]).toEqual({ period: '2019-03', newAdopters: 1, cumulative: 1 });
    expect(result.byMonth.find((step) => step.period === '2020-06')).toEqual({ period: '2020-06', newAdopters: 2, cumulative: 3 });
    expect(result.byMonth.at(-1)).toEqual({ period: '2021-09', newAdopters: 1, cumulative: 4 });
  });

  it('names the first adopters: the places of the earliest year', () => {
    expect(result.firstAdopters.map((event) => event.region.name)).toEqual(['青禾县']);
  });

  it('shares of neighbours already reporting: same city, same province for a district without a city', () => {
    expect(result.events.map((event) => [event.region.name, event.neighbours])).toEqual([
      ['青禾县', { scope: 'city', adoptedBefore: 0, neighbours: 2, share: 0 }],
      ['东城区', { scope: 'province', adoptedBefore: 0, neighbours: 0, share: null }],
      ['石溪县', { scope: 'city', adoptedBefore: 1, neighbours: 2, share: 0.5 }],
      ['柳岸县', { scope: 'city', adoptedBefore: 0, neighbours: 1, share: 0 }],
      ['南屏县', { scope: 'city', adoptedBefore: 0, neighbours: 1, share: 0 }],
    ]);
    expect(result.undatedEvents[0]!.neighbours).toBeNull();
  });

  it('gives each province its adopting places, reports and first report, earliest first', () => {
    expect(result.byProvince.map((entry) => [entry.province.name, entry.adopters, entry.reports, entry.firstDate, entry.firstYear])).toEqual([
      ['安徽省', 4, 5, '2019-03-10', 2019],
      ['北京市', 1, 1, '2020-06-01', 2020],
      ['浙江省', 1, 1, '2021-09-30', 2021],
    ]);
  });
});

describe('diffusion at city and province level', () => {
  it('counts a city\'s own report at city level, a municipality as one place', () => {
    const result = diffusionAt('city');
    expect(brief(result.events)).toEqual([
      ['云岭市', '2018-11-11', 2018, 5],
      ['北京市', '2020-06-01', 2020, 1],
      ['江口市', null, 2020, 1],
      ['东湖市', '2021-09-30', 2021, 1],
    ]);
    expect(result.coarserReports).toBe(0);
    expect(result.byYear.map((step) => [step.period, step.newAdopters, step.cumulative])).toEqual([['2018', 1, 1], ['2019', 0, 1], ['2020', 2, 3], ['2021', 1, 4]]);
    expect(result.events.map((event) => event.neighbours?.share ?? null)).toEqual([0, null, 1, null]);
  });

  it('has no neighbours at province level', () => {
    const result = diffusionAt('province');
    expect(brief(result.events)).toEqual([['安徽省', '2018-11-11', 2018, 6], ['北京市', '2020-06-01', 2020, 1], ['浙江省', '2021-09-30', 2021, 1]]);
    expect(result.events.every((event) => event.neighbours === null)).toBe(true);
  });
});

describe('diffusion helpers', () => {
  it('reads a report id when the store keeps one, else the item is its own report', () => {
    expect(reportIdOf({ itemId: 'a:1' })).toBe('a:1');
    expect(reportIdOf({ itemId: 'b:4', reportId: 'a:1' })).toBe('a:1');
  });

  it('keeps the earliest copy of a report: a dated copy over a year-only one in the same year', () => {
    const merged = mergeCopies([
      { reportId: 'r', itemId: 'x:1', region: null, date: null, year: 2020 },
      { reportId: 'r', itemId: 'y:1', region: places.青禾县, date: '2020-04-01', year: null },
    ]);
    expect(merged).toEqual([{ reportId: 'r', itemId: 'y:1', region: places.青禾县, date: '2020-04-01', year: null }]);
  });

  it('fills the years and months between, across a year\'s end', () => {
    expect(curve(['2018', '2020'], nextYear).map((step) => step.period)).toEqual(['2018', '2019', '2020']);
    expect(nextMonth('2019-12')).toBe('2020-01');
  });

  it('places a province-administered county at city level as itself, nothing above the level', () => {
    const 济源 = { code: '419001', name: '济源市', level: 'county' as const, path: ['河南省', '济源市'], pathCodes: ['41', '419001'] };
    expect(placeAt(济源, 'city')?.code).toBe('419001');
    expect(placeAt(places.云岭市, 'county')).toBeNull();
  });
});

describe('diffusion CSV', () => {
  it('panels every county of the reporting provinces by year: adopted 0/1 from the first year, unknown for the undated', () => {
    const result = diffusionAt('county');
    const rows = panelRows('单元长制', result, reports, gazetteer, 'county');
    expect(rows).toHaveLength(8 * 4);
    expect(rows.filter((row) => row[2] === '石溪县')).toEqual([
      ['单元长制', '341102', '石溪县', 'county', '34', '3411', 2018, 0, 2020, 0],
      ['单元长制', '341102', '石溪县', 'county', '34', '3411', 2019, 0, 2020, 0],
      ['单元长制', '341102', '石溪县', 'county', '34', '3411', 2020, 1, 2020, 1],
      ['单元长制', '341102', '石溪县', 'county', '34', '3411', 2021, 1, 2020, 1],
    ]);
    expect(rows.filter((row) => row[2] === '白沙县').map((row) => [row[7], row[8]])).toEqual([[null, null], [null, null], [null, null], [null, null]]);
    expect(rows.filter((row) => row[2] === '桃源县').map((row) => row[7])).toEqual([0, 0, 0, 0]);
    expect(rows.find((row) => row[2] === '东城区')?.[5]).toBeNull();
  });

  it('writes events with their first bulletin, in documented ASCII columns, as Excel-ready text', () => {
    const result = diffusionAt('county');
    const item = { id: 'yl-2019:1', documentId: 'yl-2019', title: '青禾县推行单元长制' };
    const doc = { id: 'yl-2019', source: 'yl.txt', title: '云岭组工', issue: '第3期', date: '2019-03-10' };
    const rows = eventRows('单元长制', result, { items: new Map([[item.id, item as never]]), documents: new Map([[doc.id, doc as never]]) });
    expect(rows[0]).toEqual(['单元长制', '341101', '青禾县', 'county', '34', '安徽省', '3411', '云岭市', '2019-03-10', 2019, 1, 0, 'city', 0, 2, 0,
      'yl-2019:1', '青禾县推行单元长制', 'yl-2019', '云岭组工 第3期', '2019-03-10']);
    expect(rows.at(-1)?.[2]).toBe('白沙县');
    const text = toCsvText(PANEL_COLUMNS, [['a,b', 1]]);
    expect(text).toBe('\uFEFFpractice,region_code,region_name,level,province_code,city_code,year,adopted,first_year,reports\r\n"a,b",1\r\n');
    expect(EVENT_COLUMNS).toHaveLength(rows[0]!.length);
  });
});
