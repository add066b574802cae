/**
 * The item_copies rows of the places recent batches touched, kept per connection in a
 * PlaceCopyCache (graph/reprints/copy-cache.ts), so the next batch at a place compares against
 * memory instead of reading and decoding its range again.
 *
 * Kept equal to the table by its one writer: the batch write adds its new copies after linking
 * them (rememberCopies). Every other change drops it all (forgetCopies): a replaced or deleted
 * document, curation adding a name, a batch rolled back; another connection's commit is seen by
 * `PRAGMA data_version`.
 */
import { MAX_CACHED_BYTES, PlaceCopyCache, type CachedCopy, type CopyRow } from '../reprints/copy-cache.ts';
import type { NewCopy } from '../reprints/index.ts';
import type { SqliteContext } from './context.ts';

export { COPY_OVERHEAD_BYTES, type CachedCopy } from '../reprints/copy-cache.ts';

interface ConnectionCache {
  copies: PlaceCopyCache;
  budgetBytes: number;
  dataVersion: number;
}

const caches = new WeakMap<SqliteContext, ConnectionCache>();

function cacheOf(context: SqliteContext, budgetBytes: number): PlaceCopyCache {
  // Moves only when another connection commits: then anything of this file may have changed.
  const dataVersion = Number(context.prepare<{ data_version: number }>('PRAGMA data_version').get()!.data_version);
  let cache = caches.get(context);
  if (cache === undefined || cache.dataVersion !== dataVersion || cache.budgetBytes !== budgetBytes) {
    cache = { copies: new PlaceCopyCache(budgetBytes), budgetBytes, dataVersion };
    caches.set(context, cache);
  }
  return cache.copies;
}

/**
 * Every stored copy of these places but the batch's own (`skip`), from memory where the place is
 * cached, else read (all missing places in one statement) and cached.
 */
export function copiesAt(context: SqliteContext, placeKeys: Iterable<string>, skip: ReadonlySet<string>, budgetBytes = MAX_CACHED_BYTES): Map<string, CachedCopy[]> {
  return cacheOf(context, budgetBytes).copiesAt(placeKeys, skip, (missing) =>
    context
      .prepare<CopyRow & { practices: string; hashes: Uint8Array }>(
        `SELECT c.place_key AS placeKey, c.item_id AS itemId, c.document_id AS documentId, c.date AS date, c.practices AS practices,
                c.shingles AS shingles, c.hashes AS hashes
         FROM json_each(?) p JOIN item_copies c ON c.place_key = p.value`,
      )
      .iterate(JSON.stringify(missing)),
  );
}

/** The batch's new copies, once written and linked, join the places cached (others are read when next asked). */
export function rememberCopies(context: SqliteContext, copies: readonly NewCopy[], budgetBytes = MAX_CACHED_BYTES): void {
  cacheOf(context, budgetBytes).remember(copies);
}

/** After any change to item_copies but a batch's new copies (or a batch that failed): read afresh. */
export function forgetCopies(context: SqliteContext): void {
  caches.delete(context);
}
