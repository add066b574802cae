/**
 * Contract: BM25 full text over passage tokens, nearest passages by cosine, the embedding cache.
 * Scores differ between engines; the contract fixes which passages come back and in what order.
 */
import { describe, expect, it } from 'vitest';
import type { PassageHit } from '../../graph/store.ts';
import { buildDocument, buildItem, buildPassage, sha256, vectorOf } from './builders.ts';
import { anqing, ids, loadCorpus } from './corpus.ts';
import type { StoreHarness } from './harness.ts';

function places(hits: PassageHit[]): string[] {
  return hits.map((hit) => `${hit.itemId}#${hit.passageIndex}`);
}

export function describeSearching(harness: StoreHarness): void {
  describe('full-text search', () => {
    it('ranks the passage with the rarer matching token first', async () => {
      await loadCorpus(harness.store);
      const hits = await harness.store.fullText(['社区', '红领'], {}, 10);
      expect(places(hits)[0]).toBe(`${ids.wangjiang}#1`);
      expect(places(hits).sort()).toEqual([`${ids.wangjiang}#0`, `${ids.wangjiang}#1`, `${ids.jiayin}#0`].sort());
      expect(hits.every((hit) => hit.score > 0)).toBe(true);
      expect(hits.map((hit) => hit.score)).toEqual([...hits.map((hit) => hit.score)].sort((a, b) => b - a));
    });

    it('returns at most k hits', async () => {
      await loadCorpus(harness.store);
      expect(places(await harness.store.fullText(['社区', '红领'], {}, 1))).toEqual([`${ids.wangjiang}#1`]);
    });

    it('matches Chinese tokens whole, never parts of a longer token', async () => {
      await loadCorpus(harness.store);
      await expect(harness.store.fullText(['长制'], {}, 10)).resolves.toEqual([]);
      await expect(harness.store.fullText(['大党'], {}, 10)).resolves.toEqual([]);
      const hits = await harness.store.fullText(['单元长制'], {}, 10);
      expect(places(hits).sort()).toEqual([`${ids.taihu}#0`, `${ids.yichun}#0`]);
    });

    it('applies the item filter', async () => {
      await loadCorpus(harness.store);
      expect(places(await harness.store.fullText(['社区', '红领'], { section: '市外参考' }, 10))).toEqual([`${ids.jiayin}#0`]);
      const inAnqing = await harness.store.fullText(['社区', '红领'], { regionCodes: ['3408'] }, 10);
      expect(places(inAnqing)).toEqual([`${ids.wangjiang}#1`, `${ids.wangjiang}#0`]);
      const byPractice = await harness.store.fullText(['单元长制'], { practices: ['单元长制'], yearFrom: 2021 }, 10);
      expect(places(byPractice)).toEqual([`${ids.yichun}#0`]);
      await expect(harness.store.fullText(['社区'], { yearFrom: 2021 }, 10)).resolves.toEqual([]);
    });

    it('answers nothing for no tokens or punctuation only, and survives query syntax in tokens', async () => {
      await loadCorpus(harness.store);
      await expect(harness.store.fullText([], {}, 10)).resolves.toEqual([]);
      await expect(harness.store.fullText(['，', '。', ' '], {}, 10)).resolves.toEqual([]);
      await expect(harness.store.fullText(['"', 'AND', 'NOT', 'NEAR(', '*', '社区"'], {}, 10)).resolves.toBeInstanceOf(Array);
    });
  });

  describe('words the corpus uses', () => {
    it('names the tokens some passage matches, whole tokens only, whatever a filter would say', async () => {
      await loadCorpus(harness.store);
      const used = await harness.store.termsUsed(['社区', '红领', '单元长制', '长制', '钢琴', '，', ' 社区 ']);
      expect([...used].sort()).toEqual(['单元长制', '社区', '红领'].sort());
      await expect(harness.store.termsUsed([])).resolves.toEqual(new Set());
      await expect(harness.store.termsUsed(['"', 'AND', 'NEAR(', '*'])).resolves.toBeInstanceOf(Set);
    });
  });

  describe('nearest passages', () => {
    const query = vectorOf({ 3: 3, 1: 2, 4: 1 });

    it('ranks passages by cosine similarity to the query vector', async () => {
      await loadCorpus(harness.store);
      const hits = await harness.store.nearest(query, {}, 3);
      expect(places(hits)).toEqual([`${ids.jiayin}#0`, `${ids.wangjiang}#1`, `${ids.yichun}#0`]);
      expect(hits[0]?.score).toBeCloseTo(3 / Math.sqrt(14), 5);
      expect(hits[1]?.score).toBeCloseTo(2 / Math.sqrt(14), 5);
      expect(hits[2]?.score).toBeCloseTo(1 / Math.sqrt(14), 5);
    });

    it('applies the item filter before taking the k best', async () => {
      await loadCorpus(harness.store);
      expect(places(await harness.store.nearest(query, { section: '市内信息' }, 1))).toEqual([`${ids.wangjiang}#1`]);
      expect(places(await harness.store.nearest(query, { yearFrom: 2021 }, 1))).toEqual([`${ids.yichun}#0`]);
      expect(places(await harness.store.nearest(query, { regionCodes: ['2307'] }, 2))).toEqual([`${ids.jiayin}#0`, `${ids.yichun}#0`]);
      await expect(harness.store.nearest(query, { practices: ['党员积分管理'] }, 5)).resolves.toEqual([]);
    });

    it('sees passages written after an earlier query', async () => {
      await loadCorpus(harness.store);
      await harness.store.nearest(query, {}, 1);
      const later = buildDocument({
        id: 'later',
        source: 'bulletins/later.txt',
        hash: 'h-later',
        items: [buildItem({ id: 'later:1', passages: [buildPassage({ text: '新写入的段落。', embedding: vectorOf({ 7: 1 }) })] })],
      });
      await harness.store.writeDocument(later);
      expect(places(await harness.store.nearest(vectorOf({ 7: 1 }), {}, 1))).toEqual(['later:1#0']);
    });
  });

  describe('the embedding cache', () => {
    it('gives back stored vectors by passage hash and leaves unknown hashes out', async () => {
      await loadCorpus(harness.store);
      const passage = anqing.items[0]?.passages[1];
      const found = await harness.store.getEmbeddings([passage?.hash ?? '', sha256('从未写入的段落')]);
      expect([...found.keys()]).toEqual([passage?.hash]);
      expect(found.get(passage?.hash ?? '')).toEqual(vectorOf({ 1: 1 }));
      await expect(harness.store.getEmbeddings([])).resolves.toEqual(new Map());
    });
  });
}
