/**
 * Contract: reprints are copies of one report. A county's report carried again by a provincial
 * site (later, under its own headline, with a source line) and by a newspaper (abridged) is one
 * report led by its earliest copy; counted once by adoptions and facets; deleting the first copy
 * promotes the next; the same text from another county, or about another practice, is another report.
 */
import { describe, expect, it } from 'vitest';
import { computeFacets } from '../../api/services/facets.ts';
import { createAtlasServices } from '../../api/services/index.ts';
import type { DocumentRecord, RegionRef } from '../../graph/model.ts';
import type { GraphStore } from '../../graph/store.ts';
import { createHashingEmbedder } from '../../language/embed/index.ts';
import { createSegmenter, domainWords } from '../../language/segment/index.ts';
import { buildDocument, buildItem, regions, taxonomy } from './builders.ts';
import type { StoreHarness } from './harness.ts';

const report =
  '今年以来，望江县坚持把党建引领作为破解城市基层治理难题的关键，在城区12个社区全面推行社区“大党委”制，' +
  '吸纳驻区机关、学校、医院、非公企业党组织46个担任兼职委员单位，推动组织共建、资源共享、难题共解。' +
  '建立“月议事、季评议、年述职”工作机制，每月召开一次联席会议，梳理居民需求清单、单位资源清单和共建项目清单，' +
  '目前已认领民生项目138个，解决群众急难愁盼问题1.4万余件。下一步，该县将把共建成效纳入驻区单位党建述职评议内容。';

function bulletin(id: string, date: string | null, text: string, region: RegionRef = regions.wangjiang, title = '望江县推行社区“大党委”制'): DocumentRecord {
  return buildDocument({
    id,
    source: `bulletins/${id}.txt`,
    hash: `sha256-${id}-v1`,
    date,
    items: [buildItem({ id: `${id}:1`, date, year: date === null ? null : Number(date.slice(0, 4)), text, title, region, regionMention: region.name })],
  });
}

/** The county's own bulletin, a newspaper's abridged copy a week later, the provincial site's a fortnight later. */
const county = bulletin('county-2020-06', '2020-06-28', report);
const newspaper = bulletin('paper-2020-07-05', '2020-07-05', report.split('。').filter((_, index) => index !== 1).join('。'), regions.wangjiang, '“大党委”激活一池春水');
const province = bulletin('province-2020-07-12', '2020-07-12', `${report}（来源：望江县委组织部）`, regions.wangjiang, '望江：社区大党委聚合力');
/** The same text under another county's name and place: another report. */
const otherCounty = bulletin('taihu-2020-08', '2020-08-01', report.replaceAll('望江县', '太湖县'), regions.taihu);

/** For adapter tests (a store written before reprints were kept): a report and its two copies. */
export const reprintedReport = { county, newspaper, province };

async function reportIdsOf(store: GraphStore, ids: string[]): Promise<Record<string, string>> {
  return Object.fromEntries((await store.getItems(ids)).map((item) => [item.id, item.reportId]));
}

function servicesOver(store: GraphStore) {
  return createAtlasServices({
    store, taxonomy, embedder: createHashingEmbedder(), segmenter: createSegmenter({ words: domainWords(taxonomy) }),
    regions: { lookup: () => [] }, places: () => [],
  });
}

export function describeReprints(harness: StoreHarness): void {
  describe('reprints', () => {
    it('makes the earliest copy the report of every copy, whatever order they are written in', async () => {
      await harness.store.writeDocuments([province, otherCounty]);
      await harness.store.writeDocument(county);
      await harness.store.writeDocument(newspaper);
      expect(await reportIdsOf(harness.store, ['county-2020-06:1', 'paper-2020-07-05:1', 'province-2020-07-12:1', 'taihu-2020-08:1'])).toEqual({
        'county-2020-06:1': 'county-2020-06:1',
        'paper-2020-07-05:1': 'county-2020-06:1',
        'province-2020-07-12:1': 'county-2020-06:1',
        'taihu-2020-08:1': 'taihu-2020-08:1',
      });
      expect(await harness.store.reportCopies(['county-2020-06:1'])).toEqual([
        { itemId: 'county-2020-06:1', reportId: 'county-2020-06:1', documentId: 'county-2020-06', date: '2020-06-28' },
        { itemId: 'paper-2020-07-05:1', reportId: 'county-2020-06:1', documentId: 'paper-2020-07-05', date: '2020-07-05' },
        { itemId: 'province-2020-07-12:1', reportId: 'county-2020-06:1', documentId: 'province-2020-07-12', date: '2020-07-12' },
      ]);
    });

    it('counts each report once in adoptions, facets and the region page', async () => {
      await harness.store.upsertTaxonomy(taxonomy);
      await harness.store.writeDocuments([county, newspaper, province, otherCounty]);
      const rows = await harness.store.adoptions(['社区大党委'], {});
      expect(rows.map((row) => [row.itemId, row.reportId])).toEqual([
        ['county-2020-06:1', 'county-2020-06:1'],
        ['paper-2020-07-05:1', 'county-2020-06:1'],
        ['province-2020-07-12:1', 'county-2020-06:1'],
        ['taihu-2020-08:1', 'taihu-2020-08:1'],
      ]);
      const result = await servicesOver(harness.store).adoptions('社区大党委');
      expect(result.totalItems).toBe(2);
      expect(result.byYear).toEqual([{ value: '2020', count: 2 }]);
      expect(result.adoptions.map((adoption) => [adoption.region?.name, adoption.items.map((item) => item.id)])).toEqual([
        ['望江县', ['county-2020-06:1']],
        ['太湖县', ['taihu-2020-08:1']],
      ]);
      const facets = computeFacets(await harness.store.getItems(['province-2020-07-12:1', 'county-2020-06:1', 'paper-2020-07-05:1', 'taihu-2020-08:1'], { lean: true }));
      expect(facets.practice).toEqual([{ value: '社区大党委', count: 2 }]);
      expect(facets.city).toEqual([{ value: '安庆市', count: 2 }]);
      // The region page lists the report once, by its first copy.
      const profile = await servicesOver(harness.store).region(regions.wangjiang.code);
      expect(profile?.items.map((item) => item.id)).toEqual(['county-2020-06:1']);
      expect(profile?.practices).toEqual([{ practice: '社区大党委', count: 1 }]);
      // The home page's counts: four items, two reports.
      expect((await harness.store.practices({})).find((practice) => practice.name === '社区大党委')?.itemCount).toBe(4);
      expect((await harness.store.practiceReportCounts()).get('社区大党委')).toBe(2);
      // This store's write drops the kept counts: the next read counts the new county's report too.
      await harness.store.writeDocument(bulletin('jiayin-2020-09', '2020-09-01', report.replaceAll('望江县', '嘉荫县'), regions.jiayin));
      expect((await harness.store.practiceReportCounts()).get('社区大党委')).toBe(3);
    });

    it('promotes the next copy when the first is deleted, and keeps the others apart when it is replaced', async () => {
      await harness.store.writeDocuments([county, newspaper, province]);
      expect(await harness.store.deleteDocument('county-2020-06')).toBe(true);
      expect(await reportIdsOf(harness.store, ['paper-2020-07-05:1', 'province-2020-07-12:1'])).toEqual({
        'paper-2020-07-05:1': 'paper-2020-07-05:1',
        'province-2020-07-12:1': 'paper-2020-07-05:1',
      });
      // The county's bulletin back again: it leads once more.
      await harness.store.writeDocument(county);
      expect(await reportIdsOf(harness.store, ['county-2020-06:1', 'paper-2020-07-05:1', 'province-2020-07-12:1'])).toEqual({
        'county-2020-06:1': 'county-2020-06:1',
        'paper-2020-07-05:1': 'county-2020-06:1',
        'province-2020-07-12:1': 'county-2020-06:1',
      });
      // Replaced by a version about something else: the copies left form their own report.
      const rewritten = bulletin('county-2020-06', '2020-06-28', '望江县开展年轻干部“墩苗计划”，选派45名年轻干部到信访、征迁一线墩苗历练，每人明确1名导师、1项攻坚任务，两年来已有12名表现突出的年轻干部得到提拔重用。');
      await harness.store.writeDocument({ ...rewritten, hash: 'sha256-county-2020-06-v2' });
      expect(await reportIdsOf(harness.store, ['county-2020-06:1', 'paper-2020-07-05:1', 'province-2020-07-12:1'])).toEqual({
        'county-2020-06:1': 'county-2020-06:1',
        'paper-2020-07-05:1': 'paper-2020-07-05:1',
        'province-2020-07-12:1': 'paper-2020-07-05:1',
      });
      await expect(harness.store.check()).resolves.toEqual({ ok: true, problems: [] });
    });

    it('moves every copy of a report a new copy joins, also those naming none of its practices', async () => {
      // The site's copy names 双报到 too and links the newspaper's, which names only that; the county's names only 大党委.
      const dual = [{ name: '社区大党委', category: '基层党建', matched: '社区“大党委”' }, { name: '双报到', category: '基层党建', matched: '双报到' }];
      province.items[0]!.practices = dual;
      const paper = bulletin('paper-2020-07-05', '2020-07-05', report);
      paper.items[0]!.practices = [dual[1]!];
      try {
        await harness.store.writeDocuments([province, paper]);
        await harness.store.writeDocument(county);
      } finally {
        province.items[0]!.practices = [dual[0]!];
      }
      expect(await reportIdsOf(harness.store, ['county-2020-06:1', 'paper-2020-07-05:1', 'province-2020-07-12:1'])).toEqual({
        'county-2020-06:1': 'county-2020-06:1',
        'paper-2020-07-05:1': 'county-2020-06:1',
        'province-2020-07-12:1': 'county-2020-06:1',
      });
    });

    it('finds a stored copy by the practice its candidate was merged into', async () => {
      await harness.store.upsertTaxonomy(taxonomy);
      const paper = bulletin('paper-2020-07-05', '2020-07-05', report);
      paper.items[0]!.practices = [];
      paper.items[0]!.candidatePractices = [{ name: '大党委联席会', matched: '“大党委”联席会' }];
      await harness.store.writeDocument(paper);
      await harness.store.curateCandidate({ candidate: '大党委联席会', action: 'MERGE', into: '社区大党委' });
      await harness.store.writeDocument(county);
      expect(await reportIdsOf(harness.store, ['county-2020-06:1', 'paper-2020-07-05:1'])).toEqual({
        'county-2020-06:1': 'county-2020-06:1',
        'paper-2020-07-05:1': 'county-2020-06:1',
      });
    });

    it('keeps the same text from another county, an unplaced copy and the same template on another practice as reports of their own', async () => {
      const unplaced = buildDocument({
        id: 'unplaced-2020-09', source: 'bulletins/unplaced.txt', hash: 'sha256-unplaced-v1', date: '2020-09-01',
        items: [buildItem({ id: 'unplaced-2020-09:1', date: '2020-09-01', text: report, region: null, regionMention: null, regionEvidence: null })],
      });
      // One template written up for another practice of the same county: another report too.
      const template = bulletin('county-2020-10', '2020-10-09', report.replaceAll('社区“大党委”制', '“单元长”制'));
      template.items[0]!.practices = [{ name: '单元长制', category: '基层治理', matched: '单元长' }];
      await harness.store.writeDocuments([county, otherCounty, unplaced, template]);
      expect(await reportIdsOf(harness.store, ['county-2020-06:1', 'taihu-2020-08:1', 'unplaced-2020-09:1', 'county-2020-10:1'])).toEqual({
        'county-2020-06:1': 'county-2020-06:1',
        'taihu-2020-08:1': 'taihu-2020-08:1',
        'unplaced-2020-09:1': 'unplaced-2020-09:1',
        'county-2020-10:1': 'county-2020-10:1',
      });
      expect(await harness.store.reportCopies(['county-2020-06:1', 'nobody:1'])).toHaveLength(1);
    });
  });
}
