/**
 * Passage search and the embedding cache. fullText and nearest ask the index for more passages
 * than wanted, filter by item, and ask for more (×8 each round) while the filter leaves fewer
 * than k and the index still had more to give.
 * A filter that allows few items (a county, a small practice) is resolved to their ids first:
 * the vector answer is then an exact scan over their passages, and the full-text rounds test ids,
 * so a selective filter no longer widens the index query to the whole store (14 s at 100k items).
 * Vectors the index cannot take (another dimension) are answered by an exact scan. Only `read`
 * of the context is used, so the rounds are unit-tested with a fake one.
 */
import type { ItemFilter, PassageHit } from '../store.ts';
import type { Neo4jContext, RunQuery } from './context.ts';
import { isEmptyFilter } from './filter.ts';
import * as cypher from './search-cypher.ts';

/** Lucene query for whole-token matches: each token quoted, so query syntax in tokens is only text. */
export function buildFullTextQuery(tokens: string[], maxTerms = 512): string | null {
  const terms = new Set<string>();
  for (const token of tokens) {
    for (const part of token.split(/\s+/)) {
      // Punctuation-only tokens match nothing worth finding.
      if (/[\p{L}\p{N}]/u.test(part)) terms.add(part);
    }
  }
  if (terms.size === 0) return null;
  return [...terms]
    .slice(0, maxTerms)
    .map((term) => `"${term.replace(/[\\"]/g, '\\$&')}"`)
    .join(' OR ');
}

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
    const { cypher: statement, params } = build(fetch);
    const rows = (await run(statement, params)) as unknown as IndexHitRow[];
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
  const { cypher: statement, params } = cypher.allowedItemIds(filter, FEW_ITEMS + 1);
  const ids = (await run(statement, params)).map((row) => row.id as string);
  return ids.length > FEW_ITEMS ? null : ids;
}

export async function fullText(context: Pick<Neo4jContext, 'read'>, tokens: string[], filter: ItemFilter, k: number): Promise<PassageHit[]> {
  const run = context.read;
  const query = buildFullTextQuery(tokens);
  if (query === null || k <= 0) return [];
  const filtered = !isEmptyFilter(filter);
  const few = await fewAllowedItems(run, filter);
  if (few !== null && few.length === 0) return [];
  return overFetch(
    run,
    k,
    filtered,
    (fetch) => (few === null ? cypher.fullTextSearch(filter, query, fetch) : cypher.fullTextSearchAmong(few, query, fetch)),
    () => countPassages(run),
    few === null ? undefined : FEW_ITEMS_MAX_FETCH,
  );
}

export async function nearest(context: Pick<Neo4jContext, 'read' | 'dimensions'>, vector: Float32Array, filter: ItemFilter, k: number): Promise<PassageHit[]> {
  const run = context.read;
  if (k <= 0 || vector.length === 0) return [];
  const values = Array.from(vector);
  if (vector.length !== context.dimensions) return exact(run, filter, values, k);
  const filtered = !isEmptyFilter(filter);
  const few = await fewAllowedItems(run, filter);
  if (few !== null) {
    const { cypher: statement, params } = cypher.vectorSearchAmong(few, values, k);
    return few.length === 0 ? [] : rank((await run(statement, params)) as unknown as IndexHitRow[], k);
  }
  return overFetch(
    run,
    k,
    filtered,
    (fetch) => cypher.vectorSearch(filter, values, fetch),
    () => countPassages(run),
  );
}

async function exact(run: RunQuery, filter: ItemFilter, vector: number[], k: number): Promise<PassageHit[]> {
  const { cypher: statement, params } = cypher.exactVectorSearch(filter, vector, k);
  return rank((await run(statement, params)) as unknown as IndexHitRow[], k);
}

async function countPassages(run: RunQuery): Promise<number> {
  const [row] = await run(cypher.countPassages, {});
  return Number(row?.total ?? 0);
}

/** Vectors stored for these passage hashes (the embedding cache), in the order asked. */
export async function getEmbeddings(context: Pick<Neo4jContext, 'read'>, hashes: string[]): Promise<Map<string, Float32Array>> {
  if (hashes.length === 0) return new Map();
  const rows = await context.read(cypher.getEmbeddings, { hashes: [...new Set(hashes)] });
  const found = new Map(rows.map((row) => [row.hash as string, Float32Array.from(row.embedding as number[])]));
  return new Map(hashes.flatMap((hash) => (found.has(hash) ? [[hash, found.get(hash) as Float32Array] as const] : [])));
}
