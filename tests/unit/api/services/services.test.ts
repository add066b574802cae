/**
 * The services over a temporary SQLite store holding a small invented bulletin, with the hashing
 * test-double embedder: search (filters, understanding, facets, pages, highlights), adoptions,
 * profiles and comparisons.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasServices } from '../../../../api/services/types.ts';
import { isAtlasError } from '../../../../errors/catalogue.ts';
import { createTestAtlas, DOCUMENT_ID } from './fixtures.ts';
import type { TestAtlas } from './fixtures.ts';

let atlas: TestAtlas;
let services: AtlasServices;

beforeAll(async () => {
  atlas = await createTestAtlas();
  services = atlas.services;
});
afterAll(async () => atlas?.cleanup());

const ordinals = (hits: { item: { ordinal: number } }[]): number[] => hits.map((hit) => hit.item.ordinal);
async function errorCode(run: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await run();
  } catch (error) {
    return isAtlasError(error) ? error.code : 'OTHER';
  }
  return undefined;
}

describe('search', () => {
  it('finds the items describing a practice first, in every mode', async () => {
    for (const mode of ['hybrid', 'bm25', 'vector'] as const) {
      const result = await services.search({ query: '单元长制', mode });
      expect(ordinals(result.hits).slice(0, 2).sort(), mode).toEqual([2, 4]);
    }
  });

  it('limits the search to a place the query names and reports it', async () => {
    const result = await services.search({ query: '安庆市 单元长' });
    expect(ordinals(result.hits)[0]).toBe(2);
    expect(result.hits.every((hit) => hit.item.region?.pathCodes.includes('3408'))).toBe(true);
    expect(result.understood.regions.map((region) => region.code)).toEqual(['3408']);
    expect(result.understood.practices).toEqual(['单元长制']);
  });

  it('leaves out items in a place the query negates', async () => {
    const result = await services.search({ query: '安徽省以外的单元长制' });
    expect(result.hits.some((hit) => hit.item.region?.pathCodes[0] === '34')).toBe(false);
    expect(ordinals(result.hits)[0]).toBe(4);
  });

  it('applies a filter given by name and alias', async () => {
    const result = await services.search({ query: '党员', filter: { province: '黑龙江', practice: '积分制管理' } });
    expect(ordinals(result.hits)).toEqual([3]);
    expect(result.total).toBe(1);
  });

  it('counts facets over every match, not only the page', async () => {
    const result = await services.search({ query: '单元长制', mode: 'bm25', first: 1 });
    expect(result.hits).toHaveLength(1);
    expect(result.total).toBe(2);
    expect(result.facets.province).toEqual([{ value: '安徽省', count: 1 }, { value: '甘肃省', count: 1 }]);
    expect(result.facets.practice).toEqual([{ value: '单元长制', count: 2 }, { value: '党员积分管理', count: 1 }]);
    expect(result.facets.year).toEqual([{ value: '2020', count: 1 }, { value: '2021', count: 1 }]);
    expect(result.facets.section).toEqual([{ value: '市内信息', count: 1 }, { value: '市外参考', count: 1 }]);
  });

  it('pages through the matches with cursors, without repeats', async () => {
    const first = await services.search({ query: '社区 党员 单元长', mode: 'bm25', first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await services.search({ query: '社区 党员 单元长', mode: 'bm25', first: 2, after: first.pageInfo.endCursor! });
    const seen = [...ordinals(first.hits), ...ordinals(second.hits)];
    expect(new Set(seen).size).toBe(seen.length);
    expect(first.total).toBe(second.total);
    expect(await errorCode(() => services.search({ query: '社区大党委', after: first.pageInfo.endCursor! }))).toBe('BAD_REQUEST');
  });

  it('marks the matched terms in escaped snippets', async () => {
    const result = await services.search({ query: '党员积分', filter: { county: '嘉荫县' } });
    const snippet = result.hits[0]!.highlights[0]!.snippet;
    expect(snippet).toContain('嘉荫县推行<em>党员积分管理</em>');
    expect(snippet).toContain('&lt;b&gt;150&lt;/b&gt;');
  });

  it('refuses a query over 500 characters and a page over 100 with BAD_REQUEST', async () => {
    expect(await errorCode(() => services.search({ query: '党'.repeat(501) }))).toBe('BAD_REQUEST');
    expect(await errorCode(() => services.search({ query: '党员', first: 101 }))).toBe('BAD_REQUEST');
  });

  it('lists the filtered items for an empty query', async () => {
    const result = await services.search({ query: '', filter: { section: '市外参考' } });
    expect(ordinals(result.hits)).toEqual([3, 4, 5]);
  });
});

describe('adoptions, profiles and comparisons', () => {
  it('lists every region that tried a practice, with the outcomes tied to it first', async () => {
    const result = await services.adoptions('楼栋单元长');
    expect(result.practices.map((practice) => practice.name)).toEqual(['单元长制']);
    expect(result.adoptions.map((adoption) => adoption.region?.name)).toEqual(['太湖县', '城关区']);
    const taihu = result.adoptions[0]!;
    expect(taihu.outcomes.map((outcome) => outcome.value)).toEqual([120, 300]);
    expect(taihu.otherOutcomes.map((outcome) => outcome.value)).toEqual([85]);
    expect([taihu.firstDate, taihu.lastDate]).toEqual(['2020-06-28', '2020-06-28']);
    expect(result.byProvince).toEqual([{ value: '安徽省', count: 1 }, { value: '甘肃省', count: 1 }]);
  });

  it('narrows adoptions by a filter and finds none for unknown text', async () => {
    const result = await services.adoptions('单元长制', { province: '甘肃省' });
    expect(result.adoptions.map((adoption) => adoption.region?.code)).toEqual(['620102']);
    expect((await services.adoptions('   ')).adoptions).toEqual([]);
  });

  it('gives a practice with the practices found beside it', async () => {
    const practice = await services.practice('积分制管理');
    expect(practice).toMatchObject({ name: '党员积分管理', itemCount: 2, related: [{ name: '单元长制', count: 1 }] });
    expect(await services.practice('无此做法')).toBeNull();
  });

  it('filters the practice list by category and text', async () => {
    expect((await services.practices({ category: '基层治理' })).nodes.map((practice) => practice.name)).toEqual(['单元长制']);
    expect((await services.practices({ query: '大党委' })).nodes.map((practice) => practice.name)).toEqual(['社区大党委']);
  });

  it('profiles a region by name or code with its practices and outcomes', async () => {
    const byName = await services.region('太湖县');
    expect(byName?.region.code).toBe('340825');
    expect(byName?.practices).toEqual([{ practice: '党员积分管理', count: 1 }, { practice: '单元长制', count: 1 }]);
    expect(byName?.outcomes).toHaveLength(3);
    expect((await services.region('3408'))?.items.map((item) => item.ordinal)).toEqual([1, 2]);
    expect(await services.region('不存在县')).toBeNull();
  });

  it('compares regions side by side, practice by practice', async () => {
    const comparison = await services.compareRegions(['太湖县', '620102'], '单元长制');
    expect(comparison.rows).toHaveLength(1);
    expect(comparison.rows[0]!.cells.map((cell) => [cell.region.name, cell.outcomes[0]?.value])).toEqual([['太湖县', 120], ['城关区', 800]]);
    const all = await services.compareRegions(['望江县', '太湖县']);
    // Nothing shared: 望江县's own practice, then 太湖县's own.
    expect(all.rows.map((row) => row.practice)).toEqual(['社区大党委', '单元长制', '党员积分管理']);
  });

  it('reads documents, items, stats and readiness', async () => {
    const doc = await services.document(DOCUMENT_ID);
    expect(doc?.items.map((item) => item.ordinal)).toEqual([1, 2, 3, 4, 5]);
    expect((await services.documents({ province: '西藏自治区' }, 10, 0)).total).toBe(1);
    expect((await services.documents({ city: '安庆市', yearFrom: 2021 }, 10, 0)).total).toBe(0);
    expect((await services.items([`${DOCUMENT_ID}:3`])).map((item) => item.ordinal)).toEqual([3]);
    expect((await services.stats()).items).toBe(5);
    expect(await services.ready()).toEqual({ store: true, model: true });
  });
});
