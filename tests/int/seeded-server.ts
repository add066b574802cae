/**
 * Test support for the hardening, injection and load suites: a store holding the seeds (ingested
 * with the real model) served over real HTTP on 127.0.0.1 port 0, torn down in one call.
 */
import { pino } from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../../config/env.ts';
import { createApiRuntime } from '../../api/runtime.ts';
import { createServer } from '../../api/server.ts';
import type { ServerOptions } from '../../api/server.ts';
import type { GraphStore } from '../../graph/store.ts';
import { createCachedEmbedder, createTransformersEmbedder } from '../../language/embed/index.ts';
import { loadTaxonomy } from '../../language/knowledge/taxonomy.ts';
import { ingestPaths } from '../../ingest/pipeline.ts';
import { createTextStages } from '../../ingest/stages.ts';
import type { Embedder } from '../../language/types.ts';
import { seedsDir } from '../acceptance/gold.ts';
import { startServer } from '../unit/api/server/http.ts';
import type { RunningServer } from '../unit/api/server/http.ts';
import { silentProgress } from '../../ingest/progress.ts';

export const ADMIN_TOKEN = 'hardening-admin-token';

/** The real bge-small-zh model for one test file: loaded before its tests, closed after them. */
export function useRealModel(): { readonly current: Embedder } {
  const holder: { current?: Embedder } = {};
  beforeAll(async () => {
    holder.current = await createTransformersEmbedder({ modelDir: loadConfig().ATLAS_MODEL_DIR });
  }, 120_000);
  afterAll(async () => {
    await holder.current?.close?.();
  });
  return {
    get current(): Embedder {
      if (!holder.current) throw new Error('the model is loaded in beforeAll; use it inside tests and hooks');
      return holder.current;
    },
  };
}

/** Loads the taxonomy and the seeds into the store; returns the ids of the seed documents. */
export async function ingestSeeds(store: GraphStore, model: Embedder): Promise<string[]> {
  await store.upsertTaxonomy(loadTaxonomy());
  const summary = await ingestPaths([seedsDir], {
    stages: createTextStages(), embedder: createCachedEmbedder(model, store), store, progress: silentProgress,
  });
  if (summary.failed.length > 0) throw new Error(`seed ingestion failed: ${JSON.stringify(summary.failed)}`);
  return (await store.listDocuments({ first: 100, offset: 0 })).nodes.map((doc) => doc.id);
}

/** Serves the store with the real runtime; `overrides` sets limits such as the rate limit. */
export function serveStore(store: GraphStore, model: Embedder, overrides: Partial<ServerOptions> = {}): Promise<RunningServer> {
  const runtime = createApiRuntime({ store, model });
  return startServer(createServer({
    services: runtime.services, ingest: runtime.ingest, deleteDocument: runtime.deleteDocument,
    adminToken: ADMIN_TOKEN, logger: pino({ level: 'silent' }), production: true, ...overrides,
  }));
}
