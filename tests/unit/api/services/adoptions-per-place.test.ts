/**
 * A place that reports a practice year after year lists its newest reports only: the practice page
 * of a national archive would otherwise carry hundreds of items per county. Counts and dates still
 * cover every report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHashingEmbedder, splitPassages } from '../../../../language/embed/index.ts';
import { buildDocument, buildItem } from '../../../contract/builders.ts';
import { createTestAtlas, createTestSegmenter, places } from './fixtures.ts';
import type { TestAtlas } from './fixtures.ts';

let atlas: TestAtlas;
const YEARS = [2019, 2021, 2022, 2023];

/** One bulletin a year, each with a 望江县 report on its 单元长制 and its own number. */
async function writeYearlyReports(): Promise<void> {
  const segmenter = createTestSegmenter();
  const embedder = createHashingEmbedder();
  for (const [index, year] of YEARS.entries()) {
    const title = `望江县单元长制第${index + 1}年`;
    const text = `${year}年，望江县深化单元长制，新选单元长${(index + 1) * 10}名，覆盖小区${index + 3}个。`;
    const passages = splitPassages(`${title}。${text}`);
    const vectors = await embedder.embed(passages.map((passage) => passage.text));
    const item = buildItem({
      id: `yearly-${year}:1`, ordinal: 1, title, text, date: `${year}-03-01`, year, region: places.wangjiang,
      outcomes: [{
        text: `新选单元长${(index + 1) * 10}名`, value: (index + 1) * 10, unit: '名', normalized: { value: (index + 1) * 10, unit: '名' },
        metric: null, kind: 'input', approximate: false, practice: '单元长制',
      }],
      practices: [{ name: '单元长制', category: '城市基层党建', matched: '单元长制' }],
      passages: passages.map((passage, at) => ({ ...passage, tokens: segmenter.cutForSearch(passage.text), embedding: vectors[at]! })),
    });
    await atlas.store.writeDocument(buildDocument({ id: `yearly-${year}`, source: `uploads/${year}年组工信息.txt`, title: `${year}年组工信息`, issue: null, date: `${year}-03-01`, hash: `sha256-yearly-${year}`, items: [item] }));
  }
}

beforeAll(async () => {
  atlas = await createTestAtlas();
  await writeYearlyReports();
});
afterAll(async () => atlas?.cleanup());

describe('reports listed per place', () => {
  it('lists the newest reports, oldest first, with their outcomes; counts and dates cover all', async () => {
    const result = await atlas.services.adoptions('单元长制', { province: '安徽省' }, 30, 2);
    const wangjiang = result.adoptions.find((adoption) => adoption.region?.code === places.wangjiang.code)!;
    expect(wangjiang.itemCount).toBe(YEARS.length);
    expect(wangjiang.items.map((item) => item.year)).toEqual([2022, 2023]);
    expect(wangjiang.outcomes.map((outcome) => outcome.value)).toEqual([30, 40]);
    expect([wangjiang.firstDate, wangjiang.lastDate]).toEqual(['2019-03-01', '2023-03-01']);
    expect(result.totalItems).toBeGreaterThanOrEqual(YEARS.length);
  });

  it('lists ten by default and none when asked for none, still counting them', async () => {
    const all = await atlas.services.adoptions('单元长制', { province: '安徽省' });
    expect(all.adoptions.find((adoption) => adoption.region?.code === places.wangjiang.code)?.items).toHaveLength(YEARS.length);
    const none = await atlas.services.adoptions('单元长制', { province: '安徽省' }, 30, 0);
    const wangjiang = none.adoptions.find((adoption) => adoption.region?.code === places.wangjiang.code)!;
    expect([wangjiang.items, wangjiang.outcomes, wangjiang.itemCount]).toEqual([[], [], YEARS.length]);
  });
});
