/**
 * Contract: warm() loads what the first questions would load and changes no answer — nearest,
 * adoptions, related practices and item facts are the same before and after, and after a write that follows.
 */
import { describe, expect, it } from 'vitest';
import type { GraphStore } from '../../graph/store.ts';
import { buildDocument, buildItem, regions, vectorOf } from './builders.ts';
import { loadCorpus } from './corpus.ts';
import type { StoreHarness } from './harness.ts';

async function answers(store: GraphStore) {
  return {
    nearest: await store.nearest(vectorOf({ 2: 1 }), {}, 3),
    adoptions: await store.adoptions(['单元长制', '社区大党委'], {}),
    related: await store.relatedPractices('社区大党委'),
    facts: await store.itemFacts(await store.findItemIds({})),
    documents: (await store.listDocuments({ first: 50, offset: 0 })).nodes,
  };
}

export function describeWarming(harness: StoreHarness): void {
  describe('warming at start', () => {
    it('resolves on an empty store', async () => {
      await expect(harness.store.warm()).resolves.toBeUndefined();
    });

    it('changes no answer, and a write after it is still seen', async () => {
      await loadCorpus(harness.store);
      const before = await answers(harness.store);
      await harness.store.warm();
      expect(await answers(harness.store)).toEqual(before);
      await harness.store.writeDocument(buildDocument({
        id: 'warm-2022-01', hash: 'sha256-warm-2022-01', date: '2022-01-05',
        items: [buildItem({ id: 'warm-2022-01:1', date: '2022-01-05', year: 2022, region: regions.taihu })],
      }));
      const after = await harness.store.adoptions(['社区大党委'], {});
      expect(after.map((row) => row.itemId)).toContain('warm-2022-01:1');
      await expect(harness.store.itemFacts(['warm-2022-01:1'])).resolves.toMatchObject([{ id: 'warm-2022-01:1', year: 2022, region: { code: regions.taihu.code } }]);
      await expect(harness.store.getDocuments(['warm-2022-01'])).resolves.toMatchObject([{ id: 'warm-2022-01', date: '2022-01-05', itemCount: 1 }]);
    });
  });
}
