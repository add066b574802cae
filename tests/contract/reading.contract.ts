/**
 * Contract: documents, items and item filters.
 */
import { describe, expect, it } from 'vitest';
import { regionEvidenceValues, type RegionEvidence } from '../../graph/model.ts';
import type { ItemFilter } from '../../graph/store.ts';
import { buildDocument, buildItem, toItemView } from './builders.ts';
import { anqing, corpusItemView, ids, loadCorpus, yichun } from './corpus.ts';
import type { StoreHarness } from './harness.ts';

const { wangjiang, taihu, jiayin, yichun: yichunItem, chengguan } = ids;

/** Filter → the item ids it must select from the corpus, in document-date then ordinal order. */
const filterCases: [string, ItemFilter, string[]][] = [
  ['no filter', {}, [wangjiang, taihu, jiayin, yichunItem, chengguan]],
  ['a city subtree', { regionCodes: ['3408'] }, [wangjiang, taihu]],
  ['a province subtree across cities', { regionCodes: ['23'] }, [jiayin, yichunItem]],
  ['a township as sub-region', { regionCodes: ['340827100'] }, [wangjiang]],
  ['any of several counties', { regionCodes: ['340825', '230722'] }, [taihu, jiayin]],
  ['unresolved candidates never place an item', { regionCodes: ['62'] }, []],
  ['one practice', { practices: ['单元长制'] }, [taihu, yichunItem]],
  ['any of two practices', { practices: ['单元长制', '社区大党委'] }, [wangjiang, taihu, jiayin, yichunItem]],
  ['a category', { category: '基层党建' }, [wangjiang, jiayin]],
  ['a section', { section: '市外参考' }, [jiayin]],
  ['a first year', { yearFrom: 2021 }, [yichunItem, chengguan]],
  ['a last year', { yearTo: 2020 }, [wangjiang, taihu, jiayin]],
  ['category and year together', { category: '基层治理', yearFrom: 2021 }, [yichunItem]],
  ['conditions that exclude each other', { regionCodes: ['34'], section: '市外参考' }, []],
];

export function describeReading(harness: StoreHarness): void {
  describe('reading documents', () => {
    it('answers null for an unknown document', async () => {
      await expect(harness.store.getDocument('no-such-document')).resolves.toBeNull();
    });

    it('reads several documents at once, in the order asked, each once, leaving unknown ids out', async () => {
      await loadCorpus(harness.store);
      const [first, second] = await Promise.all([harness.store.getDocument(anqing.id), harness.store.getDocument(yichun.id)]);
      expect(first?.itemCount).toBeGreaterThan(0);
      await expect(harness.store.getDocuments([yichun.id, 'no-such-document', anqing.id, yichun.id])).resolves.toEqual([second, first]);
      await expect(harness.store.getDocuments([])).resolves.toEqual([]);
    });

    it('lists documents newest first, then by source, undated last, page by page', async () => {
      const docs = [
        buildDocument({ id: 'a', source: 'bulletins/2020-08-a.txt', date: '2020-06-28', hash: 'h-a', items: [buildItem({ id: 'a:1' })] }),
        buildDocument({ id: 'undated', source: 'bulletins/0-undated.txt', date: null, hash: 'h-u', items: [] }),
        buildDocument({ id: 'b', source: 'bulletins/2020-08-b.txt', date: '2020-06-28', hash: 'h-b', items: [] }),
        buildDocument({ id: 'newest', source: 'bulletins/2021-03.txt', date: '2021-03-15', hash: 'h-n', items: [] }),
      ];
      for (const doc of docs) await harness.store.writeDocument(doc);

      const first = await harness.store.listDocuments({ first: 2, offset: 0 });
      expect(first.total).toBe(4);
      expect(first.nodes.map((doc) => doc.id)).toEqual(['newest', 'a']);
      expect(first.nodes[1]).toMatchObject({ source: 'bulletins/2020-08-a.txt', itemCount: 1 });
      const second = await harness.store.listDocuments({ first: 2, offset: 2 });
      expect(second.nodes.map((doc) => doc.id)).toEqual(['b', 'undated']);
      await expect(harness.store.listDocuments({ first: 2, offset: 4 })).resolves.toEqual({ nodes: [], total: 4 });
    });
  });

  describe('reading items', () => {
    it('gives back items as written, in the order asked, leaving unknown ids out', async () => {
      await loadCorpus(harness.store);
      const views = await harness.store.getItems([chengguan, 'anqing-2020-08:99', wangjiang, yichunItem]);
      expect(views).toEqual([corpusItemView(chengguan), corpusItemView(wangjiang), corpusItemView(yichunItem)]);
    });

    it('reads items lean, as written but without text, passages and outcomes', async () => {
      await loadCorpus(harness.store);
      const views = await harness.store.getItems([wangjiang, chengguan], { lean: true });
      expect(views).toEqual([wangjiang, chengguan].map((id) => ({ ...corpusItemView(id), text: '', passages: [], outcomes: [], textOmitted: true })));
      expect(corpusItemView(wangjiang).outcomes.length + corpusItemView(wangjiang).passages.length).toBeGreaterThan(0);
    });

    it('reads items without their text, as written but for text and passages, outcomes kept', async () => {
      await loadCorpus(harness.store);
      const views = await harness.store.getItems([wangjiang, chengguan], { withoutText: true });
      expect(views).toEqual([wangjiang, chengguan].map((id) => ({ ...corpusItemView(id), text: '', passages: [], textOmitted: true })));
      expect(corpusItemView(wangjiang).outcomes.length).toBeGreaterThan(0);
      expect(corpusItemView(wangjiang).text.length).toBeGreaterThan(0);
    });

    it('gives items\' facts, the same fields as their lean items, in the order asked, leaving unknown ids out', async () => {
      await loadCorpus(harness.store);
      const asked = [chengguan, 'anqing-2020-08:99', wangjiang, yichunItem, jiayin, taihu, wangjiang];
      const lean = await harness.store.getItems(asked, { lean: true });
      const facts = lean.map((item) => ({
        id: item.id, reportId: item.reportId, year: item.year, section: item.section, region: item.region, subRegion: item.subRegion,
        practices: item.practices.map((practice) => ({ name: practice.name })),
      }));
      expect(facts.some((item) => item.practices.length > 0 && item.region !== null)).toBe(true);
      await expect(harness.store.itemFacts(asked)).resolves.toEqual(facts);
      await expect(harness.store.itemFacts([])).resolves.toEqual([]);
    });

    it('gives the facts of a document\'s new version after it replaces the old', async () => {
      const v1 = buildDocument({ items: [buildItem({ year: 2020, section: '市外参考' })] });
      await harness.store.writeDocument(v1);
      await expect(harness.store.itemFacts(['anqing-2020-08:1'])).resolves.toMatchObject([{ year: 2020, section: '市外参考' }]);
      await harness.store.writeDocument({ ...v1, hash: 'sha256-anqing-2020-08-v2', items: [buildItem({ year: 2021, section: null })] });
      await expect(harness.store.itemFacts(['anqing-2020-08:1'])).resolves.toMatchObject([{ year: 2021, section: null }]);
    });

    it('keeps how each item\'s region was found, every kind and none, in full and lean reads', async () => {
      const kinds: (RegionEvidence | null)[] = [...regionEvidenceValues, null];
      const doc = buildDocument({
        items: kinds.map((regionEvidence, index) => buildItem({ id: `anqing-2020-08:${index + 1}`, ordinal: index + 1, regionEvidence })),
      });
      await harness.store.writeDocument(doc);
      const itemIds = doc.items.map((item) => item.id);
      const full = await harness.store.getItems(itemIds);
      expect(full.map((item) => item.regionEvidence)).toEqual(kinds);
      expect(full).toEqual(doc.items.map((item) => toItemView(doc.id, item)));
      const lean = await harness.store.getItems(itemIds, { lean: true });
      expect(lean.map((item) => item.regionEvidence)).toEqual(kinds);
    });

    it('replaces how the region was found with the new version of a document', async () => {
      const v1 = buildDocument({ items: [buildItem({ regionEvidence: 'publisher' }), buildItem({ id: 'anqing-2020-08:2', ordinal: 2, regionEvidence: null })] });
      await harness.store.writeDocument(v1);
      const v2 = { ...v1, hash: 'sha256-anqing-2020-08-v2', items: [buildItem({ regionEvidence: null }), buildItem({ id: 'anqing-2020-08:2', ordinal: 2, regionEvidence: 'sibling' })] };
      await expect(harness.store.writeDocument(v2)).resolves.toMatchObject({ status: 'replaced' });
      const items = await harness.store.getItems(['anqing-2020-08:1', 'anqing-2020-08:2']);
      expect(items.map((item) => item.regionEvidence)).toEqual([null, 'sibling']);
    });

    it('answers an empty list for no ids', async () => {
      await loadCorpus(harness.store);
      await expect(harness.store.getItems([])).resolves.toEqual([]);
    });

    for (const [name, filter, expected] of filterCases) {
      it(`finds item ids by ${name}`, async () => {
        await loadCorpus(harness.store);
        await expect(harness.store.findItemIds(filter)).resolves.toEqual(expected);
        // A limit keeps the first of the same order ("are there any?" asks for one).
        await expect(harness.store.findItemIds(filter, 1)).resolves.toEqual(expected.slice(0, 1));
      });
    }
  });
}
