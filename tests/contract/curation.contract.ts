/**
 * Contract: curation by people — promoting, merging and rejecting candidate practices, adding
 * aliases — and that it survives re-loading the taxonomy and re-ingesting documents.
 */
import { describe, expect, it } from 'vitest';
import type { GraphStore } from '../../graph/store.ts';
import { buildDocument, buildItem, taxonomy } from './builders.ts';
import { anqing, ids, loadCorpus } from './corpus.ts';
import type { StoreHarness } from './harness.ts';

const 红领 = { name: '红领工作站', matched: '“红领工作站”' };

async function candidateNames(store: GraphStore): Promise<string[]> {
  return (await store.candidatePractices()).map((candidate) => candidate.name);
}

async function practicesOf(store: GraphStore, itemId: string): Promise<{ name: string; category: string; matched: string }[]> {
  const [item] = await store.getItems([itemId]);
  return item?.practices ?? [];
}

/** A later document of another issue whose one item names the given candidate. */
function laterDocument(candidate: { name: string; matched: string }) {
  return buildDocument({
    id: 'anqing-2021-02',
    hash: 'sha256-anqing-2021-02-v1',
    date: '2021-02-10',
    items: [buildItem({ id: 'anqing-2021-02:1', date: '2021-02-10', year: 2021, candidatePractices: [candidate] })],
  });
}

export function describeCuration(harness: StoreHarness): void {
  describe('curating candidate practices', () => {
    it('promotes a candidate into a curated practice and links its items with the text they matched', async () => {
      await loadCorpus(harness.store);
      await expect(harness.store.curateCandidate({ candidate: '红领工作站', action: 'PROMOTE', category: '基层党建' })).resolves.toEqual({
        candidate: '红领工作站', action: 'PROMOTE', practice: '红领工作站', itemsLinked: 2,
      });
      expect(await candidateNames(harness.store)).toEqual(['54321帮扶机制']);
      const partyBuilding = await harness.store.practices({ category: '基层党建' });
      expect(partyBuilding.find((practice) => practice.name === '红领工作站')).toEqual({
        name: '红领工作站', category: '基层党建', status: 'curated', aliases: [], description: '', itemCount: 2,
      });
      expect(await practicesOf(harness.store, ids.jiayin)).toEqual([
        { name: '社区大党委', category: '基层党建', matched: '大党委' },
        { name: '红领工作站', category: '基层党建', matched: '“红领工作站”' },
      ]);
      const adopted = await harness.store.adoptions(['红领工作站'], {});
      expect(adopted.map((row) => row.itemId)).toEqual([ids.wangjiang, ids.jiayin]);
      expect(await harness.store.stats()).toMatchObject({ practices: 4, candidatePractices: 1 });
      await expect(harness.store.check()).resolves.toEqual({ ok: true, problems: [] });
    });

    it('refuses to promote without a category, changing nothing', async () => {
      await loadCorpus(harness.store);
      await expect(harness.store.curateCandidate({ candidate: '红领工作站', action: 'PROMOTE' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      await expect(harness.store.curateCandidate({ candidate: '红领工作站', action: 'PROMOTE', category: '  ' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      expect(await candidateNames(harness.store)).toEqual(['红领工作站', '54321帮扶机制']);
      expect((await harness.store.stats()).practices).toBe(3);
    });

    it('merges a candidate into a curated practice as an alias and links its items to it', async () => {
      await loadCorpus(harness.store);
      await expect(harness.store.curateCandidate({ candidate: '红领工作站', action: 'MERGE', into: '单元长制' })).resolves.toEqual({
        candidate: '红领工作站', action: 'MERGE', practice: '单元长制', itemsLinked: 2,
      });
      const [merged] = await harness.store.practices({ category: '基层治理' });
      expect(merged).toMatchObject({ name: '单元长制', aliases: ['单元长', '楼栋单元长', '红领工作站'], itemCount: 4 });
      expect(await practicesOf(harness.store, ids.wangjiang)).toEqual([
        { name: '社区大党委', category: '基层党建', matched: '社区“大党委”' },
        { name: '单元长制', category: '基层治理', matched: '“红领工作站”' },
      ]);
      expect(await candidateNames(harness.store)).toEqual(['54321帮扶机制']);
      await expect(harness.store.check()).resolves.toEqual({ ok: true, problems: [] });
    });

    it('adds no second edge when a merged candidate\'s item already describes the practice', async () => {
      await loadCorpus(harness.store);
      await expect(harness.store.curateCandidate({ candidate: '54321帮扶机制', action: 'MERGE', into: '社区大党委' })).resolves.toMatchObject({ itemsLinked: 0 });
      expect(await practicesOf(harness.store, ids.jiayin)).toEqual([{ name: '社区大党委', category: '基层党建', matched: '大党委' }]);
      const [practice] = await harness.store.practices({ category: '基层党建' });
      expect(practice).toMatchObject({ aliases: ['大党委', '社区“大党委”', '54321帮扶机制'], itemCount: 2 });
    });

    it('refuses a merge into a missing practice (NOT_FOUND) or into none (BAD_REQUEST)', async () => {
      await loadCorpus(harness.store);
      await expect(harness.store.curateCandidate({ candidate: '红领工作站', action: 'MERGE', into: '不存在的做法' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(harness.store.curateCandidate({ candidate: '红领工作站', action: 'MERGE' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      expect(await candidateNames(harness.store)).toEqual(['红领工作站', '54321帮扶机制']);
    });

    it('refuses a merge whose name is already another practice\'s alias, changing nothing', async () => {
      await loadCorpus(harness.store);
      await harness.store.writeDocument(laterDocument({ name: '积分制管理', matched: '“积分制管理”' }));
      await expect(harness.store.curateCandidate({ candidate: '积分制管理', action: 'MERGE', into: '单元长制' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      const [practice] = await harness.store.practices({ category: '基层治理' });
      expect(practice?.aliases).toEqual(['单元长', '楼栋单元长']);
      expect(await candidateNames(harness.store)).toContain('积分制管理');
    });

    it('rejects a candidate for good: unchanged re-ingest, a replaced version and a new document keep it hidden', async () => {
      await loadCorpus(harness.store);
      await expect(harness.store.curateCandidate({ candidate: '红领工作站', action: 'REJECT' })).resolves.toEqual({
        candidate: '红领工作站', action: 'REJECT', practice: null, itemsLinked: 0,
      });
      expect(await candidateNames(harness.store)).toEqual(['54321帮扶机制']);
      expect((await harness.store.practices({ status: 'candidate' })).map((practice) => practice.name)).toEqual(['54321帮扶机制']);
      expect((await harness.store.stats()).candidatePractices).toBe(1);

      await expect(harness.store.writeDocument(anqing)).resolves.toMatchObject({ status: 'unchanged' });
      await expect(harness.store.writeDocument({ ...anqing, hash: 'sha256-anqing-2020-08-v2' })).resolves.toMatchObject({ status: 'replaced' });
      await harness.store.writeDocument(laterDocument(红领));
      expect(await candidateNames(harness.store)).toEqual(['54321帮扶机制']);
      await expect(harness.store.check()).resolves.toEqual({ ok: true, problems: [] });
    });

    it('keeps a rejection after every item naming the candidate is gone', async () => {
      await loadCorpus(harness.store);
      await harness.store.curateCandidate({ candidate: '红领工作站', action: 'REJECT' });
      await harness.store.deleteDocument(anqing.id);
      await harness.store.writeDocument(laterDocument(红领));
      expect(await candidateNames(harness.store)).toEqual([]);
    });

    it('lets a rejected candidate be promoted after all', async () => {
      await loadCorpus(harness.store);
      await harness.store.curateCandidate({ candidate: '红领工作站', action: 'REJECT' });
      await expect(harness.store.curateCandidate({ candidate: '红领工作站', action: 'PROMOTE', category: '基层党建' })).resolves.toMatchObject({ itemsLinked: 2 });
      expect((await harness.store.practices({ category: '基层党建' })).map((practice) => practice.name)).toContain('红领工作站');
    });

    it('answers NOT_FOUND for an unknown candidate, a curated practice and a candidate already promoted', async () => {
      await loadCorpus(harness.store);
      for (const action of ['PROMOTE', 'MERGE', 'REJECT'] as const) {
        await expect(harness.store.curateCandidate({ candidate: '不存在的机制', action, category: '基层党建', into: '单元长制' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      }
      await expect(harness.store.curateCandidate({ candidate: '单元长制', action: 'REJECT' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await harness.store.curateCandidate({ candidate: '红领工作站', action: 'PROMOTE', category: '基层党建' });
      await expect(harness.store.curateCandidate({ candidate: '红领工作站', action: 'REJECT' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('aliases', () => {
    it('adds an alias to a curated practice, once', async () => {
      await loadCorpus(harness.store);
      const expected = { name: '单元长制', category: '基层治理', status: 'curated', aliases: ['单元长', '楼栋单元长', '楼道长'], description: taxonomy[1]?.description, itemCount: 2 };
      await expect(harness.store.addAlias('单元长制', '楼道长')).resolves.toEqual(expected);
      await expect(harness.store.addAlias('单元长制', ' 楼道长 ')).resolves.toEqual(expected);
      await expect(harness.store.addAlias('单元长制', '单元长制')).resolves.toEqual(expected);
    });

    it('refuses a missing practice (NOT_FOUND), an empty alias and one another practice holds (BAD_REQUEST)', async () => {
      await loadCorpus(harness.store);
      await expect(harness.store.addAlias('不存在的做法', '楼道长')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(harness.store.addAlias('单元长制', '  ')).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      await expect(harness.store.addAlias('单元长制', '大党委')).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      await expect(harness.store.addAlias('单元长制', '社区大党委')).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      const [practice] = await harness.store.practices({ category: '基层治理' });
      expect(practice?.aliases).toEqual(['单元长', '楼栋单元长']);
    });

    it('shows practices as they are after each curation and write, though they were read before', async () => {
      await loadCorpus(harness.store);
      const countOf = async (name: string) => (await harness.store.practices({})).find((practice) => practice.name === name)?.itemCount;
      expect(await countOf('单元长制')).toBe(2);
      await harness.store.addAlias('单元长制', '红领工作站');
      expect(await countOf('单元长制')).toBe(4);
      expect((await harness.store.practices({ category: '基层治理' }))[0]?.aliases).toContain('红领工作站');
      await harness.store.deleteDocument(anqing.id);
      expect(await countOf('单元长制')).toBeLessThan(4);
    });

    it('merges a live candidate the alias names', async () => {
      await loadCorpus(harness.store);
      await expect(harness.store.addAlias('单元长制', '红领工作站')).resolves.toMatchObject({ itemCount: 4 });
      expect(await candidateNames(harness.store)).toEqual(['54321帮扶机制']);
    });
  });

  describe('curation and the taxonomy file', () => {
    it('keeps promoted practices and added aliases when the taxonomy is loaded again', async () => {
      await loadCorpus(harness.store);
      await harness.store.curateCandidate({ candidate: '红领工作站', action: 'PROMOTE', category: '基层党建', description: '党员带头的服务站点。' });
      await harness.store.curateCandidate({ candidate: '54321帮扶机制', action: 'MERGE', into: '社区大党委' });
      await harness.store.addAlias('单元长制', '楼道长');
      await harness.store.upsertTaxonomy(taxonomy);
      const practices = await harness.store.practices({});
      expect(practices.map((practice) => [practice.name, practice.aliases, practice.itemCount])).toEqual([
        ['单元长制', ['单元长', '楼栋单元长', '楼道长'], 2],
        ['社区大党委', ['大党委', '社区“大党委”', '54321帮扶机制'], 2],
        ['红领工作站', [], 2],
        ['党员积分管理', ['积分制管理'], 0],
      ]);
      expect(practices.find((practice) => practice.name === '红领工作站')?.description).toBe('党员带头的服务站点。');
      await expect(harness.store.candidatePractices()).resolves.toEqual([]);
      await expect(harness.store.check()).resolves.toEqual({ ok: true, problems: [] });
    });
  });
}
