/**
 * `atlas serve`: opens the store and the model, loads the sample bulletins into an empty store,
 * and serves GraphQL at /graphql (plus /healthz, /readyz and the built UI) until SIGINT/SIGTERM.
 */
import type { Server } from 'node:http';
import path from 'node:path';
import v8 from 'node:v8';
import type { Command } from 'commander';
import { pino } from 'pino';
import type { Logger } from 'pino';
import { createApiRuntime } from '../api/runtime.ts';
import { createServer } from '../api/server.ts';
import { loadConfig, paths } from '../config/env.ts';
import { ensureWebBuilt } from './web-build.ts';
import { createError } from '../errors/catalogue.ts';
import { openGraphStore } from '../graph/open.ts';
import type { GraphStore } from '../graph/store.ts';
import { createTransformersEmbedder } from '../language/embed/index.ts';
import { createIngester } from '../ingest/ingester.ts';
import type { Ingester } from '../ingest/ingester.ts';
import { loadTaxonomy } from '../language/knowledge/taxonomy.ts';
import { silentProgress } from '../ingest/progress.ts';

export interface ServeOptions {
  store: string;
  /** Neo4j login; ignored by the embedded store. */
  storeUser?: string;
  storePassword?: string;
  port: number;
  /** Interface to bind; all interfaces by default (the container publishes the port). */
  host?: string;
  modelDir: string;
  batchSize: number;
  adminToken: string;
  production: boolean;
  /** Browser origins allowed cross-origin; empty = same origin only. */
  corsOrigins?: readonly string[];
  /** GraphQL requests per client IP per minute; 0 = no limit. */
  rateLimitPerMinute?: number;
  trustProxy?: string;
  /** Folder ingested when the store holds no document yet; null to start empty. */
  samplesDir: string | null;
  logger?: Logger;
}

export interface RunningAtlasServer {
  url: string;
  close(): Promise<void>;
}

export const defaultSamplesDir = path.join(paths.projectRoot, 'samples');
const webDist = path.join(paths.projectRoot, 'web', 'dist');

export async function runServe(options: ServeOptions): Promise<RunningAtlasServer> {
  const logger = options.logger ?? pino({ name: 'atlas' });
  const model = await createTransformersEmbedder({ modelDir: options.modelDir, batchSize: options.batchSize });
  let store: GraphStore | undefined;
  try {
    store = await openGraphStore(options.store, { user: options.storeUser, password: options.storePassword });
    await store.upsertTaxonomy(loadTaxonomy());
    if (options.samplesDir !== null) await loadSamplesIntoEmptyStore(createIngester({ store, model }), store, options.samplesDir, logger);
    await ensureWebBuilt(path.dirname(webDist), logger);
    const warming = performance.now();
    await store.warm();
    logger.info({ ms: Math.round(performance.now() - warming) }, '存储已预热（向量、推广索引）/ store warmed: vectors and adoption index loaded');
    const runtime = createApiRuntime({ store, model });
    const app = createServer({
      services: runtime.services, ingest: runtime.ingest, deleteDocument: runtime.deleteDocument,
      adminToken: options.adminToken, logger, production: options.production, staticDir: webDist,
      corsOrigins: options.corsOrigins, rateLimitPerMinute: options.rateLimitPerMinute, trustProxy: options.trustProxy,
    });
    const server = await listen(app, options.port, options.host);
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : options.port;
    const url = `http://${options.host ?? 'localhost'}:${port}`;
    logger.info({ url, store: store.location, admin: options.adminToken !== '' }, '经验图谱 GraphQL ready at /graphql');
    // In the background: answering now matters more than the first suggestion by meaning.
    runtime.services.prepare?.().catch((error: unknown) => logger.warn({ error: String(error) }, '做法描述向量预计算失败 / practice description vectors not prepared'));
    const openStore = store;
    return {
      url,
      async close() {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await openStore.close();
        await model.close?.();
      },
    };
  } catch (error) {
    await store?.close();
    await model.close?.();
    throw error;
  }
}

async function loadSamplesIntoEmptyStore(ingester: Ingester, store: GraphStore, samplesDir: string, logger: Logger): Promise<void> {
  if ((await store.stats()).documents > 0) return;
  const summary = await ingester.ingestPaths([samplesDir], { progress: silentProgress });
  logger.info({ samplesDir, documents: summary.documents, items: summary.items, failed: summary.failed }, 'empty store: loaded the sample bulletins');
}

function listen(app: ReturnType<typeof createServer>, port: number, host: string | undefined): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = host === undefined ? app.listen(port) : app.listen(port, host);
    server.once('listening', () => resolve(server));
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? createError('CONFIG_INVALID', `port ${port} is already in use`) : error);
    });
  });
}

/**
 * A long-lived server's garbage is collected before the heap grows this much past its live size
 * (V8 reads the flag at every collection, so setting it at start is enough); 0 keeps V8's default.
 */
function limitHeapGrowth(percent: number): void {
  if (percent > 0) v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}

/** Adds `atlas serve` to the CLI; cli/atlas.ts calls this once. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('启动 GraphQL 服务（/graphql）/ serve the GraphQL API')
    .option('--port <port>', '端口 / port (默认 PORT 或 4000)')
    .option('--host <host>', '监听地址 / interface to bind (默认全部 / all)')
    .option('--store <location>', '图存储位置：SQLite 文件路径或 neo4j://…（默认 ATLAS_STORE 或 data/atlas.db）')
    .option('--no-samples', '存储为空时不导入示例 / do not load samples/ into an empty store')
    .action(async (flags: { port?: string; host?: string; store?: string; samples: boolean }) => {
      const config = loadConfig(flags.port === undefined ? process.env : { ...process.env, PORT: flags.port });
      limitHeapGrowth(config.ATLAS_HEAP_GROWTH_PERCENT);
      const server = await runServe({
        store: flags.store ?? config.ATLAS_STORE,
        storeUser: config.NEO4J_USER,
        storePassword: config.NEO4J_PASSWORD,
        port: config.PORT,
        host: flags.host,
        modelDir: config.ATLAS_MODEL_DIR,
        batchSize: config.ATLAS_EMBED_BATCH,
        adminToken: config.ATLAS_ADMIN_TOKEN,
        production: config.NODE_ENV === 'production',
        corsOrigins: config.ATLAS_CORS_ORIGINS,
        rateLimitPerMinute: config.ATLAS_RATE_LIMIT_PER_MINUTE,
        trustProxy: config.ATLAS_TRUST_PROXY,
        samplesDir: flags.samples ? defaultSamplesDir : null,
      });
      const stop = (): void => {
        void server.close().finally(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
