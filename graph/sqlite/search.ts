/**
 * Passage search: BM25 through FTS5 and an exact cosine scan over the packed vectors.
 */
import type { ItemFilter, PassageHit } from '../store.ts';
import type { SqliteContext } from './context.ts';
import { buildItemFilterSql, isEmptyFilter } from './filter.ts';
import { exactDot } from '../vectors/quantize.ts';
import { decodeVector, itemMask, topKByCodes, vectorView } from './vectors.ts';

/**
 * An FTS5 query that matches any of the tokens, each quoted so it is taken literally.
 * Tokens without a letter or digit (punctuation, spaces) would match nothing and are dropped.
 * Returns null when no token is left.
 */
export function buildMatchQuery(tokens: string[]): string | null {
  const terms = matchTerms(tokens);
  return terms.length === 0 ? null : toMatchQuery(terms);
}

function matchTerms(tokens: string[]): string[] {
  return [...new Set(tokens.map((token) => token.trim()).filter((token) => /[\p{L}\p{N}]/u.test(token)))];
}

function toMatchQuery(terms: string[]): string {
  return terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(' OR ');
}

/** Below this many passages every term is matched: the whole index is cheap to score. */
const PRUNE_FROM_PASSAGES = 5000;
/** Terms in more than this share of passages (开展, 组织, 党员…) are left out on larger stores. */
const COMMON_TERM_SHARE = 0.1;
/**
 * Postings scored per query on larger stores: bm25() costs ~2.5 µs a matched passage, so this
 * bounds the BM25 half of a search near 30 ms however many moderately common terms a query has.
 */
const POSTINGS_BUDGET = 12_000;
/** Bound on the cached term counts (a term costs ~50 bytes). */
const MAX_COUNTED_TERMS = 50_000;

/**
 * The terms worth scoring, given how many passages each occurs in. The rarest carry nearly all of
 * BM25's weight and the most common nearly none while costing most, so terms are taken rarest
 * first while their postings fit the budget, and none in more than a tenth of the passages;
 * the rarest term always stays. Small stores keep every term.
 */
export function chooseTerms(terms: string[], passagesWith: (term: string) => number, passages: number): string[] {
  if (passages < PRUNE_FROM_PASSAGES || terms.length <= 1) return terms;
  const rarestFirst = [...terms].sort((a, b) => passagesWith(a) - passagesWith(b) || a.localeCompare(b));
  const kept: string[] = [];
  let postings = 0;
  for (const term of rarestFirst) {
    const count = passagesWith(term);
    if (kept.length > 0 && (count > passages * COMMON_TERM_SHARE || postings + count > POSTINGS_BUDGET)) break;
    kept.push(term);
    postings += count;
  }
  return kept;
}

/** chooseTerms over this store's term counts, which are read once and kept until the next write. */
export function selectiveTerms(context: SqliteContext, terms: string[]): string[] {
  const passages = context.passageCount();
  if (passages < PRUNE_FROM_PASSAGES || terms.length <= 1) return terms;
  // Counting a term's passages walks its whole posting list, so counts are kept until the next write.
  const documentCount = context.termCounts();
  const uncounted = terms.filter((term) => !documentCount.has(term));
  if (uncounted.length > 0) {
    context.db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.passage_vocab USING fts5vocab(main, 'passage_fts', 'row')");
    const counted = context.prepare<{ term: string; doc: number }>('SELECT term, doc FROM temp.passage_vocab WHERE term IN (SELECT value FROM json_each(?))').all(JSON.stringify(uncounted));
    if (documentCount.size > MAX_COUNTED_TERMS) documentCount.clear();
    for (const term of uncounted) documentCount.set(term, 0);
    for (const row of counted) documentCount.set(row.term, row.doc);
  }
  // A term in no passage matches nothing: leave it out rather than let it stand as "the rarest".
  const present = terms.filter((term) => (documentCount.get(term) ?? 0) > 0);
  if (present.length === 0) return terms.slice(0, 1);
  return chooseTerms(present, (term) => documentCount.get(term) ?? 0, passages);
}

/** One MATCH per token that stops at the first passage: no scoring, so a common word costs no more than a rare one. */
export function termsUsed(context: SqliteContext, tokens: string[]): Set<string> {
  const any = context.prepare<{ found: number }>('SELECT 1 AS found FROM passage_fts WHERE passage_fts MATCH ? LIMIT 1');
  return new Set(matchTerms(tokens).filter((term) => any.get(toMatchQuery([term])) !== undefined));
}

export function fullText(context: SqliteContext, tokens: string[], filter: ItemFilter, k: number): PassageHit[] {
  const terms = matchTerms(tokens);
  if (terms.length === 0 || k <= 0) return [];
  const match = toMatchQuery(selectiveTerms(context, terms));
  const where = buildItemFilterSql(filter);
  // Score the FTS matches first (materialized), then join and filter: letting the planner probe
  // the FTS table once per item row is several times slower. bm25() is lower-is-better; negate it.
  // Without a filter every match qualifies, so the cut to k happens before the join.
  const cut = isEmptyFilter(filter) ? 'ORDER BY score DESC, passageId LIMIT ?' : '';
  const limit = Math.floor(k);
  return context
    .prepare<PassageHit>(
      `WITH hits AS MATERIALIZED (
         SELECT rowid AS passageId, -bm25(passage_fts) AS score FROM passage_fts WHERE passage_fts MATCH ? ${cut}
       )
       SELECT p.item_id AS itemId, p.idx AS passageIndex, h.score AS score
       FROM hits h JOIN passages p ON p.id = h.passageId JOIN items i ON i.id = p.item_id
       WHERE ${where.sql}
       ORDER BY h.score DESC, p.id
       LIMIT ?`,
    )
    .all(match, ...(cut === '' ? [] : [limit]), ...where.params, limit);
}

/**
 * Rows taken from the int8 scan for exact rescoring. Measured on 250k bench passages: with 2k
 * rows (k = 120 → 240 + 64) the top k matches the exact f32 scan's (bench/vector-scan.ts).
 */
function rescorePool(k: number): number {
  return 2 * k + 64;
}

export function nearest(context: SqliteContext, vector: Float32Array, filter: ItemFilter, k: number): PassageHit[] {
  if (k <= 0 || vector.length === 0) return [];
  const packed = context.packedVectors(vector.length);
  let mask: Uint8Array | undefined;
  if (!isEmptyFilter(filter)) {
    const where = buildItemFilterSql(filter);
    const allowed = context.prepare<{ id: string }>(`SELECT i.id FROM items i WHERE ${where.sql}`).pluck().all(...where.params) as unknown as string[];
    mask = itemMask(packed, allowed);
  }
  const candidates = topKByCodes(packed, vector, rescorePool(Math.floor(k)), mask);
  const exact = exactScores(context, candidates.map(({ row }) => packed.passageIds[row] as number), vector);
  return candidates
    .map(({ row }) => ({ row, score: exact.get(packed.passageIds[row] as number) ?? NO_VECTOR }))
    .sort((a, b) => b.score - a.score || a.row - b.row)
    .slice(0, Math.floor(k))
    .map(({ row, score }) => ({
      itemId: packed.items[packed.itemOfRow[row] as number] as string,
      passageIndex: packed.passageIndexes[row] as number,
      score,
    }));
}

/** What a row whose vector has gone scores (exactDot of vectors of different lengths). */
const NO_VECTOR = exactDot(new Float32Array(0), new Float32Array(1));

/**
 * The exact dot product of each passage's stored f32 vector with `vector`, read straight from the
 * row's bytes (decodeVector copies only a blob it cannot view in place): a fresh copy of ~300
 * vectors per search was 1.2 MB of garbage for the collector.
 */
function exactScores(context: SqliteContext, passageIds: number[], vector: Float32Array): Map<number, number> {
  const scores = new Map<number, number>();
  for (const row of context
    .prepare<{ id: number; embedding: Uint8Array }>('SELECT id, embedding FROM passages WHERE id IN (SELECT value FROM json_each(?))')
    .iterate(JSON.stringify(passageIds))) {
    scores.set(row.id, exactDot(vectorView(row.embedding), vector));
  }
  return scores;
}

/** Passage tokens as written (joined by single spaces, what FTS5 indexes), for a migration. */
export function getPassageTokens(context: SqliteContext, itemIds: string[]): Map<string, Map<number, string[]>> {
  const found = new Map<string, Map<number, string[]>>();
  if (itemIds.length === 0) return found;
  for (const row of context
    .prepare<{ item_id: string; idx: number; tokens: string }>('SELECT item_id, idx, tokens FROM passages WHERE item_id IN (SELECT value FROM json_each(?))')
    .iterate(JSON.stringify(itemIds))) {
    const passages = found.get(row.item_id) ?? new Map<number, string[]>();
    passages.set(row.idx, row.tokens === '' ? [] : row.tokens.split(' '));
    found.set(row.item_id, passages);
  }
  return found;
}

/** The embedding cache: one stored vector per known passage hash. */
export function getEmbeddings(context: SqliteContext, hashes: string[]): Map<string, Float32Array> {
  const found = new Map<string, Float32Array>();
  if (hashes.length === 0) return found;
  const rows = context
    .prepare<{ hash: string; embedding: Uint8Array }>(
      `SELECT hash, embedding FROM passages WHERE hash IN (SELECT value FROM json_each(?)) AND length(embedding) > 0 GROUP BY hash`,
    )
    .all(JSON.stringify([...new Set(hashes)]));
  for (const row of rows) found.set(row.hash, decodeVector(row.embedding));
  return found;
}
