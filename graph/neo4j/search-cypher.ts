/**
 * The Cypher search.ts runs: full-text and vector index queries (filtered by the filter's
 * condition, every fetched row back with its item null when dropped, or by a set of allowed ids,
 * one row back), exact scans, the allowed items of a filter, and the embedding cache.
 */
import type { ItemFilter } from '../store.ts';
import { matchFilteredItems, withItemFilter, type CypherQuery } from './filter.ts';
import { itemIdOfPassageId } from './rows.ts';
import { fullTextIndexName, vectorIndexName } from './schema-cypher.ts';

/**
 * Asks an index for `fetch` passages and keeps the item only where the filter holds: every fetched
 * row comes back (item null when filtered out), so the caller knows whether to fetch more.
 */
export function fullTextSearch(filter: ItemFilter, query: string, fetch: number): CypherQuery {
  return withItemFilter(
    filter,
    (condition) => `
CALL db.index.fulltext.queryNodes('${fullTextIndexName}', $query, {limit: toInteger($fetch)}) YIELD node AS p, score
OPTIONAL MATCH (i:Item)-[:HAS_PASSAGE]->(p) WHERE ${condition}
RETURN i.id AS itemId, p.index AS passageIndex, p.id AS passageId, score`,
    { query, fetch },
  );
}

/**
 * Ids of the items a filter allows, found from the filter's most selective side, or null when
 * there are `limit` or more (they stay on the server); with the store's item and passage counts
 * (from the count store) to size index fetches by.
 */
export function allowedItemIds(filter: ItemFilter, limit: number): CypherQuery {
  const allowed = matchFilteredItems(filter);
  return {
    cypher: `
WITH COUNT { MATCH (:Item) } AS items, COUNT { MATCH (:Passage) } AS passages,
  COLLECT {
    ${allowed.cypher.replaceAll('\n', '\n    ')}
    RETURN i.id AS id
    LIMIT toInteger($limit)
  } AS ids
RETURN items, passages, CASE WHEN size(ids) >= $limit THEN null ELSE ids END AS ids`,
    params: { ...allowed.params, limit },
  };
}

/** The exact scan's tail, after a clause binding the items `i`: their passages scored against $vector. */
const exactCosineOfItems = `
MATCH (i)-[:HAS_PASSAGE]->(p:Passage)
WHERE size(p.embedding) = size($vector)
WITH i, p, 2 * vector.similarity.cosine(p.embedding, $vector) - 1 AS score
RETURN i.id AS itemId, p.index AS passageIndex, p.id AS passageId, score
ORDER BY score DESC, passageId
LIMIT toInteger($k)`;

/** Exact cosine over the passages of the given items: the answer when a filter leaves few. */
export function vectorSearchAmong(itemIds: string[], vector: number[], k: number): CypherQuery {
  return {
    cypher: `
MATCH (i:Item) WHERE i.id IN $itemIds${exactCosineOfItems}`,
    params: { itemIds, vector, k },
  };
}

/**
 * The rows of an index call over `fetch` passages that belong to the given items, as one row:
 * how many the index gave (to know whether asking for more could help) and the kept hits, so the
 * thousands of rows a selective filter drops never cross Bolt. The item is read from the passage
 * id, not by walking to it (a quarter less time over 10k rows).
 */
const keptAmong = (score: string) => `
WITH p, score, p.id AS passageId
WITH p, score, passageId, ${itemIdOfPassageId('passageId')} AS itemId
WITH count(*) AS fetched, collect(CASE WHEN itemId IN $itemIds THEN {itemId: itemId, passageIndex: p.index, passageId: passageId, score: ${score}} END) AS hits
RETURN fetched, hits`;

/** fullTextSearch keeping only passages of the given items (a set lookup per row, not the filter's patterns). */
export function fullTextSearchAmong(itemIds: string[], query: string, fetch: number): CypherQuery {
  return {
    cypher: `
CALL db.index.fulltext.queryNodes('${fullTextIndexName}', $query, {limit: toInteger($fetch)}) YIELD node AS p, score${keptAmong('score')}`,
    params: { itemIds, query, fetch },
  };
}

/** vectorSearch keeping only passages of the given items, cosine recomputed for those alone. */
export function vectorSearchAmongIndexed(itemIds: string[], vector: number[], fetch: number): CypherQuery {
  return {
    cypher: `
CALL db.index.vector.queryNodes('${vectorIndexName}', toInteger($fetch), $vector) YIELD node AS p, score${keptAmong('2 * vector.similarity.cosine(p.embedding, $vector) - 1')}`,
    params: { itemIds, vector, fetch },
  };
}

/** Neo4j reports cosine as (1 + cos) / 2; the port promises cosine itself, recomputed exactly per hit. */
export function vectorSearch(filter: ItemFilter, vector: number[], fetch: number): CypherQuery {
  return withItemFilter(
    filter,
    (condition) => `
CALL db.index.vector.queryNodes('${vectorIndexName}', toInteger($fetch), $vector) YIELD node AS p
OPTIONAL MATCH (i:Item)-[:HAS_PASSAGE]->(p) WHERE ${condition}
RETURN i.id AS itemId, p.index AS passageIndex, p.id AS passageId,
  CASE WHEN i IS NULL THEN null ELSE 2 * vector.similarity.cosine(p.embedding, $vector) - 1 END AS score`,
    { vector, fetch },
  );
}

/** Exact scan over the filtered passages: for vectors the index cannot take, or when over-fetching ran dry. */
export function exactVectorSearch(filter: ItemFilter, vector: number[], k: number): CypherQuery {
  const allowed = matchFilteredItems(filter);
  return {
    cypher: `
${allowed.cypher}${exactCosineOfItems}`,
    params: { ...allowed.params, vector, k },
  };
}

export const countPassages = 'MATCH (p:Passage) RETURN count(p) AS total';

export const getEmbeddings = `
MATCH (p:Passage)
WHERE p.hash IN $hashes
WITH p.hash AS hash, head(collect(p.embedding)) AS embedding
RETURN hash, embedding`;
