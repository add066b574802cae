import { describe, expect, it } from 'vitest';
import type { RunQuery } from '../../../../graph/neo4j/context.ts';
import { createReadMemo } from '../../../../graph/neo4j/memo.ts';
import { buildFullTextQuery, FEW_ITEMS_MAX_FETCH, fullText, MANY_ITEMS, nearest } from '../../../../graph/neo4j/search.ts';

interface Row {
  itemId: string | null;
  passageIndex: number;
  passageId: string;
  score: number | null;
}

/**
 * A fake index: `rows` in index order; each call answers the first `fetch` of them. A filter
 * allows `allowed` items of `items` (by default more than MANY_ITEMS, so searches test the
 * filter on each fetched row); calls kept by allowed ids answer one row with the kept hits.
 */
function fakeIndex(rows: Row[], allowed?: string[], items = rows.length): { run: RunQuery; fetches: number[]; queries: string[] } {
  const fetches: number[] = [];
  const queries: string[] = [];
  const many = Array.from({ length: MANY_ITEMS + 1 }, (_, n) => `item:${n}`);
  const run: RunQuery = async (cypher, params) => {
    queries.push(cypher);
    if (cypher.includes('count(p) AS total')) return [{ total: rows.length }];
    if (cypher.includes('AS ids')) return [{ items, passages: rows.length, ids: (allowed ?? many).slice(0, params.limit as number) }];
    if (Array.isArray(params.itemIds) && typeof params.k === 'number') {
      const among = new Set(params.itemIds as string[]);
      return rows.filter((row) => row.itemId !== null && among.has(row.itemId)).slice(0, params.k) as unknown as Record<string, unknown>[];
    }
    if (typeof params.k === 'number') return rows.filter((row) => row.itemId !== null).slice(0, params.k) as unknown as Record<string, unknown>[];
    const fetch = params.fetch as number;
    fetches.push(fetch);
    const fetched = rows.slice(0, fetch);
    if (!cypher.includes('AS fetched')) return fetched as unknown as Record<string, unknown>[];
    const among = new Set(params.itemIds as string[]);
    return [{ fetched: fetched.length, hits: fetched.filter((row) => row.itemId !== null && among.has(row.itemId)) }];
  };
  return { run, fetches, queries };
}

function rows(count: number, keepEvery: number): Row[] {
  return Array.from({ length: count }, (_, n) => ({
    itemId: n % keepEvery === 0 ? `doc:${n}` : null,
    passageIndex: 0,
    passageId: `doc:${n}#0`,
    score: n % keepEvery === 0 ? 1 - n / count : null,
  }));
}

describe('full-text query text', () => {
  it('quotes each token so it matches whole and joins them with OR', () => {
    expect(buildFullTextQuery(['院落', '议事会', '院落'])).toBe('"院落" OR "议事会"');
  });

  it('answers null for no tokens or punctuation only', () => {
    expect(buildFullTextQuery([])).toBeNull();
    expect(buildFullTextQuery(['，', '。', ' ', ''])).toBeNull();
  });

  it('escapes quotes and backslashes so query syntax in tokens is only text', () => {
    expect(buildFullTextQuery(['"', 'AND', 'NEAR(', '*', '议事"会', 'a\\b'])).toBe('"AND" OR "NEAR(" OR "议事\\"会" OR "a\\\\b"');
  });

  it('splits tokens that hold whitespace and caps the number of terms', () => {
    expect(buildFullTextQuery(['石碑 夜话'])).toBe('"石碑" OR "夜话"');
    expect(buildFullTextQuery(['甲', '乙', '丙'], 2)).toBe('"甲" OR "乙"');
  });
});

describe('over-fetching search', () => {
  it('fetches more while the filter leaves fewer than k hits and the index has more', async () => {
    const index = fakeIndex(rows(1000, 100));
    const hits = await fullText({ read: index.run }, ['议事会'], { section: '市外参考' }, 5);
    expect(index.fetches).toEqual([50, 400, 1000]);
    expect(hits.map((hit) => hit.itemId)).toEqual(['doc:0', 'doc:100', 'doc:200', 'doc:300', 'doc:400']);
  });

  it('stops after one round when the index gave fewer rows than asked', async () => {
    const index = fakeIndex(rows(30, 3));
    const hits = await fullText({ read: index.run }, ['议事会'], { section: '市外参考' }, 20);
    expect(index.fetches).toEqual([200]);
    expect(hits).toHaveLength(10);
  });

  it('scans the passages of the allowed items exactly when a filter allows few, without the vector index', async () => {
    const index = fakeIndex(rows(1000, 100), ['doc:300', 'doc:100']);
    const hits = await nearest({ read: index.run, dimensions: 4 }, new Float32Array(4).fill(0.5), { regionCodes: ['331127'] }, 5);
    expect(index.queries.some((cypher) => cypher.includes('db.index.vector.queryNodes'))).toBe(false);
    expect(hits.map((hit) => hit.itemId)).toEqual(['doc:100', 'doc:300']);
  });

  it('asks no index when a filter allows no item', async () => {
    const index = fakeIndex(rows(1000, 100), []);
    expect(await nearest({ read: index.run, dimensions: 4 }, new Float32Array(4).fill(0.5), { section: '市外参考' }, 5)).toEqual([]);
    expect(await fullText({ read: index.run }, ['议事会'], { section: '市外参考' }, 5)).toEqual([]);
    expect(index.fetches).toEqual([]);
  });

  it('filters full-text rounds by the allowed ids when a filter allows few', async () => {
    const index = fakeIndex(rows(1000, 100), ['doc:200']);
    await fullText({ read: index.run }, ['议事会'], { section: '市外参考' }, 5);
    expect(index.queries.filter((cypher) => cypher.includes('db.index.fulltext.queryNodes')).every((cypher) => cypher.includes('IN $itemIds'))).toBe(true);
  });

  it('stops widening at FEW_ITEMS_MAX_FETCH passages when a filter allows few', async () => {
    const index = fakeIndex(rows(100_000, 50_000), ['doc:50000']);
    const hits = await fullText({ read: index.run }, ['议事会'], { section: '市外参考' }, 5);
    expect(index.fetches).toEqual([FEW_ITEMS_MAX_FETCH]);
    expect(hits.map((hit) => hit.itemId)).not.toContain('doc:50000');
  });

  it('sizes the first fetch by the share of items a filter allows, and keeps rows by id in the index call', async () => {
    const allowed = Array.from({ length: 3000 }, (_, n) => `doc:${n * 10}`);
    const index = fakeIndex(rows(100_000, 10), allowed);
    const hits = await nearest({ read: index.run, dimensions: 4 }, new Float32Array(4).fill(0.5), { regionCodes: ['34'] }, 5);
    // 3% of the items: 2 × 5 / 0.03 passages are expected to hold about ten allowed ones.
    expect(index.fetches).toEqual([334]);
    expect(index.queries.filter((cypher) => cypher.includes('db.index.vector.queryNodes')).every((cypher) => cypher.includes('IN $itemIds'))).toBe(true);
    expect(hits.map((hit) => hit.itemId)).toEqual(['doc:0', 'doc:10', 'doc:20', 'doc:30', 'doc:40']);
  });

  it('resolves a filter once for the full-text and vector halves of one search', async () => {
    const index = fakeIndex(rows(1000, 100), ['doc:300', 'doc:100']);
    const context = { read: index.run, dimensions: 4, memo: createReadMemo() };
    const filter = { regionCodes: ['331127'] };
    await Promise.all([fullText(context, ['议事会'], filter, 5), nearest(context, new Float32Array(4).fill(0.5), filter, 5)]);
    expect(index.queries.filter((cypher) => cypher.includes('AS ids'))).toHaveLength(1);
  });

  it('orders by score, then passage id, and keeps k', async () => {
    const index = fakeIndex([
      { itemId: 'b:1', passageIndex: 0, passageId: 'b:1#0', score: 0.5 },
      { itemId: 'a:1', passageIndex: 2, passageId: 'a:1#2', score: 0.5 },
      { itemId: 'c:1', passageIndex: 0, passageId: 'c:1#0', score: 0.9 },
    ]);
    expect(await fullText({ read: index.run }, ['议事会'], {}, 2)).toEqual([
      { itemId: 'c:1', passageIndex: 0, score: 0.9 },
      { itemId: 'a:1', passageIndex: 2, score: 0.5 },
    ]);
  });

  it('asks nothing for empty queries or k = 0', async () => {
    const index = fakeIndex(rows(10, 1));
    expect(await fullText({ read: index.run }, ['，'], {}, 5)).toEqual([]);
    expect(await fullText({ read: index.run }, ['议事会'], {}, 0)).toEqual([]);
    expect(await nearest({ read: index.run, dimensions: 512 }, new Float32Array(), {}, 5)).toEqual([]);
    expect(index.queries).toEqual([]);
  });

  it('scans exactly when the vector has another dimension than the index', async () => {
    const index = fakeIndex(rows(10, 1));
    const hits = await nearest({ read: index.run, dimensions: 512 }, new Float32Array([1, 0, 0]), {}, 2);
    expect(index.queries[0]).toContain('vector.similarity.cosine');
    expect(index.queries[0]).not.toContain('db.index.vector.queryNodes');
    expect(hits).toHaveLength(2);
  });

  it('uses the vector index for vectors of its dimension', async () => {
    const index = fakeIndex(rows(10, 1));
    await nearest({ read: index.run, dimensions: 4 }, new Float32Array(4).fill(0.5), {}, 2);
    expect(index.queries[0]).toContain("db.index.vector.queryNodes('passage_embedding'");
  });
});
