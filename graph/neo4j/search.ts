/**
 * fullText and nearest: ask the index for more passages than wanted, filter by item, and ask for
 * more (×8 each round) while the filter leaves fewer than k and the index still had more to give.
 * A filter that allows few items (a county, a small practice) is resolved to their ids first:
 * the vector answer is then an exact scan over their passages, and the full-text rounds test ids,
 * so a selective filter no longer widens the index query to the whole store (14 s at 100k items).
 * Vectors the index cannot take (another dimension) are answered by an exact scan.
 */
import type { ItemFilter, PassageHit } from '../store.ts';
import { isEmptyFilter } from './filter.ts';
import * as queries from './queries.ts';
import { buildFullTextQuery } from './read.ts';

export type RunQuery = (cypher: string, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

interface IndexHitRow {
  itemId: string | null;
  passageIndex: number;
  passageId: string;
  score: number | null;
}

function rank(rows: IndexHitRow[], k: number): PassageHit[] {
  return rows
    .filter((row): row is IndexHitRow & { itemId: string; score: number } => row.itemId !== null && row.score !== null)
    .sort((a, b) => b.score - a.score || (a.passageId < b.passageId ? -1 : a.passageId > b.passageId ? 1 : 0))
    .slice(0, k)
    .map(({ itemId, passageIndex, score }) => ({ itemId, passageIndex, score }));
}

/** First fetch: plenty for an unfiltered query, a wider net when a filter will drop rows. */
function firstFetch(k: number, filtered: boolean): number {
  return Math.max(filtered ? k * 10 : k * 2, 50);
}

async function overFetch(
  run: RunQuery,
  k: number,
  filtered: boolean,
  build: (fetch: number) => { cypher: string; params: Record<string, unknown> },
  total: () => Promise<number>,
  maxFetch = Number.POSITIVE_INFINITY,
): Promise<PassageHit[]> {
  let fetch = firstFetch(k, filtered);
  for (;;) {
    const { cypher, params } = build(fetch);
    const rows = (await run(cypher, params)) as unknown as IndexHitRow[];
    const hits = rank(rows, k);
    if (hits.length >= k || rows.length < fetch || fetch >= maxFetch) return hits;
    const available = await total();
    if (fetch >= available) return hits;
    fetch = Math.min(fetch * 8, available, maxFetch);
  }
}

/**
 * Passages the full-text index is asked for at most when a filter allows few items. Their own
 * passages that match rank high when they name the query's rarer terms; widening further would
 * walk every passage holding a common term (8 s at 100k items) for matches scoring near zero,
 * and the vector side already scans those items exhaustively.
 */
export const FEW_ITEMS_MAX_FETCH = 10_000;

/** Up to this many allowed items, a filtered search works from their ids. */
export const FEW_ITEMS = 2000;

/** The ids of the items `filter` allows when there are at most FEW_ITEMS; null when more (or no filter). */
async function fewAllowedItems(run: RunQuery, filter: ItemFilter): Promise<string[] | null> {
  if (isEmptyFilter(filter)) return null;
  const { cypher, params } = queries.allowedItemIds(filter, FEW_ITEMS + 1);
  const ids = (await run(cypher, params)).map((row) => row.id as string);
  return ids.length > FEW_ITEMS ? null : ids;
}

export async function fullText(run: RunQuery, tokens: string[], filter: ItemFilter, k: number): Promise<PassageHit[]> {
  const query = buildFullTextQuery(tokens);
  if (query === null || k <= 0) return [];
  const filtered = !isEmptyFilter(filter);
  const few = await fewAllowedItems(run, filter);
  if (few !== null && few.length === 0) return [];
  return overFetch(
    run,
    k,
    filtered,
    (fetch) => (few === null ? queries.fullTextSearch(filter, query, fetch) : queries.fullTextSearchAmong(few, query, fetch)),
    () => countPassages(run),
    few === null ? undefined : FEW_ITEMS_MAX_FETCH,
  );
}

export async function nearest(run: RunQuery, vector: Float32Array, filter: ItemFilter, k: number, dimensions: number): Promise<PassageHit[]> {
  if (k <= 0 || vector.length === 0) return [];
  const values = Array.from(vector);
  if (vector.length !== dimensions) return exact(run, filter, values, k);
  const filtered = !isEmptyFilter(filter);
  const few = await fewAllowedItems(run, filter);
  if (few !== null) {
    const { cypher, params } = queries.vectorSearchAmong(few, values, k);
    return few.length === 0 ? [] : rank((await run(cypher, params)) as unknown as IndexHitRow[], k);
  }
  return overFetch(
    run,
    k,
    filtered,
    (fetch) => queries.vectorSearch(filter, values, fetch),
    () => countPassages(run),
  );
}

async function exact(run: RunQuery, filter: ItemFilter, vector: number[], k: number): Promise<PassageHit[]> {
  const { cypher, params } = queries.exactVectorSearch(filter, vector, k);
  return rank((await run(cypher, params)) as unknown as IndexHitRow[], k);
}

async function countPassages(run: RunQuery): Promise<number> {
  const [row] = await run(queries.countPassages, {});
  return Number(row?.total ?? 0);
}
