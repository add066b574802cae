/**
 * Reprint candidates kept in memory per connection (graph/reprints/copy-cache.ts), as the SQLite
 * adapter keeps them: without it every batch read every stored copy of its places with their
 * names and sketches, which grows with the store — at 300k items that read was 38 % of a straight
 * ingest's wall time and the load rate fell from 154 to 88 items/s (bench/notes.md, twelfth session).
 *
 * Neo4j may be shared by several processes, so the cache is checked against one counter node,
 * (:ReprintVersion), which every transaction that links copies or changes what copies there are
 * bumps (bumpReprintVersion). A batch that finds the counter one past the value its cache was
 * last kept at is the only writer since, and uses the cache; otherwise it starts afresh. A
 * transaction rolled back takes its bump with it, so the next batch finds the same number again
 * and starts afresh too. The node's epoch changes when the store is emptied.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { PlaceCopyCache, type CachedCopy, type CopyRow } from '../reprints/copy-cache.ts';
import type { NewCopy } from '../reprints/index.ts';
import type { Neo4jContext } from './context.ts';
import * as cypher from './reprints-cypher.ts';

interface Version {
  epoch: string;
  writes: number;
}

interface ConnectionCache {
  copies: PlaceCopyCache;
  /** The counter as this connection's last linking transaction left it; null: never kept. */
  keptAt: Version | null;
}

const caches = new WeakMap<Neo4jContext, ConnectionCache>();

/** Marks a change to the stored copies for every connection's cache (write lock on one node until commit). */
export async function bumpReprintVersion(tx: ManagedTransaction): Promise<Version> {
  const record = (await tx.run(cypher.bumpReprintVersion)).records[0]!;
  return { epoch: record.get('epoch') as string, writes: Number(record.get('writes')) };
}

/**
 * The candidates of a linking transaction: bumps the counter, then gives the stored copies of the
 * places from memory where still valid, reading the rest; `keep` records the batch's new copies
 * once linked (call it last in the transaction).
 */
export async function copiesForLinking(
  context: Neo4jContext,
  tx: ManagedTransaction,
  placeKeys: string[],
  skip: ReadonlySet<string>,
): Promise<{ candidates: Map<string, CachedCopy[]>; keep: (copies: readonly NewCopy[]) => void }> {
  const version = await bumpReprintVersion(tx);
  let cache = caches.get(context);
  const previous = cache?.keptAt;
  if (cache === undefined || previous == null || previous.epoch !== version.epoch || previous.writes !== version.writes - 1) {
    cache = { copies: new PlaceCopyCache(), keptAt: null };
    caches.set(context, cache);
  }
  const copies = cache.copies;
  const missing = placeKeys.filter((key) => !copies.has(key));
  const rows = missing.length === 0 ? [] : (await tx.run(cypher.copiesAtPlaces, { placeKeys: missing })).records.map((record) => record.toObject() as unknown as CopyRow);
  const candidates = copies.copiesAt(placeKeys, skip, () => rows);
  const kept = cache;
  return {
    candidates,
    keep(newCopies) {
      kept.copies.remember(newCopies);
      kept.keptAt = version;
    },
  };
}
