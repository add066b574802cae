/**
 * Integration: the services over the seeds, ingested with the real bge-small-zh model into a
 * temporary SQLite store — the product's core answer (who tried 单元长制, with what results),
 * filtered search, facets and pages.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAtlasServices } from '../../api/services/index.ts';
import type { AtlasServices } from '../../api/services/types.ts';
import { loadConfig } from '../../config/env.ts';
import { openGraphStore } from '../../graph/open.ts';
import type { GraphStore } from '../../graph/store.ts';
import { createTransformersEmbedder } from '../../language/embed/index.ts';
import { createRegionResolver } from '../../language/extract/regions/index.ts';
import { loadTaxonomy } from '../../language/knowledge/taxonomy.ts';
import { createTextStages } from '../../ingest/stages.ts';
import type { Embedder } from '../../language/types.ts';
import { ingestSeeds } from '../../scripts/eval.ts';

let dir: string;
let store: GraphStore;
let model: Embedder;
let services: AtlasServices;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'atlas-search-int-'));
  model = await createTransformersEmbedder({ modelDir: loadConfig().ATLAS_MODEL_DIR });
  store = await openGraphStore(path.join(dir, 'atlas.db'));
  await ingestSeeds(store, model);
  services = createAtlasServices({ store, embedder: model, segmenter: createTextStages().segmenter, regions: createRegionResolver(), taxonomy: loadTaxonomy() });
}, 600_000);

afterAll(async () => {
  await store?.close();
  await model?.close?.();
  rmSync(dir, { recursive: true, force: true });
});

describe('adoptions over the seeds', () => {
  it('answers who tried 单元长制: 迎江区, with the outcomes of the practice apart from its other data', async () => {
    const result = await services.adoptions('单元长制');
    expect(result.practices.map((practice) => practice.name)).toEqual(['单元长制']);
    const yingjiang = result.adoptions.find((adoption) => adoption.region?.name === '迎江区');
    expect(yingjiang?.region?.path).toEqual(['安徽省', '安庆市', '迎江区']);
    expect(yingjiang?.items).toHaveLength(1);
    expect(yingjiang?.outcomes.length).toBeGreaterThan(0);
    expect(yingjiang?.outcomes.every((outcome) => outcome.practice === '单元长制')).toBe(true);
    // 168 → 293 网格党支部 is about the grid branches: other data, not 单元长制's.
    expect(yingjiang?.otherOutcomes.map((outcome) => outcome.value)).toContain(293);
    expect(yingjiang?.firstDate).toBe(yingjiang?.lastDate);
    expect(result.byProvince[0]).toMatchObject({ value: '安徽省' });
  });

  it('resolves a paraphrase to a practice by meaning', async () => {
    const result = await services.adoptions('楼道里的党员带头人');
    expect(result.practices.map((practice) => practice.name)).toContain('单元长制');
    expect(result.adoptions.map((adoption) => adoption.region?.name)).toContain('迎江区');
  });
});

describe('search over the seeds', () => {
  it('finds nothing for a query nothing answers, in every mode, and says so in the total', async () => {
    for (const query of ['量子计算机', '红烧肉的做法', '。。。！']) {
      for (const mode of ['hybrid', 'bm25', 'vector'] as const) {
        const result = await services.search({ query, mode });
        expect({ query, mode, total: result.total, hits: result.hits.length }).toEqual({ query, mode, total: 0, hits: 0 });
      }
    }
    expect((await services.search({ query: '单元长制' })).total).toBeGreaterThan(0);
  });

  it('keeps a filtered search inside the filter', async () => {
    const result = await services.search({ query: '社区党建经验', filter: { province: '黑龙江省' } });
    expect(result.total).toBeGreaterThan(0);
    expect(result.hits.every((hit) => hit.item.region?.path[0] === '黑龙江省')).toBe(true);
  });

  it('turns 安庆市 in the query into a filter and counts facets over the matches', async () => {
    const result = await services.search({ query: '安庆市各县区的基层党建做法', first: 2 });
    expect(result.understood.regions.map((region) => region.name)).toEqual(['安庆市']);
    expect(result.hits).toHaveLength(2);
    expect(result.facets.city).toEqual([{ value: '安庆市', count: result.total }]);
    expect(result.facets.province).toEqual([{ value: '安徽省', count: result.total }]);
    expect(result.facets.section.reduce((sum, bucket) => sum + bucket.count, 0)).toBeLessThanOrEqual(result.total);
  });

  it('pages through the results without repeats and with the same total', async () => {
    const first = await services.search({ query: '基层党建', first: 5 });
    const second = await services.search({ query: '基层党建', first: 5, after: first.pageInfo.endCursor! });
    const ids = [...first.hits, ...second.hits].map((hit) => hit.item.id);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(second.total).toBe(first.total);
  });

  it('ranks the 单元长 item first for a paraphrase and marks the terms', async () => {
    const result = await services.search({ query: '单元长制度', first: 3 });
    expect(result.hits[0]?.item.title).toContain('单元长');
    expect(result.hits[0]?.highlights[0]?.snippet).toMatch(/<em>单元长/);
  });
});
