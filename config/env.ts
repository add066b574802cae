/**
 * The one typed, validated configuration. Read once at the edge (CLI, server) and passed on as
 * options; nothing else reads process.env. Invalid values fail fast with CONFIG_INVALID.
 */
import path from 'node:path';
import { z } from 'zod';
import { createError } from '../errors/catalogue.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');

const schema = z.object({
  /** Where the graph lives: a SQLite file path (default) or neo4j://… */
  ATLAS_STORE: z.string().min(1).default(path.join('data', 'atlas.db')),
  /** Folder holding the bge-small-zh-v1.5 model files (onnx/model_quantized.onnx, tokenizer.json…). */
  ATLAS_MODEL_DIR: z.string().min(1).default(path.join(projectRoot, 'models', 'bge-small-zh-v1.5')),
  /** Passages embedded per model call. */
  ATLAS_EMBED_BATCH: z.coerce.number().int().min(1).max(256).default(16),
  /** Neo4j credentials, used only for neo4j:// stores. */
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  /** Admin token for mutations (API); empty disables them. */
  ATLAS_ADMIN_TOKEN: z.string().default(''),
  /** Origins allowed to call the API from a browser, comma-separated (`*` for any); empty = same origin only. */
  ATLAS_CORS_ORIGINS: z.string().default('').transform((value) => value.split(',').map((origin) => origin.trim()).filter((origin) => origin !== '')),
  /** GraphQL requests per minute per client IP (token bucket); 0 turns the limit off. */
  ATLAS_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  /**
   * Behind a load balancer: which proxies to believe about the client's address (express `trust
   * proxy`: a hop count, or names such as `loopback, uniquelocal`); empty = none, the socket's
   * address is the client. Without it every client behind the balancer shares one rate limit.
   */
  ATLAS_TRUST_PROXY: z.string().trim().default(''),
  /**
   * How far `atlas serve` lets the JavaScript heap grow past what the last full collection kept, in
   * percent (V8 --heap-growing-percent); 0 leaves it to V8, which lets a 1 GB heap double between
   * collections. A 1M-item store keeps ~1.1 GB live, and its answers' garbage then took the server to
   * 4.7 GiB; at 20 it stays near 3.4 GiB for a collection every ~15 s under load (bench/notes.md).
   */
  ATLAS_HEAP_GROWTH_PERCENT: z.coerce.number().int().min(0).max(400).default(20),
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type AtlasConfig = z.infer<typeof schema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AtlasConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw createError('CONFIG_INVALID', detail);
  }
  return parsed.data;
}

export const paths = {
  projectRoot,
  knowledge: path.join(projectRoot, 'ingest', 'knowledge'),
} as const;
