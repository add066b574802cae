/**
 * Integration: the seeds through the whole pipeline into a real SQLite store with the real
 * bge-small-zh model, then re-ingested (nothing changes) and read back.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/env.ts';
import { openGraphStore } from '../../graph/open.ts';
import type { GraphStore } from '../../graph/store.ts';
import { createCachedEmbedder, createTransformersEmbedder, queryText } from '../../language/embed/index.ts';
import type { PassageEmbedder } from '../../language/embed/index.ts';
import { loadTaxonomy } from '../../language/knowledge/taxonomy.ts';
import { ingestPaths } from '../../ingest/pipeline.ts';
import type { IngestSummary } from '../../ingest/pipeline.ts';
import { createTextStages } from '../../ingest/stages.ts';
import type { Embedder } from '../../language/types.ts';
import { seedsDir } from '../acceptance/gold.ts';
import { silentProgress } from '../../ingest/progress.ts';

let dir: string;
let store: GraphStore;
let model: Embedder;
let embedder: PassageEmbedder;
let first: IngestSummary;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'atlas-int-'));
  model = await createTransformersEmbedder({ modelDir: loadConfig().ATLAS_MODEL_DIR });
  store = await openGraphStore(path.join(dir, 'atlas.db'));
  await store.upsertTaxonomy(loadTaxonomy());
  embedder = createCachedEmbedder(model, store);
  first = await ingestPaths([seedsDir], { stages: createTextStages(), embedder, store, progress: silentProgress });
}, 600_000);

afterAll(async () => {
  await store?.close();
  await model?.close?.();
  rmSync(dir, { recursive: true, force: true });
});

describe('ingesting the seeds with the real model', () => {
  it('stores every document and item with 512-d passage vectors', async () => {
    expect(first.failed).toEqual([]);
    expect(first.documents.created).toBe(5);
    const stats = await store.stats();
    expect(stats).toMatchObject({ documents: 5, items: 19 });
    expect(stats.passages).toBeGreaterThanOrEqual(19);
    expect(stats.outcomes).toBeGreaterThan(100);
    expect(stats.candidatePractices).toBeGreaterThan(0);
    expect((await store.check()).ok).toBe(true);
  });

  it('changes nothing when the same files are ingested again', async () => {
    const before = await store.stats();
    const again = await ingestPaths([seedsDir], { stages: createTextStages(), embedder, store, progress: silentProgress });
    expect(again.documents).toEqual({ created: 0, replaced: 0, unchanged: 5 });
    expect(await store.stats()).toEqual(before);
  });

  it('finds the 单元长 item first by meaning alone', async () => {
    const [vector] = await model.embed([queryText('楼道里的党员带头人')]);
    const hits = await store.nearest(vector!, {}, 5);
    const [item] = await store.getItems([hits[0]!.itemId]);
    expect(item?.title).toContain('单元长');
  });

  it('links the 单元长制 practice to 迎江区 with its outcomes', async () => {
    const rows = await store.adoptions(['单元长制'], {});
    expect(rows.map((row) => row.region?.name)).toContain('迎江区');
    const [item] = await store.getItems([rows.find((row) => row.region?.name === '迎江区')!.itemId]);
    expect(item!.outcomes.some((o) => o.value === 293)).toBe(true);
  });
});
