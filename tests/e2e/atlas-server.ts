/**
 * Starts the real API (GraphQL + the built UI from web/dist) on 127.0.0.1 port 0 over a temp
 * SQLite store holding the seeds, ingested with the real embedding model. Used by the browser
 * tests and by `tsx tests/e2e/atlas-server.ts` for looking at the UI by hand.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { createApiRuntime } from '../../api/runtime.ts';
import { createServer } from '../../api/server.ts';
import { loadConfig } from '../../config/env.ts';
import { openGraphStore } from '../../graph/open.ts';
import { createCachedEmbedder, createTransformersEmbedder } from '../../language/embed/index.ts';
import { loadTaxonomy } from '../../language/knowledge/taxonomy.ts';
import { ingestPaths } from '../../ingest/pipeline.ts';
import { createTextStages } from '../../ingest/stages.ts';
import { seedsDir } from '../acceptance/gold.ts';
import { startServer } from '../unit/api/server/http.ts';
import { silentProgress } from '../../ingest/progress.ts';

export const webDist = path.resolve(import.meta.dirname, '../../web/dist');

export interface AtlasTestServer {
  url: string;
  adminToken: string;
  close(): Promise<void>;
}

export async function startAtlasTestServer(adminToken = 'e2e-admin-token'): Promise<AtlasTestServer> {
  const temp = mkdtempSync(path.join(tmpdir(), 'atlas-e2e-'));
  const model = await createTransformersEmbedder({ modelDir: loadConfig().ATLAS_MODEL_DIR });
  const store = await openGraphStore(path.join(temp, 'atlas.db'));
  await store.upsertTaxonomy(loadTaxonomy());
  const stages = createTextStages();
  const summary = await ingestPaths([seedsDir], {
    stages, embedder: createCachedEmbedder(model, store), store, progress: silentProgress,
  });
  if (summary.failed.length > 0) throw new Error(`seeds failed to ingest: ${JSON.stringify(summary.failed)}`);
  const runtime = createApiRuntime({ store, model, stages });
  const server = await startServer(createServer({
    services: runtime.services, ingest: runtime.ingest, deleteDocument: runtime.deleteDocument,
    adminToken, logger: pino({ level: 'silent' }), production: true, staticDir: webDist,
  }));
  return {
    url: server.url,
    adminToken,
    async close() {
      await server.close();
      await store.close();
      await model.close?.();
      rmSync(temp, { recursive: true, force: true });
    },
  };
}

// Run directly: serve until interrupted, printing the address.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const started = Date.now();
  const running = await startAtlasTestServer();
  console.log(`atlas e2e server at ${running.url} (token ${running.adminToken}), ready in ${Date.now() - started} ms`);
  process.on('SIGINT', () => void running.close().then(() => process.exit(0)));
}
