/**
 * Test support for the hardening, injection and load suites: a store holding the seeds (ingested
 * with the real model) served over real HTTP on 127.0.0.1 port 0, torn down in one call.
 */
import { pino } from 'pino';
import { createApiRuntime } from '../../api/runtime.ts';
import { createServer } from '../../api/server.ts';
import type { ServerOptions } from '../../api/server.ts';
import type { GraphStore } from '../../graph/store.ts';
import { createCachedEmbedder } from '../../ingest/embed/index.ts';
import { loadTaxonomy } from '../../ingest/knowledge/taxonomy.ts';
import { ingestPaths } from '../../ingest/pipeline.ts';
import { createTextStages } from '../../ingest/stages.ts';
import type { Embedder } from '../../ingest/types.ts';
import { seedsDir } from '../acceptance/gold.ts';
import { startServer } from '../unit/api-server/http.ts';
import type { RunningServer } from '../unit/api-server/http.ts';

export const ADMIN_TOKEN = 'hardening-admin-token';

/** Loads the taxonomy and the seeds into the store; returns the ids of the seed documents. */
export async function ingestSeeds(store: GraphStore, model: Embedder): Promise<string[]> {
  await store.upsertTaxonomy(loadTaxonomy());
  const summary = await ingestPaths([seedsDir], {
    stages: createTextStages(), embedder: createCachedEmbedder(model, store), store, progress: () => ({ advance() {}, done() {} }),
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
