/**
 * The item_copies rows of the places recent batches touched, decoded (names parsed, sketches as
 * typed arrays) and kept per connection, so the next batch at a place compares against memory
 * instead of reading and decoding its range again (docs/decisions/0010-reprint-candidates.md,
 * "Schema 6 kept in memory"). A place is cached whole — every copy, whatever it names — so any
 * batch's new copies can be checked against it by the rule itself.
 *
 * Kept equal to the table by its one writer: the batch write adds its new copies after linking
 * them (rememberCopies). Every other change drops it all (forgetCopies): a replaced or deleted
 * document, curation adding a name, a batch rolled back; another connection's commit is seen by
 * `PRAGMA data_version`.
 */
import { sketchFromBytes, type NewCopy, type StoredCopy } from '../reprints/index.ts';
import type { SqliteContext } from './context.ts';

export type CachedCopy = Omit<StoredCopy, 'reportId'>;

/**
 * Copies kept at most, least recently used places dropped first: ~1 KB of heap each (measured: the
 * 512-byte sketch and its typed array, ids, date), so ~128 MiB at most; the ~100k copies of a
 * 100k-item store fit whole. A place not kept is read again when next asked.
 */
export const MAX_CACHED_COPIES = 131_072;

interface CopyCache {
  /** Place key → its stored copies; Map order is use order, least recent first. */
  places: Map<string, CachedCopy[]>;
  copies: number;
  /** The name lists read, shared by the copies naming the same ones (a few hundred lists, not one per copy). */
  nameLists: Map<string, string[]>;
  dataVersion: number;
}

interface CopyRow {
  placeKey: string;
  itemId: string;
  documentId: string;
  date: string | null;
  practices: string;
  shingles: number;
  hashes: Uint8Array;
}

const caches = new WeakMap<SqliteContext, CopyCache>();

function cacheOf(context: SqliteContext): CopyCache {
  // Moves only when another connection commits: then anything of this file may have changed.
  const dataVersion = Number(context.prepare<{ data_version: number }>('PRAGMA data_version').get()!.data_version);
  let cache = caches.get(context);
  if (cache === undefined || cache.dataVersion !== dataVersion) {
    cache = { places: new Map(), copies: 0, nameLists: new Map(), dataVersion };
    caches.set(context, cache);
  }
  return cache;
}

/**
 * Every stored copy of these places but the batch's own (`skip`), from memory where the place is
 * cached, else read (all missing places in one statement) and cached.
 */
export function copiesAt(context: SqliteContext, placeKeys: Iterable<string>, skip: ReadonlySet<string>): Map<string, CachedCopy[]> {
  const cache = cacheOf(context);
  const found = new Map<string, CachedCopy[]>();
  const missing: string[] = [];
  for (const key of placeKeys) {
    const copies = cache.places.get(key);
    if (copies === undefined) {
      missing.push(key);
      continue;
    }
    cache.places.delete(key);
    cache.places.set(key, copies);
    found.set(key, copies);
  }
  if (missing.length === 0) return found;
  for (const key of missing) {
    found.set(key, []);
    cache.places.set(key, found.get(key)!);
  }
  const rows = context
    .prepare<CopyRow>(
      `SELECT c.place_key AS placeKey, c.item_id AS itemId, c.document_id AS documentId, c.date AS date, c.practices AS practices,
              c.shingles AS shingles, c.hashes AS hashes
       FROM json_each(?) p JOIN item_copies c ON c.place_key = p.value`,
    )
    .iterate(JSON.stringify(missing));
  for (const row of rows) {
    if (skip.has(row.itemId)) continue;
    found.get(row.placeKey)!.push({
      itemId: row.itemId, documentId: row.documentId, date: row.date, practices: nameList(cache, row.practices), sketch: sketchFromBytes(row.shingles, row.hashes),
    });
    cache.copies += 1;
  }
  evict(cache);
  return found;
}

function nameList(cache: CopyCache, json: string): string[] {
  let names = cache.nameLists.get(json);
  if (names === undefined) {
    names = JSON.parse(json) as string[];
    cache.nameLists.set(json, names);
  }
  return names;
}

/** The batch's new copies, once written and linked, join the places cached (others are read when next asked). */
export function rememberCopies(context: SqliteContext, copies: readonly NewCopy[]): void {
  const cache = cacheOf(context);
  for (const { placeKey, itemId, documentId, date, practices, sketch } of copies) {
    const list = cache.places.get(placeKey);
    if (list === undefined) continue;
    list.push({ itemId, documentId, date, practices, sketch });
    cache.copies += 1;
  }
  evict(cache);
}

/** After any change to item_copies but a batch's new copies (or a batch that failed): read afresh. */
export function forgetCopies(context: SqliteContext): void {
  caches.delete(context);
}

function evict(cache: CopyCache): void {
  for (const [key, copies] of cache.places) {
    if (cache.copies <= MAX_CACHED_COPIES) return;
    cache.places.delete(key);
    cache.copies -= copies.length;
  }
}
