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
import { type NewCopy, type StoredCopy } from '../reprints/index.ts';
import type { SqliteContext } from './context.ts';

export type CachedCopy = Omit<StoredCopy, 'reportId'>;

/**
 * Bytes of copies kept at most, least recently used places dropped first. A copy costs its sketch
 * (≤ 512 bytes, held in one buffer per place) and ~300 bytes of objects and strings (measured on
 * the 1M bench file: 970 bytes a copy when each sketch had its own buffer, ~1.4 KB of RSS), so
 * 1 GiB keeps the ~1M copies of a national archive whole: past the budget, places are read back
 * by every batch touching them, which made detection 35 % of a 1M ingest (bench/notes.md).
 */
export const MAX_CACHED_BYTES = 1024 * 1024 * 1024;
/** What a cached copy costs besides its sketch's hashes (objects, ids, the view on its place's buffer). */
export const COPY_OVERHEAD_BYTES = 320;

interface CopyCache {
  /** Place key → its stored copies; Map order is use order, least recent first. */
  places: Map<string, CachedCopy[]>;
  /** Estimated bytes of the copies kept (copyBytes). */
  bytes: number;
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
    cache = { places: new Map(), bytes: 0, nameLists: new Map(), dataVersion };
    caches.set(context, cache);
  }
  return cache;
}

/**
 * Every stored copy of these places but the batch's own (`skip`), from memory where the place is
 * cached, else read (all missing places in one statement) and cached.
 */
export function copiesAt(context: SqliteContext, placeKeys: Iterable<string>, skip: ReadonlySet<string>, budgetBytes = MAX_CACHED_BYTES): Map<string, CachedCopy[]> {
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
  // Strings repeat across a place's rows (~10 items a document, a few hundred dates): one of each.
  const strings = new Map<string, string>();
  const shared = (value: string) => strings.get(value) ?? (strings.set(value, value), value);
  const packing = new Map<string, SketchPacking>();
  for (const row of rows) {
    if (skip.has(row.itemId)) continue;
    const copy: CachedCopy = {
      itemId: row.itemId, documentId: shared(row.documentId), date: row.date === null ? null : shared(row.date),
      practices: nameList(cache, row.practices), sketch: { shingles: row.shingles, hashes: EMPTY_HASHES },
    };
    found.get(row.placeKey)!.push(copy);
    let place = packing.get(row.placeKey);
    if (place === undefined) packing.set(row.placeKey, (place = new SketchPacking()));
    place.add(copy, row.hashes);
  }
  for (const [key, place] of packing) {
    place.finish();
    for (const copy of found.get(key)!) cache.bytes += copyBytes(copy);
  }
  evict(cache, budgetBytes);
  return found;
}

const EMPTY_HASHES = new Uint32Array(0);

/** What the budget counts for a copy: its hashes and the objects around them. */
function copyBytes(copy: Pick<CachedCopy, 'sketch'>): number {
  return copy.sketch.hashes.byteLength + COPY_OVERHEAD_BYTES;
}

/**
 * A place's sketches in one buffer, each copy's hashes a view on it: one allocation per place
 * instead of one per copy (an ArrayBuffer and its backing store cost ~150 bytes besides the data).
 * Rows are copied in as read, so the driver's buffers go at once.
 */
class SketchPacking {
  private words = new Uint32Array(4096);
  private used = 0;
  private readonly spans: { copy: CachedCopy; start: number; length: number }[] = [];

  add(copy: CachedCopy, bytes: Uint8Array): void {
    const length = bytes.byteLength / 4;
    if (this.used + length > this.words.length) {
      const grown = new Uint32Array(Math.max(this.words.length * 2, this.used + length));
      grown.set(this.words.subarray(0, this.used));
      this.words = grown;
    }
    new Uint8Array(this.words.buffer, this.used * 4, bytes.byteLength).set(bytes);
    this.spans.push({ copy, start: this.used, length });
    this.used += length;
  }

  /** Points every copy at its hashes in a buffer of the exact size. */
  finish(): void {
    const packed = this.words.slice(0, this.used);
    for (const { copy, start, length } of this.spans) copy.sketch.hashes = packed.subarray(start, start + length);
  }
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
export function rememberCopies(context: SqliteContext, copies: readonly NewCopy[], budgetBytes = MAX_CACHED_BYTES): void {
  const cache = cacheOf(context);
  for (const { placeKey, itemId, documentId, date, practices, sketch } of copies) {
    const list = cache.places.get(placeKey);
    if (list === undefined) continue;
    list.push({ itemId, documentId, date, practices, sketch });
    cache.bytes += copyBytes({ sketch });
  }
  evict(cache, budgetBytes);
}

/** After any change to item_copies but a batch's new copies (or a batch that failed): read afresh. */
export function forgetCopies(context: SqliteContext): void {
  caches.delete(context);
}

function evict(cache: CopyCache, budgetBytes: number): void {
  for (const [key, copies] of cache.places) {
    if (cache.bytes <= budgetBytes) return;
    cache.places.delete(key);
    for (const copy of copies) cache.bytes -= copyBytes(copy);
  }
}
