/**
 * The one place that chooses a GraphStore adapter, by the form of its location:
 * a file path (optionally `file:` or `sqlite:`) → embedded SQLite; `neo4j://`, `neo4j+s://`,
 * `bolt://` → Neo4j. Anything else fails with the list of valid forms.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createError, wrapError } from '../errors/catalogue.ts';
import { createNeo4jGraphStore } from './neo4j/index.ts';
import { createSqliteGraphStore } from './sqlite/index.ts';
import type { GraphStore } from './store.ts';

/** Settings only the Neo4j adapter uses; a file store ignores them. */
export interface OpenGraphStoreOptions {
  user?: string;
  password?: string;
  /** Database name; the server's default database when absent. */
  database?: string;
  /** Dimension of the passage vectors (512 for bge-small-zh), for the vector index. */
  dimensions?: number;
}

export const neo4jSchemes = ['neo4j:', 'neo4j+s:', 'neo4j+ssc:', 'bolt:', 'bolt+s:', 'bolt+ssc:'];

export type StoreKind = { kind: 'sqlite'; file: string } | { kind: 'neo4j'; uri: string } | { kind: 'unknown' };

/** Classifies a location without opening anything. */
export function classifyLocation(location: string): StoreKind {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(location)?.[1]?.toLowerCase();
  // One letter before the colon is a Windows drive (C:\data\atlas.db), not a scheme.
  if (scheme === undefined || scheme.length === 1) return { kind: 'sqlite', file: location };
  if (scheme === 'file' && location.startsWith('file:///')) return { kind: 'sqlite', file: fileURLToPath(location) };
  // file:data/atlas.db, sqlite:data/atlas.db, sqlite://data/atlas.db, sqlite:///srv/atlas.db
  if (scheme === 'file' || scheme === 'sqlite') return { kind: 'sqlite', file: location.slice(scheme.length + 1).replace(/^\/\//, '') };
  if (neo4jSchemes.includes(`${scheme}:`)) return { kind: 'neo4j', uri: location };
  return { kind: 'unknown' };
}

/** Opens the store at `location` and makes sure its schema exists. */
export async function openGraphStore(location: string, options: OpenGraphStoreOptions = {}): Promise<GraphStore> {
  const target = classifyLocation(location);
  let store: GraphStore;
  switch (target.kind) {
    case 'sqlite':
      if (target.file === '') throw createError('STORE_UNKNOWN_SCHEME', location);
      if (target.file !== ':memory:') createParentFolder(target.file);
      store = createSqliteGraphStore(target.file);
      break;
    case 'neo4j':
      // An empty password (the config default) means "no auth", as the dev launcher runs.
      store = await createNeo4jGraphStore(target.uri, { ...options, password: options.password || undefined });
      break;
    case 'unknown':
      throw createError('STORE_UNKNOWN_SCHEME', redactCredentials(location));
  }
  try {
    await store.init();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/** Drops user:password@ from a URI so errors and logs never show credentials. */
export function redactCredentials(location: string): string {
  return location.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1');
}

function createParentFolder(file: string): void {
  const folder = path.dirname(path.resolve(file));
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw wrapError('STORE_UNAVAILABLE', error, `${file}: cannot create folder ${folder}`);
  }
}
