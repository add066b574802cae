/**
 * Issue 12.5: items without a date are counted, never dropped — search's year facet and the
 * adoptions byYear chart carry a 未注明日期 bucket, so the bars add up to the totals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNDATED, yearBuckets } from '../../../../api/services/years.ts';
import { createHashingEmbedder, splitPassages } from '../../../../language/embed/index.ts';
import { buildDocument, buildItem } from '../../../contract/builders.ts';
import { createTestAtlas, createTestSegmenter, places } from './fixtures.ts';
import type { TestAtlas } from './fixtures.ts';

let atlas: TestAtlas;

/** A bulletin without a date: one item whose text states a year, one that states none. */
async function writeUndatedBulletin(): Promise<void> {
  const segmenter = createTestSegmenter();
  const embedder = createHashingEmbedder();
  const texts = [
    { title: '太湖县试行楼道单元长制', text: '2018年，太湖县在两个小区试行单元长制，选出单元长40名。', year: 2018 },
    { title: '望江县推广单元长制', text: '望江县推广单元长制，选出单元长60名。', year: null },
  ];
  const items = await Promise.all(texts.map(async (entry, index) => {
    const passages = splitPassages(`${entry.title}。${entry.text}`);
    const vectors = await embedder.embed(passages.map((passage) => passage.text));
    return buildItem({
      id: `undated:${index + 1}`, ordinal: index + 1, title: entry.title, text: entry.text, date: null, year: entry.year,
      region: index === 0 ? places.taihu : places.wangjiang, outcomes: [],
      practices: [{ name: '单元长制', category: '城市基层党建', matched: '单元长制' }],
      passages: passages.map((passage, at) => ({ ...passage, tokens: segmenter.cutForSearch(passage.text), embedding: vectors[at]! })),
    });
  }));
  await atlas.store.writeDocument(buildDocument({ id: 'undated', source: 'uploads/无日期汇编.txt', title: '无日期汇编', issue: null, date: null, hash: 'sha256-undated', items }));
}

beforeAll(async () => {
  atlas = await createTestAtlas();
  await writeUndatedBulletin();
});
afterAll(async () => atlas?.cleanup());

describe('undated items in charts and totals', () => {
  it('counts them under 未注明日期 in adoptions byYear, after the years, adding up to totalItems', async () => {
    const result = await atlas.services.adoptions('单元长制');
    expect(result.byYear.at(-1)).toEqual({ value: UNDATED, count: 1 });
    expect(result.byYear.map((bucket) => bucket.value)).toContain('2018');
    expect(result.byYear.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(result.totalItems);
  });

  it('counts them under 未注明日期 in the search year facet', async () => {
    const result = await atlas.services.search({ query: '单元长制' });
    const year = result.facets.year;
    expect(year).toContainEqual({ value: UNDATED, count: 1 });
    expect(year.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(result.total);
  });
});

describe('yearBuckets', () => {
  it('orders the years and puts the undated last, each item once', () => {
    expect(yearBuckets([2021, null, 2019, 2021, null])).toEqual([
      { value: '2019', count: 1 }, { value: '2021', count: 2 }, { value: UNDATED, count: 2 },
    ]);
    expect(yearBuckets([])).toEqual([]);
  });
});
