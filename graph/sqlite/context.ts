/**
 * What every module of the adapter shares: the connection, a statement cache and the packed
 * vector cache with its invalidation.
 */
import type Database from 'better-sqlite3';
import type { RegionRef } from '../model.ts';
import { packVectors, type PackedVectors, type StoredVectorRow } from './vectors.ts';

export interface SqliteContext {
  readonly db: Database.Database;
  readonly location: string;
  /** A prepared statement, compiled once per connection. */
  prepare<Row = unknown>(sql: string): Database.Statement<unknown[], Row>;
  /** Packed vectors of this dimension, rebuilt only after a write (ours or another connection's). */
  packedVectors(dimensions: number): PackedVectors;
  /** Drops everything cached from the data; called after every write through this connection. */
  invalidateCaches(): void;
  /** Passages stored, cached until the next write. */
  passageCount(): number;
  /** Regions already read (code → region with its path), kept until the next write. */
  regionCache(): Map<string, RegionRef>;
  /** Passages per FTS term already counted, kept until the next write. */
  termCounts(): Map<string, number>;
  /** `compute()`'s answer under `key`, kept until the next write. */
  memo<T>(key: string, compute: () => T): T;
}

export function createSqliteContext(db: Database.Database, location: string): SqliteContext {
  const statements = new Map<string, Database.Statement<unknown[], unknown>>();
  const packed = new Map<number, PackedVectors>();
  // data_version moves when another connection commits, so their writes invalidate us too.
  let seenDataVersion = -1;

  function prepare<Row>(sql: string): Database.Statement<unknown[], Row> {
    let statement = statements.get(sql);
    if (statement === undefined) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement as Database.Statement<unknown[], Row>;
  }

  let passages: number | undefined;
  const regions = new Map<string, RegionRef>();
  const terms = new Map<string, number>();
  const memos = new Map<string, unknown>();

  function clear(): void {
    packed.clear();
    passages = undefined;
    regions.clear();
    terms.clear();
    memos.clear();
  }

  /** Drops what was cached from the data when another connection has committed since. */
  function checkDataVersion(): void {
    // A prepared statement: db.pragma() compiles one on every call, and this runs several times a query.
    const dataVersion = Number(prepare<{ data_version: number }>('PRAGMA data_version').get()!.data_version);
    if (dataVersion !== seenDataVersion) {
      clear();
      seenDataVersion = dataVersion;
    }
  }

  function passageCount(): number {
    checkDataVersion();
    passages ??= prepare<{ count: number }>('SELECT count(*) AS count FROM passages').get()!.count;
    return passages;
  }

  function packedVectors(dimensions: number): PackedVectors {
    checkDataVersion();
    let vectors = packed.get(dimensions);
    if (vectors === undefined) {
      // Counted first so the rows go straight into one buffer of the right size; both reads sit
      // in one transaction so a write in between cannot change the count under us.
      vectors = db.transaction(() => {
        const { count } = prepare<{ count: number }>('SELECT count(*) AS count FROM passages WHERE length(embedding) = ?').get(dimensions * 4)!;
        const rows = prepare<StoredVectorRow>('SELECT id, item_id, idx, embedding FROM passages ORDER BY id').iterate();
        return packVectors(rows, dimensions, count);
      })();
      packed.set(dimensions, vectors);
    }
    return vectors;
  }

  return {
    db,
    location,
    prepare,
    packedVectors,
    invalidateCaches: clear,
    passageCount,
    regionCache: () => {
      checkDataVersion();
      return regions;
    },
    termCounts: () => {
      checkDataVersion();
      return terms;
    },
    memo<T>(key: string, compute: () => T): T {
      checkDataVersion();
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    },
  };
}
