/**
 * The stored copies of the places recent batches touched, decoded (names shared, sketches packed)
 * and kept in memory, so the next batch at a place compares against memory instead of reading the
 * place again (docs/decisions/0010-reprint-candidates.md, "Schema 6 kept in memory"). A place is
 * kept whole — every copy, whatever it names — so any batch's new copies can be checked against it
 * by the rule itself. Each adapter decides when its cache no longer matches the store and drops it
 * (SQLite: PRAGMA data_version; Neo4j: a write counter, reprint-version in its adapter).
 */
import type { NewCopy, StoredCopy } from './groups.ts';

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

/** One stored copy as a store reads it: names decoded or as JSON, hashes as bytes or numbers. */
export interface CopyRow {
  placeKey: string;
  itemId: string;
  documentId: string;
  date: string | null;
  practices: string | readonly string[];
  shingles: number;
  hashes: Uint8Array | readonly number[];
}

export class PlaceCopyCache {
  /** Place key → its stored copies; Map order is use order, least recent first. */
  private readonly places = new Map<string, CachedCopy[]>();
  /** Estimated bytes of the copies kept (copyBytes). */
  private bytes = 0;
  /** The name lists read, shared by the copies naming the same ones (a few hundred lists, not one per copy). */
  private readonly nameLists = new Map<string, string[]>();

  constructor(private readonly budgetBytes = MAX_CACHED_BYTES) {}

  /**
   * Every stored copy of these places but the batch's own (`skip`), from memory where the place is
   * kept, else through `read` (called once, with all missing places) and kept.
   */
  copiesAt(placeKeys: Iterable<string>, skip: ReadonlySet<string>, read: (missing: string[]) => Iterable<CopyRow>): Map<string, CachedCopy[]> {
    const found = new Map<string, CachedCopy[]>();
    const missing: string[] = [];
    for (const key of placeKeys) {
      const copies = this.places.get(key);
      if (copies === undefined) {
        missing.push(key);
        continue;
      }
      this.places.delete(key);
      this.places.set(key, copies);
      found.set(key, copies);
    }
    if (missing.length === 0) return found;
    for (const key of missing) {
      found.set(key, []);
      this.places.set(key, found.get(key)!);
    }
    // Strings repeat across a place's rows (~10 items a document, a few hundred dates): one of each.
    const strings = new Map<string, string>();
    const shared = (value: string) => strings.get(value) ?? (strings.set(value, value), value);
    const packing = new Map<string, SketchPacking>();
    for (const row of read(missing)) {
      if (skip.has(row.itemId)) continue;
      const copy: CachedCopy = {
        itemId: row.itemId, documentId: shared(row.documentId), date: row.date === null ? null : shared(row.date),
        practices: this.nameList(row.practices), sketch: { shingles: row.shingles, hashes: EMPTY_HASHES },
      };
      found.get(row.placeKey)!.push(copy);
      let place = packing.get(row.placeKey);
      if (place === undefined) packing.set(row.placeKey, (place = new SketchPacking()));
      place.add(copy, row.hashes);
    }
    for (const [key, place] of packing) {
      place.finish();
      for (const copy of found.get(key)!) this.bytes += copyBytes(copy);
    }
    this.evict();
    return found;
  }

  /** Whether the place is kept (its copies would come from memory). */
  has(placeKey: string): boolean {
    return this.places.has(placeKey);
  }

  /** The batch's new copies, once written and linked, join the places kept (others are read when next asked). */
  remember(copies: readonly NewCopy[]): void {
    for (const { placeKey, itemId, documentId, date, practices, sketch } of copies) {
      const list = this.places.get(placeKey);
      if (list === undefined) continue;
      list.push({ itemId, documentId, date, practices, sketch });
      this.bytes += copyBytes({ sketch });
    }
    this.evict();
  }

  private nameList(names: string | readonly string[]): string[] {
    const key = typeof names === 'string' ? names : JSON.stringify(names);
    let list = this.nameLists.get(key);
    if (list === undefined) {
      list = typeof names === 'string' ? (JSON.parse(names) as string[]) : [...names];
      this.nameLists.set(key, list);
    }
    return list;
  }

  private evict(): void {
    for (const [key, copies] of this.places) {
      if (this.bytes <= this.budgetBytes) return;
      this.places.delete(key);
      for (const copy of copies) this.bytes -= copyBytes(copy);
    }
  }
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

  add(copy: CachedCopy, hashes: Uint8Array | readonly number[]): void {
    const length = hashes instanceof Uint8Array ? hashes.byteLength / 4 : hashes.length;
    if (this.used + length > this.words.length) {
      const grown = new Uint32Array(Math.max(this.words.length * 2, this.used + length));
      grown.set(this.words.subarray(0, this.used));
      this.words = grown;
    }
    if (hashes instanceof Uint8Array) new Uint8Array(this.words.buffer, this.used * 4, hashes.byteLength).set(hashes);
    else this.words.set(hashes, this.used);
    this.spans.push({ copy, start: this.used, length });
    this.used += length;
  }

  /** Points every copy at its hashes in a buffer of the exact size. */
  finish(): void {
    const packed = this.words.slice(0, this.used);
    for (const { copy, start, length } of this.spans) copy.sketch.hashes = packed.subarray(start, start + length);
  }
}
