/**
 * Contract: the graph questions — adoptions, practices, candidates, regions — and the counts and
 * integrity check over the whole store.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument, buildItem, regions, taxonomy } from './builders.ts';
import { ids, loadCorpus } from './corpus.ts';
import type { StoreHarness } from './harness.ts';

const corpusStats = { documents: 2, items: 5, regions: 5, practices: 3, candidatePractices: 2, outcomes: 4, passages: 6 };

export function describeGraphQueries(harness: StoreHarness): void {
  describe('adoptions', () => {
    it('lists every item describing the practices with its region, by practice asked then date', async () => {
      await loadCorpus(harness.store);
      await expect(harness.store.adoptions(['单元长制', '社区大党委'], {})).resolves.toEqual([
        { practice: '单元长制', itemId: ids.taihu, reportId: ids.taihu, region: regions.taihu, date: '2020-06-28' },
        { practice: '单元长制', itemId: ids.yichun, reportId: ids.yichun, region: regions.yichunDistrict, date: '2021-03-15' },
        { practice: '社区大党委', itemId: ids.wangjiang, reportId: ids.wangjiang, region: regions.wangjiang, date: '2020-06-28' },
        { practice: '社区大党委', itemId: ids.jiayin, reportId: ids.jiayin, region: regions.jiayin, date: '2020-06-28' },
      ]);
    });

    it('applies the item filter and answers nothing for no practices', async () => {
      await loadCorpus(harness.store);
      const rows = await harness.store.adoptions(['单元长制', '社区大党委'], { regionCodes: ['23'] });
      expect(rows.map((row) => [row.practice, row.itemId])).toEqual([
        ['单元长制', ids.yichun],
        ['社区大党委', ids.jiayin],
      ]);
      await expect(harness.store.adoptions([], {})).resolves.toEqual([]);
      await expect(harness.store.adoptions(['党员积分管理'], {})).resolves.toEqual([]);
    });
  });

  describe('practices and candidates', () => {
    it('lists curated practices by item count then name, followed by candidates', async () => {
      await loadCorpus(harness.store);
      const practices = await harness.store.practices({});
      expect(practices.map((practice) => [practice.name, practice.status, practice.itemCount])).toEqual([
        ['单元长制', 'curated', 2],
        ['社区大党委', 'curated', 2],
        ['党员积分管理', 'curated', 0],
        ['红领工作站', 'candidate', 2],
        ['54321帮扶机制', 'candidate', 1],
      ]);
      expect(practices[0]).toEqual({
        name: '单元长制',
        category: '基层治理',
        status: 'curated',
        aliases: ['单元长', '楼栋单元长'],
        description: taxonomy[1]?.description,
        itemCount: 2,
      });
    });

    it('filters practices by category and by status', async () => {
      await loadCorpus(harness.store);
      const partyBuilding = await harness.store.practices({ category: '基层党建' });
      expect(partyBuilding.map((practice) => practice.name)).toEqual(['社区大党委']);
      const candidates = await harness.store.practices({ status: 'candidate' });
      expect(candidates).toEqual([
        { name: '红领工作站', category: '', status: 'candidate', aliases: [], description: '', itemCount: 2 },
        { name: '54321帮扶机制', category: '', status: 'candidate', aliases: [], description: '', itemCount: 1 },
      ]);
      await expect(harness.store.practices({ category: '不存在的类别' })).resolves.toEqual([]);
    });

    it('counts the other practices described by the items of a practice', async () => {
      await loadCorpus(harness.store);
      await expect(harness.store.relatedPractices('单元长制')).resolves.toEqual([]);
      const both = [
        { name: '单元长制', category: '基层治理', matched: '单元长' },
        { name: '社区大党委', category: '基层党建', matched: '大党委' },
      ];
      const scores = [
        { name: '党员积分管理', category: '基层党建', matched: '积分制管理' },
        { name: '单元长制', category: '基层治理', matched: '单元长' },
      ];
      await harness.store.writeDocument(buildDocument({
        id: 'anqing-2021-05', hash: 'sha256-anqing-2021-05', date: '2021-05-10',
        items: [1, 2, 3].map((ordinal) => buildItem({ id: `anqing-2021-05:${ordinal}`, ordinal, practices: ordinal === 3 ? scores : both })),
      }));
      await expect(harness.store.relatedPractices('单元长制')).resolves.toEqual([
        { name: '社区大党委', count: 2 },
        { name: '党员积分管理', count: 1 },
      ]);
      await expect(harness.store.relatedPractices('党员积分管理')).resolves.toEqual([{ name: '单元长制', count: 1 }]);
      await expect(harness.store.relatedPractices('不存在的做法')).resolves.toEqual([]);
    });

    it('counts the reports of practices and candidates, none for a name nothing describes', async () => {
      await loadCorpus(harness.store);
      const counts = await harness.store.practiceReportCounts();
      expect(counts.get('单元长制')).toBe(2);
      expect(counts.get('红领工作站')).toBe(2);
      expect(counts.get('54321帮扶机制')).toBe(1);
      expect(counts.has('不存在的做法')).toBe(false);
    });

    it('counts candidate practices by the items naming them, most frequent first', async () => {
      await loadCorpus(harness.store);
      await expect(harness.store.candidatePractices()).resolves.toEqual([
        { name: '红领工作站', count: 2, itemIds: [ids.wangjiang, ids.jiayin] },
        { name: '54321帮扶机制', count: 1, itemIds: [ids.jiayin] },
      ]);
    });

    it('stops listing a candidate once the taxonomy adopts it', async () => {
      await loadCorpus(harness.store);
      await harness.store.upsertTaxonomy([{ name: '红领工作站', category: '基层党建', aliases: [], patterns: [], description: '' }]);
      const candidates = await harness.store.candidatePractices();
      expect(candidates.map((candidate) => candidate.name)).toEqual(['54321帮扶机制']);
      expect((await harness.store.stats()).candidatePractices).toBe(1);
    });
  });

  describe('regions', () => {
    it('gives back regions by code with their paths, in the order asked', async () => {
      await loadCorpus(harness.store);
      await expect(harness.store.getRegions(['340827100', '2307', '230702', '999999', '540102'])).resolves.toEqual([
        regions.huayang,
        { code: '2307', name: '伊春市', level: 'city', path: ['黑龙江省', '伊春市'], pathCodes: ['23', '2307'] },
        regions.yichunDistrict,
        regions.chengguanLhasa,
      ]);
      await expect(harness.store.getRegions([])).resolves.toEqual([]);
    });
  });

  describe('stats and integrity', () => {
    it('counts documents, items, placed regions, curated practices, candidates, outcomes and passages', async () => {
      await loadCorpus(harness.store);
      await expect(harness.store.stats()).resolves.toEqual(corpusStats);
    });

    it('counts nothing in an empty store', async () => {
      await expect(harness.store.stats()).resolves.toEqual({
        documents: 0, items: 0, regions: 0, practices: 0, candidatePractices: 0, outcomes: 0, passages: 0,
      });
    });

    it('finds no integrity problem in a store written through the port', async () => {
      await expect(harness.store.check()).resolves.toEqual({ ok: true, problems: [] });
      await loadCorpus(harness.store);
      await expect(harness.store.check()).resolves.toEqual({ ok: true, problems: [] });
    });

    it('keeps init safe to call again on a store holding data', async () => {
      await loadCorpus(harness.store);
      await harness.store.init();
      await expect(harness.store.stats()).resolves.toEqual(corpusStats);
    });
  });
}
