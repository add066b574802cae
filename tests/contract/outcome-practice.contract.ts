/**
 * Contract: each outcome keeps the practice it reports on (or none), in order, through a write, a
 * replacement and a taxonomy load — whether or not that practice is one of the item's own.
 */
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../graph/model.ts';
import { buildDocument, buildItem, taxonomy } from './builders.ts';
import type { StoreHarness } from './harness.ts';

function outcome(text: string, value: number, practice: string | null): Outcome {
  return { text, value, unit: '个', normalized: { value, unit: '个' }, metric: null, kind: 'outcome', approximate: false, practice };
}

const tiedOutcomes = [
  outcome('吸纳驻区单位党组织46个', 46, '社区大党委'),
  outcome('选聘单元长320个', 320, '单元长制'),
  outcome('新建停车位120个', 120, null),
  // A practice the store has never heard of keeps its name (the link is made when it arrives).
  outcome('组建邻里议事会12个', 12, '邻里议事会'),
];

export function describeOutcomePractices(harness: StoreHarness): void {
  describe('outcomes and their practices', () => {
    it('reads back every outcome with the practice it was written with, in order', async () => {
      const item = buildItem({
        id: 'anqing-2020-08:1',
        practices: [{ name: '社区大党委', category: '基层党建', matched: '社区“大党委”' }, { name: '单元长制', category: '基层治理', matched: '单元长' }],
        outcomes: tiedOutcomes,
      });
      await harness.store.writeDocument(buildDocument({ items: [item] }));
      const [view] = await harness.store.getItems([item.id]);
      expect(view?.outcomes.map((read) => [read.value, read.practice])).toEqual([[46, '社区大党委'], [320, '单元长制'], [120, null], [12, '邻里议事会']]);
      expect(view?.outcomes).toEqual(tiedOutcomes);
    });

    it('keeps the links through a replacement and a taxonomy load', async () => {
      const first = buildItem({ id: 'anqing-2020-08:1', outcomes: tiedOutcomes.slice(0, 2) });
      await harness.store.writeDocument(buildDocument({ items: [first] }));
      const replaced = buildItem({ id: 'anqing-2020-08:1', outcomes: [outcome('新建停车位120个', 120, null), outcome('选聘单元长88个', 88, '单元长制')] });
      await harness.store.writeDocument(buildDocument({ hash: 'sha256-anqing-2020-08-v2', items: [replaced] }));
      await harness.store.upsertTaxonomy(taxonomy);
      const [view] = await harness.store.getItems(['anqing-2020-08:1']);
      expect(view?.outcomes.map((read) => [read.value, read.practice])).toEqual([[120, null], [88, '单元长制']]);
      await expect(harness.store.check()).resolves.toEqual({ ok: true, problems: [] });
    });
  });
}
