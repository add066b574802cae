/**
 * Contract: writing, replacing, rolling back and deleting documents; the taxonomy.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../graph/model.ts';
import { buildDocument, buildItem, buildPassage, regions, taxonomy, toItemView, vectorOf } from './builders.ts';
import { anqing, ids, loadCorpus, yichun } from './corpus.ts';
import type { StoreHarness } from './harness.ts';

const emptyStats = { documents: 0, items: 0, regions: 0, practices: 0, candidatePractices: 0, outcomes: 0, passages: 0 };

/** Two items under one id: every adapter must refuse it, after having started writing. */
function withDuplicateItem(doc: DocumentRecord): DocumentRecord {
  const first = buildItem({ id: `${doc.id}:1`, title: '新版本条目', passages: [buildPassage({ tokens: ['新版本'] })] });
  return { ...doc, hash: `${doc.hash}-broken`, items: [first, { ...first, ordinal: 2, title: '重复编号的条目' }] };
}

export function describeWriting(harness: StoreHarness): void {
  describe('writing documents', () => {
    it('writes a new document and reports it created', async () => {
      const doc = buildDocument();
      await expect(harness.store.writeDocument(doc)).resolves.toEqual({ documentId: doc.id, status: 'created' });
      await expect(harness.store.getDocument(doc.id)).resolves.toEqual({
        id: doc.id,
        source: doc.source,
        title: '安庆组工信息',
        issue: '第8期',
        date: '2020-06-28',
        publisher: '中共安庆市委组织部研究室',
        hash: doc.hash,
        itemCount: 1,
      });
    });

    it('reports a document with the same id and hash unchanged and touches nothing', async () => {
      const doc = buildDocument();
      await harness.store.writeDocument(doc);
      const sameHashOtherContent = { ...doc, items: [buildItem({ title: '不应写入的标题' })] };
      await expect(harness.store.writeDocument(sameHashOtherContent)).resolves.toEqual({ documentId: doc.id, status: 'unchanged' });
      const [item] = await harness.store.getItems([`${doc.id}:1`]);
      expect(item?.title).toBe(doc.items[0]?.title);
    });

    it('replaces a document whose hash changed, dropping items the new version lacks', async () => {
      const v1 = buildDocument({
        items: [buildItem({ id: 'anqing-2020-08:1' }), buildItem({ id: 'anqing-2020-08:2', ordinal: 2, policies: ['旧版独有的文件'] })],
      });
      await harness.store.writeDocument(v1);
      const newItem = buildItem({
        id: 'anqing-2020-08:1',
        title: '望江县修订社区“大党委”议事规则',
        passages: [buildPassage({ text: '望江县修订议事规则。', tokens: ['望江县', '修订', '议事', '规则'] })],
      });
      const v2 = buildDocument({ hash: 'sha256-anqing-2020-08-v2', items: [newItem] });
      await expect(harness.store.writeDocument(v2)).resolves.toEqual({ documentId: v2.id, status: 'replaced' });

      await expect(harness.store.getItems(['anqing-2020-08:1', 'anqing-2020-08:2'])).resolves.toEqual([toItemView(v2.id, newItem)]);
      await expect(harness.store.fullText(['大党委'], {}, 10)).resolves.toEqual([]);
      const hits = await harness.store.fullText(['修订'], {}, 10);
      expect(hits.map((hit) => hit.itemId)).toEqual(['anqing-2020-08:1']);
      expect((await harness.store.getDocument(v2.id))?.hash).toBe('sha256-anqing-2020-08-v2');
      expect(await harness.store.stats()).toMatchObject({ documents: 1, items: 1, outcomes: 1, passages: 1 });
      await expect(harness.store.check()).resolves.toEqual({ ok: true, problems: [] });
    });

    it('rolls back a failed replacement and keeps the previous version whole', async () => {
      await loadCorpus(harness.store);
      const before = await harness.store.stats();
      await harness.store.nearest(vectorOf({ 0: 1 }), {}, 1);

      await expect(harness.store.writeDocument(withDuplicateItem(anqing))).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED' });

      expect((await harness.store.getDocument(anqing.id))?.hash).toBe(anqing.hash);
      const expected = anqing.items.map((item) => toItemView(anqing.id, item));
      await expect(harness.store.getItems(anqing.items.map((item) => item.id))).resolves.toEqual(expected);
      await expect(harness.store.fullText(['新版本'], {}, 10)).resolves.toEqual([]);
      const [nearestHit] = await harness.store.nearest(vectorOf({ 0: 1 }), {}, 1);
      expect(nearestHit).toMatchObject({ itemId: ids.wangjiang, passageIndex: 0 });
      await expect(harness.store.stats()).resolves.toEqual(before);
      await expect(harness.store.check()).resolves.toEqual({ ok: true, problems: [] });
    });

    it('leaves nothing behind when the first write of a document fails', async () => {
      await expect(harness.store.writeDocument(withDuplicateItem(buildDocument()))).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED' });
      await expect(harness.store.getDocument('anqing-2020-08')).resolves.toBeNull();
      await expect(harness.store.stats()).resolves.toEqual(emptyStats);
      await expect(harness.store.check()).resolves.toEqual({ ok: true, problems: [] });
    });
  });

  describe('deleting documents', () => {
    it('removes the items, passages, outcomes and candidates only it held', async () => {
      await loadCorpus(harness.store);
      await harness.store.nearest(vectorOf({ 0: 1 }), {}, 3);

      await expect(harness.store.deleteDocument(anqing.id)).resolves.toBe(true);
      await expect(harness.store.deleteDocument(anqing.id)).resolves.toBe(false);

      await expect(harness.store.getDocument(anqing.id)).resolves.toBeNull();
      await expect(harness.store.getItems([ids.wangjiang, ids.taihu, ids.jiayin])).resolves.toEqual([]);
      await expect(harness.store.fullText(['社区', '红领'], {}, 10)).resolves.toEqual([]);
      const near = await harness.store.nearest(vectorOf({ 0: 1 }), {}, 10);
      expect(near.map((hit) => hit.itemId).sort()).toEqual([ids.yichun, ids.chengguan]);
      await expect(harness.store.candidatePractices()).resolves.toEqual([]);
      await expect(harness.store.stats()).resolves.toEqual({
        documents: 1,
        items: 2,
        regions: 1,
        practices: 3,
        candidatePractices: 0,
        outcomes: 1,
        passages: 2,
      });
      await expect(harness.store.check()).resolves.toEqual({ ok: true, problems: [] });
    });

    it('keeps regions and curated practices after their last item is gone', async () => {
      await loadCorpus(harness.store);
      await harness.store.deleteDocument(anqing.id);
      await harness.store.deleteDocument(yichun.id);
      await expect(harness.store.getRegions(['340827', '3408', '34'])).resolves.toHaveLength(3);
      const practices = await harness.store.practices({});
      expect(practices.map((practice) => [practice.name, practice.itemCount])).toEqual([
        ['党员积分管理', 0],
        ['单元长制', 0],
        ['社区大党委', 0],
      ]);
      await expect(harness.store.stats()).resolves.toEqual({ ...emptyStats, practices: 3 });
    });

    it('answers false for a document it never had', async () => {
      await expect(harness.store.deleteDocument('no-such-document')).resolves.toBe(false);
    });
  });

  describe('the taxonomy', () => {
    it('upserts curated practices idempotently and takes the latest description', async () => {
      await harness.store.upsertTaxonomy(taxonomy);
      await harness.store.upsertTaxonomy(taxonomy);
      const revised = taxonomy.map((practice) => (practice.name === '单元长制' ? { ...practice, description: '修订后的说明' } : practice));
      await harness.store.upsertTaxonomy(revised);
      const practices = await harness.store.practices({ status: 'curated' });
      expect(practices).toHaveLength(3);
      expect(practices.find((practice) => practice.name === '单元长制')).toEqual({
        name: '单元长制',
        category: '基层治理',
        status: 'curated',
        aliases: ['单元长', '楼栋单元长'],
        description: '修订后的说明',
        itemCount: 0,
      });
    });

    it('keeps a practice matched before the taxonomy was loaded as curated, and fills it in later', async () => {
      await harness.store.writeDocument(buildDocument());
      expect(await harness.store.practices({})).toEqual([
        { name: '社区大党委', category: '基层党建', status: 'curated', aliases: [], description: '', itemCount: 1 },
      ]);
      await harness.store.upsertTaxonomy(taxonomy);
      const [practice] = await harness.store.practices({ category: '基层党建' });
      expect(practice).toMatchObject({ name: '社区大党委', aliases: ['大党委', '社区“大党委”'], itemCount: 1 });
    });

    it('writes the whole PART_OF chain of a region and its successor', async () => {
      await harness.store.writeDocument(buildDocument({ items: [buildItem({ region: regions.yichunDistrict, subRegion: null })] }));
      await expect(harness.store.getRegions(['230702', '2307', '23'])).resolves.toEqual([
        regions.yichunDistrict,
        { code: '2307', name: '伊春市', level: 'city', path: ['黑龙江省', '伊春市'], pathCodes: ['23', '2307'] },
        { code: '23', name: '黑龙江省', level: 'province', path: ['黑龙江省'], pathCodes: ['23'] },
      ]);
    });
  });
}
