/**
 * Contract, read through the services: a practice's diffusion over a store matches the answer
 * computed by hand (the same corpus as tests/unit/api/services/diffusion.test.ts, without its
 * reprint): places rolled up by the stored region paths, year-only items dated by their own year,
 * undated, unplaced and city-level reports counted, another practice's items left out.
 */
import { describe, expect, it } from 'vitest';
import { createAtlasServices } from '../../api/services/index.ts';
import type { AtlasServices } from '../../api/services/types.ts';
import type { DocumentRecord, ItemRecord, RegionRef } from '../../graph/model.ts';
import type { GraphStore } from '../../graph/store.ts';
import { createHashingEmbedder } from '../../language/embed/index.ts';
import { createSegmenter, domainWords } from '../../language/segment/index.ts';
import { gazetteer, places } from '../unit/api/services/diffusion-fixture.ts';
import { buildDocument, buildItem, buildPassage, taxonomy } from './builders.ts';
import type { StoreHarness } from './harness.ts';

const 单元长制 = [{ name: '单元长制', category: '基层治理', matched: '单元长' }];

function report(documentId: string, ordinal: number, region: RegionRef | null, date: string | null, year: number | null, practices = 单元长制): ItemRecord {
  const text = `${region?.name ?? '某地'}推行楼栋单元长，第${ordinal}条。`;
  return buildItem({
    id: `${documentId}:${ordinal}`, ordinal, date, year, region, regionMention: region?.name ?? null, regionEvidence: region === null ? null : 'headline',
    subRegion: null, title: text, text, office: null, practices, candidatePractices: [], outcomes: [], policies: [],
    passages: [buildPassage({ text, tokens: ['单元长'] })],
  });
}

function bulletin(id: string, date: string | null, items: ItemRecord[]): DocumentRecord {
  return buildDocument({ id, source: `bulletins/${id}.txt`, title: '云岭组工', issue: null, date, hash: `sha256-${id}`, items });
}

const corpus: DocumentRecord[] = [
  bulletin('yl-2018', '2018-11-11', [report('yl-2018', 1, places.云岭市, '2018-11-11', 2018)]),
  bulletin('yl-2019', '2019-03-10', [report('yl-2019', 1, places.青禾县, '2019-03-10', 2019)]),
  bulletin('wang-2020', '2020-02-02', [report('wang-2020', 1, null, '2020-02-02', 2020)]),
  bulletin('jing-2020', '2020-06-01', [report('jing-2020', 1, places.东城区, '2020-06-01', 2020)]),
  bulletin('yl-2020', '2020-06-15', [
    report('yl-2020', 1, places.华石镇, '2020-06-15', 2020),
    // Another practice in a place that never reports this one.
    report('yl-2020', 2, places.桃源县, '2020-06-15', 2020, [{ name: '社区大党委', category: '基层党建', matched: '大党委' }]),
  ]),
  bulletin('jk-2020', null, [report('jk-2020', 1, places.柳岸县, null, 2020)]),
  bulletin('yl-2021', '2021-01-05', [report('yl-2021', 1, places.石溪县, '2021-01-05', 2021)]),
  bulletin('dh-2021', '2021-09-30', [report('dh-2021', 1, places.南屏县, '2021-09-30', 2021)]),
  bulletin('yl-x', null, [report('yl-x', 1, places.白沙县, null, null)]),
];

/** A county's long report of 单元长制, carried again later by a provincial bulletin: one report. */
const longReport =
  '近年来，青禾县把楼栋单元作为城市基层治理的最小单元，在城区28个小区全面推行单元长制，' +
  '从退休党员、楼栋骨干中选聘单元长612名，承担政策宣传、矛盾调解、信息收集和邻里互助四项职责。' +
  '县里建立“单元长周走访、社区月例会、街道季评议”工作机制，累计收集居民诉求2300余条，办结率达96%。' +
  '下一步，该县将把单元长履职情况纳入社区党组织书记述职评议内容，推动治理触角延伸到每个楼道。';

function copyOf(id: string, date: string, region: RegionRef, text: string, title: string): DocumentRecord {
  return bulletin(id, date, [{
    ...report(id, 1, region, date, Number(date.slice(0, 4))),
    title, text, passages: [buildPassage({ text, tokens: ['单元长', '楼栋', '单元长制'] })],
  }]);
}

const reprints: DocumentRecord[] = [
  copyOf('sheng-2021-02', '2021-02-20', places.青禾县, `${longReport}（来源：青禾县委组织部）`, '青禾：单元长制打通治理最后一米'),
  copyOf('qh-2021-01', '2021-01-08', places.青禾县, longReport, '青禾县推行单元长制'),
  // The same words under another county's name: another county's report.
  copyOf('sx-2021-03', '2021-03-03', places.石溪县, longReport.replaceAll('青禾县', '石溪县'), '石溪县推行单元长制'),
];

function servicesOver(store: GraphStore): AtlasServices {
  return createAtlasServices({
    store, taxonomy, embedder: createHashingEmbedder(), segmenter: createSegmenter({ words: domainWords(taxonomy) }),
    regions: { lookup: () => [] }, places: () => gazetteer,
  });
}

async function load(store: GraphStore): Promise<AtlasServices> {
  await store.upsertTaxonomy(taxonomy);
  for (const doc of corpus) await store.writeDocument(doc);
  return servicesOver(store);
}

export function describeDiffusion(harness: StoreHarness): void {
  describe('diffusion read through the services', () => {
    it('lists each county by first report, with the curve, provinces and neighbour shares computed by hand', async () => {
      const result = await (await load(harness.store)).diffusion('单元长制', 'county');
      expect(result.practices).toEqual(['单元长制']);
      expect(result.events.map((event) => [event.region.code, event.region.name, event.firstDate, event.firstYear, event.reports, event.firstItemId, event.neighbours?.share ?? null]))
        .toEqual([
          ['341101', '青禾县', '2019-03-10', 2019, 1, 'yl-2019:1', 0],
          ['110101', '东城区', '2020-06-01', 2020, 1, 'jing-2020:1', null],
          ['341102', '石溪县', '2020-06-15', 2020, 2, 'yl-2020:1', 0.5],
          ['341201', '柳岸县', null, 2020, 1, 'jk-2020:1', 0],
          ['330101', '南屏县', '2021-09-30', 2021, 1, 'dh-2021:1', 0],
        ]);
      expect(result.undatedEvents.map((event) => [event.region.name, event.reports, event.undatedReports])).toEqual([['白沙县', 1, 1]]);
      // The first report's headline and bulletin come along, read lean in one call.
      expect(result.events[0]!.firstReportSummary).toEqual({ title: '青禾县推行楼栋单元长，第1条。', documentId: 'yl-2019' });
      expect(result.byYear.map((step) => [step.period, step.newAdopters, step.cumulative])).toEqual([['2019', 1, 1], ['2020', 3, 4], ['2021', 1, 5]]);
      expect(result.firstAdopters.map((event) => event.region.name)).toEqual(['青禾县']);
      expect(result.byProvince.map((entry) => [entry.province.name, entry.adopters, entry.reports, entry.firstYear])).toEqual([['安徽省', 4, 5, 2019], ['北京市', 1, 1, 2020], ['浙江省', 1, 1, 2021]]);
      expect([result.reports, result.undatedReports, result.unplacedReports, result.coarserReports]).toEqual([9, 1, 1, 1]);
    });

    it('counts the city\'s own report at city level and keeps a filter', async () => {
      const services = await load(harness.store);
      const cities = await services.diffusion('单元长制', 'city');
      expect(cities.events.map((event) => [event.region.name, event.firstYear, event.reports])).toEqual([['云岭市', 2018, 5], ['北京市', 2020, 1], ['江口市', 2020, 1], ['东湖市', 2021, 1]]);
      const later = await services.diffusion('单元长制', 'county', { yearFrom: 2021 });
      expect(later.events.map((event) => event.region.name)).toEqual(['石溪县', '南屏县']);
    });

    it('exports the region × year panel with its documented columns, never-reporting counties included', async () => {
      const table = await (await load(harness.store)).diffusionTable({ practice: '单元长制', level: 'county', table: 'panel' });
      const lines = table.csv.replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(lines[0]).toBe('practice,region_code,region_name,level,province_code,city_code,year,adopted,first_year,reports');
      expect(table.rows).toBe(8 * 4);
      expect(lines.filter((line) => line.includes(',石溪县,'))).toEqual([
        '单元长制,341102,石溪县,county,34,3411,2018,0,2020,0',
        '单元长制,341102,石溪县,county,34,3411,2019,0,2020,0',
        '单元长制,341102,石溪县,county,34,3411,2020,1,2020,1',
        '单元长制,341102,石溪县,county,34,3411,2021,1,2020,1',
      ]);
      const events = await servicesOver(harness.store).diffusionTable({ practice: '单元长制', level: 'county', table: 'events' });
      expect(events.csv).toContain('341101,青禾县,county,34,安徽省,3411,云岭市,2019-03-10,2019,1,0,city,0,2,0,yl-2019:1');
      expect(events.rows).toBe(6);
    });

    it('counts a reprinted report once, dated and sourced by its first copy, whatever order the copies were stored in', async () => {
      await harness.store.upsertTaxonomy(taxonomy);
      for (const doc of reprints) await harness.store.writeDocument(doc);
      const result = await servicesOver(harness.store).diffusion('单元长制', 'county');
      expect(result.events.map((event) => [event.region.name, event.firstDate, event.reports, event.firstItemId])).toEqual([
        ['青禾县', '2021-01-08', 1, 'qh-2021-01:1'],
        ['石溪县', '2021-03-03', 1, 'sx-2021-03:1'],
      ]);
      expect(result.reports).toBe(2);
    });

    it('exports a category: each of its practices with items, by name; one of practice or category is asked', async () => {
      const services = await load(harness.store);
      const table = await services.diffusionTable({ category: '基层治理', level: 'city', table: 'events' });
      const lines = table.csv.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1);
      expect(lines.map((line) => line.split(',').slice(0, 3).join(','))).toEqual(['单元长制,3411,云岭市', '单元长制,11,北京市', '单元长制,3412,江口市', '单元长制,3301,东湖市']);
      await expect(services.diffusionTable({ level: 'county', table: 'panel' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      await expect(services.diffusionTable({ practice: '单元长制', category: '基层治理', level: 'county', table: 'panel' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    });
  });
}
