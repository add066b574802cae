/**
 * The Cypher search.ts runs: full-text and vector index queries (each fetched row comes back, its
 * item null when the filter drops it), exact scans, the allowed items of a selective filter, and
 * the embedding cache.
 */
import type { ItemFilter } from '../store.ts';
import { withItemFilter, type CypherQuery } from './filter.ts';
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
 * Ids of the items a filter allows, at most `limit`, found from the filter's most selective side
 * (its regions' subtrees, its practices) rather than by testing every item.
 */
export function allowedItemIds(filter: ItemFilter, limit: number): CypherQuery {
  let anchor = 'MATCH (i:Item)';
  if (filter.regionCodes !== undefined && filter.regionCodes.length > 0) {
    anchor = `MATCH (anchorScope:Region) WHERE anchorScope.code IN $filterRegionCodes
MATCH (anchorScope)<-[:PART_OF*0..]-(:Region)<-[:IN_REGION|IN_SUBREGION]-(i:Item)`;
  } else if (filter.practices !== undefined && filter.practices.length > 0) {
    anchor = 'MATCH (anchorPractice:Practice)<-[:DESCRIBES]-(i:Item) WHERE anchorPractice.name IN $filterPractices';
  } else if (filter.category !== undefined) {
    anchor = 'MATCH (anchorPractice:Practice)<-[:DESCRIBES]-(i:Item) WHERE anchorPractice.category = $filterCategory';
  }
  return withItemFilter(
    filter,
    (condition) => `
${anchor}
WITH DISTINCT i
WHERE ${condition}
RETURN i.id AS id
LIMIT toInteger($limit)`,
    { limit },
  );
}

/** Exact cosine over the passages of the given items: the answer when a filter leaves few. */
export function vectorSearchAmong(itemIds: string[], vector: number[], k: number): CypherQuery {
  return {
    cypher: `
MATCH (i:Item) WHERE i.id IN $itemIds
MATCH (i)-[:HAS_PASSAGE]->(p:Passage)
WHERE size(p.embedding) = size($vector)
WITH i, p, 2 * vector.similarity.cosine(p.embedding, $vector) - 1 AS score
RETURN i.id AS itemId, p.index AS passageIndex, p.id AS passageId, score
ORDER BY score DESC, passageId
LIMIT toInteger($k)`,
    params: { itemIds, vector, k },
  };
}

/** fullTextSearch keeping only passages of the given items (a set lookup per row, not the filter's patterns). */
export function fullTextSearchAmong(itemIds: string[], query: string, fetch: number): CypherQuery {
  return {
    cypher: `
CALL db.index.fulltext.queryNodes('${fullTextIndexName}', $query, {limit: toInteger($fetch)}) YIELD node AS p, score
OPTIONAL MATCH (i:Item)-[:HAS_PASSAGE]->(p) WHERE i.id IN $itemIds
RETURN i.id AS itemId, p.index AS passageIndex, p.id AS passageId, score`,
    params: { itemIds, query, fetch },
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
  return withItemFilter(
    filter,
    (condition) => `
MATCH (i:Item)-[:HAS_PASSAGE]->(p:Passage)
WHERE ${condition} AND size(p.embedding) = size($vector)
WITH i, p, 2 * vector.similarity.cosine(p.embedding, $vector) - 1 AS score
RETURN i.id AS itemId, p.index AS passageIndex, p.id AS passageId, score
ORDER BY score DESC, passageId
LIMIT toInteger($k)`,
    { vector, k },
  );
}

export const countPassages = 'MATCH (p:Passage) RETURN count(p) AS total';

export const getEmbeddings = `
MATCH (p:Passage)
WHERE p.hash IN $hashes
WITH p.hash AS hash, head(collect(p.embedding)) AS embedding
RETURN hash, embedding`;
