/**
 * Passage search and the embedding cache. fullText and nearest ask the index for more passages
 * than wanted, filter by item, and ask for more (×8 each round) while the filter leaves fewer
 * than k and the index still had more to give.
 * A filter is resolved to the ids it allows first (once per search, shared by both halves):
 * up to FEW_ITEMS (a county, a small practice) the vector answer is an exact scan over their
 * passages; up to MANY_ITEMS index rows are kept by id, the first fetch sized by the allowed
 * share, and only kept rows cross Bolt. Vectors the index cannot take (another dimension) are
 * answered by an exact scan. Only `read` (and the memo, when given) of the context is used, so the
 * rounds are unit-tested with a fake one.
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

/** One index call: how many passages it gave, and the rows kept (every row, or those of allowed items). */
interface Fetched {
  fetched: number;
  hits: IndexHitRow[];
}

type Statement = { cypher: string; params: Record<string, unknown> };
type SearchContext = Pick<Neo4jContext, 'read'> & Partial<Pick<Neo4jContext, 'memo'>>;

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

/** Every fetched row comes back (its item null when the filter dropped it). */
const eachRow = (run: RunQuery, statement: Statement): Promise<Fetched> =>
  run(statement.cypher, statement.params).then((rows) => ({ fetched: rows.length, hits: rows as unknown as IndexHitRow[] }));

/** One row: the count fetched and the hits kept. */
const keptRows = (run: RunQuery, statement: Statement): Promise<Fetched> =>
  run(statement.cypher, statement.params).then(([row]) => ({ fetched: Number(row?.fetched ?? 0), hits: (row?.hits ?? []) as IndexHitRow[] }));

/**
 * Asks the index for `first` passages, then ×8 while fewer than k are kept and the index had
 * more. Index answers come in score order, so a larger fetch keeps the same best k: sizing the
 * first fetch well only saves rounds.
 */
async function overFetch(
  k: number,
  first: number,
  fetchRows: (fetch: number) => Promise<Fetched>,
  total: () => Promise<number>,
  maxFetch = Number.POSITIVE_INFINITY,
): Promise<PassageHit[]> {
  let fetch = Math.min(first, maxFetch);
  for (;;) {
    const { fetched, hits: rows } = await fetchRows(fetch);
    const hits = rank(rows, k);
    if (hits.length >= k || fetched < fetch || fetch >= maxFetch) return hits;
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

/** Up to this many allowed items, a filtered vector search scans their passages exactly. */
export const FEW_ITEMS = 2000;

/**
 * Up to this many, index answers are kept by a lookup in the allowed ids (sent once per call);
 * a filter allowing more keeps so large a share that testing its patterns on each row is cheap.
 */
export const MANY_ITEMS = 10_000;

interface Allowed {
  /** The allowed items' ids; null when more than MANY_ITEMS. */
  ids: string[] | null;
  items: number;
  passages: number;
}

/**
 * The items `filter` allows, asked once per search: the full-text and vector halves of one search
 * share it through the memo (and a next page within its lifetime).
 */
function allowedItems(context: SearchContext, filter: ItemFilter): Promise<Allowed> {
  const load = async (): Promise<Allowed> => {
    const { cypher: statement, params } = cypher.allowedItemIds(filter, MANY_ITEMS + 1);
    const [row] = await context.read(statement, params);
    const ids = (row?.ids ?? null) as string[] | null;
    return { ids: ids === null || ids.length > MANY_ITEMS ? null : ids, items: Number(row?.items ?? 0), passages: Number(row?.passages ?? 0) };
  };
  return context.memo === undefined ? load() : context.memo.shared(`allowed:${JSON.stringify(filter)}`, load);
}

/** A first fetch expected to hold about twice k allowed passages, were they spread evenly. */
function sizedFetch(k: number, allowed: Allowed & { ids: string[] }): number {
  const share = allowed.ids.length / Math.max(allowed.items, 1);
  return Math.max(firstFetch(k, true), Math.ceil((2 * k) / Math.max(share, 1e-6)));
}

export async function fullText(context: SearchContext, tokens: string[], filter: ItemFilter, k: number): Promise<PassageHit[]> {
  const run = context.read;
  const query = buildFullTextQuery(tokens);
  if (query === null || k <= 0) return [];
  if (isEmptyFilter(filter)) {
    return overFetch(k, firstFetch(k, false), (fetch) => eachRow(run, cypher.fullTextSearch(filter, query, fetch)), () => countPassages(run));
  }
  const allowed = await allowedItems(context, filter);
  const ids = allowed.ids;
  if (ids === null) {
    return overFetch(k, firstFetch(k, true), (fetch) => eachRow(run, cypher.fullTextSearch(filter, query, fetch)), () => countPassages(run));
  }
  if (ids.length === 0) return [];
  return overFetch(
    k,
    sizedFetch(k, { ...allowed, ids }),
    (fetch) => keptRows(run, cypher.fullTextSearchAmong(ids, query, fetch)),
    async () => allowed.passages,
    ids.length <= FEW_ITEMS ? FEW_ITEMS_MAX_FETCH : undefined,
  );
}

export async function nearest(context: SearchContext & Pick<Neo4jContext, 'dimensions'>, vector: Float32Array, filter: ItemFilter, k: number): Promise<PassageHit[]> {
  const run = context.read;
  if (k <= 0 || vector.length === 0) return [];
  const values = Array.from(vector);
  if (vector.length !== context.dimensions) return exact(run, filter, values, k);
  if (isEmptyFilter(filter)) {
    return overFetch(k, firstFetch(k, false), (fetch) => eachRow(run, cypher.vectorSearch(filter, values, fetch)), () => countPassages(run));
  }
  const allowed = await allowedItems(context, filter);
  const ids = allowed.ids;
  if (ids === null) {
    return overFetch(k, firstFetch(k, true), (fetch) => eachRow(run, cypher.vectorSearch(filter, values, fetch)), () => countPassages(run));
  }
  if (ids.length === 0) return [];
  if (ids.length <= FEW_ITEMS) {
    const { cypher: statement, params } = cypher.vectorSearchAmong(ids, values, k);
    return rank((await run(statement, params)) as unknown as IndexHitRow[], k);
  }
  return overFetch(
    k,
    sizedFetch(k, { ...allowed, ids }),
    (fetch) => keptRows(run, cypher.vectorSearchAmongIndexed(ids, values, fetch)),
    async () => allowed.passages,
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
