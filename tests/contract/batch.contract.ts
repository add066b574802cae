/**
 * Contract: writeDocuments, the batched write. Each document keeps writeDocument's meaning, the
 * results come in input order, the batch is all or nothing, a batch naming one id twice is refused
 * with BAD_REQUEST, and the graph it leaves is the one writing the documents one by one leaves.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../graph/model.ts';
import type { GraphStore } from '../../graph/store.ts';
import { buildDocument, buildItem, buildPassage, regions, taxonomy, toItemView, vectorOf } from './builders.ts';
import { anqing, ids, loadCorpus, yichun } from './corpus.ts';
import type { StoreHarness } from './harness.ts';

/** A third bulletin: a new region chain, a new office and policy, a candidate anqing also names. */
const lanzhou: DocumentRecord = buildDocument({
  id: 'lanzhou-2022-05',
  source: 'bulletins/兰州组工信息2022第5期.txt',
  title: '兰州组工信息',
  issue: '第5期',
  date: '2022-05-10',
  publisher: '中共兰州市委组织部',
  hash: 'sha256-lanzhou-2022-05-v1',
  items: [
    buildItem({
      id: 'lanzhou-2022-05:1',
      title: '城关区推行党员积分管理',
      office: '城关区委组织部',
      text: '城关区推行党员积分管理，设立“红领工作站”32个。',
      date: '2022-05-10',
      year: 2022,
      region: regions.chengguanLanzhou,
      regionMention: '城关区',
      practices: [{ name: '党员积分管理', category: '党员教育管理', matched: '党员积分' }],
      candidatePractices: [{ name: '红领工作站', matched: '“红领工作站”' }],
      outcomes: [],
      policies: ['城关区党员积分管理办法'],
      passages: [
        buildPassage({
          text: '城关区推行党员积分管理，设立“红领工作站”32个。',
          tokens: ['城关', '城关区', '党员', '积分', '管理', '红领', '工作站'],
          embedding: vectorOf({ 6: 1 }),
        }),
      ],
    }),
  ],
});

/** anqing without its 太湖县 item: the replacement leaves that item's office to nobody. */
const anqingV2: DocumentRecord = {
  ...anqing,
  hash: 'sha256-anqing-2020-08-v2',
  items: anqing.items.filter((item) => item.id !== ids.taihu),
};

/** yichun with a retitled first item and without its second. */
const yichunV2: DocumentRecord = {
  ...yichun,
  hash: 'sha256-yichun-2021-03-v2',
  items: yichun.items.slice(0, 1).map((item) => ({ ...item, title: '伊春区推行网格单元长制（修订）' })),
};

/** Two items under one id: the store itself refuses it once it has started writing. */
function broken(id: string): DocumentRecord {
  const item = buildItem({ id: `${id}:1`, title: '出错批次的条目', passages: [buildPassage({ tokens: ['出错批次'] })] });
  return buildDocument({ id, hash: `sha256-${id}`, items: [item, { ...item, ordinal: 2 }] });
}

/** Everything a reader of the port can see of the store (scores left out: BM25 depends on index history). */
async function snapshot(store: GraphStore): Promise<unknown> {
  const itemIds = await store.findItemIds({});
  const regionCodes = [anqing, yichun, lanzhou].flatMap((doc) =>
    doc.items.flatMap((item) => [item.region, item.subRegion, ...item.regionCandidates].flatMap((region) => region?.pathCodes ?? [])),
  );
  const hitIds = (hits: { itemId: string; passageIndex: number }[]): string[] => hits.map((hit) => `${hit.itemId}#${hit.passageIndex}`).sort();
  return {
    stats: await store.stats(),
    documents: await store.listDocuments({ first: 100, offset: 0 }),
    itemIds,
    items: await store.getItems(itemIds),
    adoptions: await store.adoptions(
      taxonomy.map((practice) => practice.name),
      {},
    ),
    practices: await store.practices({}),
    candidates: await store.candidatePractices(),
    regions: await store.getRegions([...new Set(regionCodes)]),
    inAnhui: await store.findItemIds({ regionCodes: ['34'] }),
    fullText: hitIds(await store.fullText(['社区', '党员', '红领'], {}, 20)),
    nearest: hitIds(await store.nearest(vectorOf({ 0: 1, 6: 1 }), {}, 20)),
    check: await store.check(),
  };
}

export function describeBatchWriting(harness: StoreHarness): void {
  describe('writing documents in batches', () => {
    it('reports created, unchanged and replaced documents in input order', async () => {
      await loadCorpus(harness.store);
      await expect(harness.store.writeDocuments([lanzhou, anqing, yichunV2])).resolves.toEqual([
        { documentId: lanzhou.id, status: 'created' },
        { documentId: anqing.id, status: 'unchanged' },
        { documentId: yichunV2.id, status: 'replaced' },
      ]);
      const expected = [...anqing.items.map((item) => toItemView(anqing.id, item)), toItemView(yichun.id, yichunV2.items[0] ?? buildItem())];
      await expect(harness.store.getItems([...anqing.items.map((item) => item.id), ids.yichun, ids.chengguan])).resolves.toEqual(expected);
      await expect(harness.store.getItems(['lanzhou-2022-05:1'])).resolves.toEqual([toItemView(lanzhou.id, lanzhou.items[0] ?? buildItem())]);
      expect((await harness.store.getDocument(yichun.id))?.hash).toBe(yichunV2.hash);
      expect(await harness.store.stats()).toMatchObject({ documents: 3, items: 5, passages: 6 });
      await expect(harness.store.check()).resolves.toEqual({ ok: true, problems: [] });
    });

    it('answers an empty batch with no results and writes nothing', async () => {
      await expect(harness.store.writeDocuments([])).resolves.toEqual([]);
      expect((await harness.store.stats()).documents).toBe(0);
    });

    it('rolls back the whole batch when one document fails inside the store', async () => {
      await loadCorpus(harness.store);
      const before = await snapshot(harness.store);
      await expect(harness.store.writeDocuments([lanzhou, anqingV2, broken('broken-2022-01')])).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED' });
      await expect(harness.store.getDocument(lanzhou.id)).resolves.toBeNull();
      expect((await harness.store.getDocument(anqing.id))?.hash).toBe(anqing.hash);
      await expect(snapshot(harness.store)).resolves.toEqual(before);
    });

    it('rolls back a batch whose documents collide with each other on an item id', async () => {
      const clash = { ...lanzhou, id: 'lanzhou-copy', hash: 'sha256-lanzhou-copy' };
      await expect(harness.store.writeDocuments([lanzhou, clash])).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED' });
      await expect(harness.store.stats()).resolves.toMatchObject({ documents: 0, items: 0, passages: 0, regions: 0 });
      await expect(harness.store.check()).resolves.toEqual({ ok: true, problems: [] });
    });

    it('refuses a batch that names one document twice, before writing anything', async () => {
      const again = { ...lanzhou, hash: 'sha256-lanzhou-2022-05-v2' };
      await expect(harness.store.writeDocuments([lanzhou, anqing, again])).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      await expect(harness.store.stats()).resolves.toMatchObject({ documents: 0, items: 0 });
    });

    it('leaves the same graph as writing the documents one by one', async () => {
      const batch = [lanzhou, anqingV2, yichun];
      await loadCorpus(harness.store);
      const oneByOne = [];
      for (const doc of batch) oneByOne.push(await harness.store.writeDocument(doc));
      const expected = await snapshot(harness.store);

      const store = await harness.renew();
      await loadCorpus(store);
      await expect(store.writeDocuments(batch)).resolves.toEqual(oneByOne);
      expect(oneByOne.map((result) => result.status)).toEqual(['created', 'replaced', 'unchanged']);
      await expect(snapshot(store)).resolves.toEqual(expected);
      expect(expected).toMatchObject({ check: { ok: true, problems: [] } });
    });
  });
}
