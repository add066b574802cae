/**
 * What every module of the adapter shares: the connection, a statement cache and the packed
 * vector cache with its invalidation.
 */
import type Database from 'better-sqlite3';
import { packVectors, type PackedVectors, type StoredVectorRow } from './vectors.ts';

export interface SqliteContext {
  readonly db: Database.Database;
  readonly location: string;
  /** A prepared statement, compiled once per connection. */
  prepare<Row = unknown>(sql: string): Database.Statement<unknown[], Row>;
  /** Packed vectors of this dimension, rebuilt only after a write (ours or another connection's). */
  packedVectors(dimensions: number): PackedVectors;
  /** Call after any change to passages. */
  invalidateVectors(): void;
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

  function packedVectors(dimensions: number): PackedVectors {
    const dataVersion = Number(db.pragma('data_version', { simple: true }));
    if (dataVersion !== seenDataVersion) {
      packed.clear();
      seenDataVersion = dataVersion;
    }
    let vectors = packed.get(dimensions);
    if (vectors === undefined) {
      const rows = prepare<StoredVectorRow>('SELECT item_id, idx, embedding FROM passages ORDER BY id').iterate();
      vectors = packVectors(rows, dimensions);
      packed.set(dimensions, vectors);
    }
    return vectors;
  }

  return {
    db,
    location,
    prepare,
    packedVectors,
    invalidateVectors: () => packed.clear(),
  };
}
