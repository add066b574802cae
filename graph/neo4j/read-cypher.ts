/**
 * The Cypher the Neo4j adapter reads with: documents, items, regions, search, graph questions,
 * counts and integrity. Builders that take an ItemFilter splice in its condition over `i`.
 * Null dates sort last everywhere, matching the SQLite adapter (Cypher sorts nulls last only
 * ascending, hence the explicit `IS NULL` keys).
 */
import type { ItemFilter } from '../store.ts';
import { buildItemFilterCypher, type CypherCondition } from './filter.ts';
import { fullTextIndexName, vectorIndexName } from './schema.ts';

const documentSummary = `d {.id, .source, .title, .issue, .date, .publisher, .hash, itemCount: COUNT { (d)-[:HAS_ITEM]->(:Item) }} AS document`;

export const getDocument = `MATCH (d:Document {id: $id}) RETURN ${documentSummary}`;

export const getDocuments = `MATCH (d:Document) WHERE d.id IN $ids RETURN ${documentSummary}`;

export const listDocuments = `
MATCH (d:Document)
RETURN ${documentSummary}
ORDER BY d.date IS NULL, d.date DESC, d.source, d.id
SKIP toInteger($offset) LIMIT toInteger($first)`;

export const countDocuments = 'MATCH (d:Document) RETURN count(d) AS total';

/** Items with every edge they own; list order inside the item is restored from `position`. */
export const getItems = `
MATCH (d:Document)-[:HAS_ITEM]->(i:Item)
WHERE i.id IN $ids
RETURN i {
  .id, .ordinal, .section, .title, .text, .date, .year, .regionMention, .regionEvidence, .regionCandidateCodes,
  documentId: d.id,
  regionCode: head([(i)-[:IN_REGION]->(r:Region) | r.code]),
  subRegionCode: head([(i)-[:IN_SUBREGION]->(r:Region) | r.code]),
  office: head([(i)-[:CONTRIBUTED_BY]->(o:Office) | o.name]),
  practices: [(i)-[m:DESCRIBES]->(p:Practice) | {name: p.name, category: p.category, matched: m.matched, position: m.position}],
  candidates: [(i)-[m:DESCRIBES]->(c:Candidate) | {name: c.name, matched: m.matched, position: m.position}],
  outcomes: [(i)-[m:REPORTS]->(o:Outcome) | o {.*, position: m.position}],
  policies: [(i)-[m:CITES]->(p:Policy) | {title: p.title, position: m.position}],
  passages: [(i)-[:HAS_PASSAGE]->(p:Passage) | {index: p.index, text: p.text}]
} AS item`;

/** getItems without outcomes and passages (empty lists), for ranking and facets. */
export const getLeanItems = getItems
  .replace('outcomes: [(i)-[m:REPORTS]->(o:Outcome) | o {.*, position: m.position}],', 'outcomes: [],')
  .replace('passages: [(i)-[:HAS_PASSAGE]->(p:Passage) | {index: p.index, text: p.text}]', 'passages: []');

/** Each region with its PART_OF chain from the top down (the longest path, should a region have two). */
export const getRegions = `
MATCH (r:Region)
WHERE r.code IN $codes
CALL {
  WITH r
  MATCH chain = (r)-[:PART_OF*0..12]->(:Region)
  RETURN [n IN reverse(nodes(chain)) | n {.code, .name}] AS path
  ORDER BY length(chain) DESC
  LIMIT 1
}
RETURN r {.code, .name, .level, .abolished, .successorCode, path: path} AS region`;

function withFilter(filter: ItemFilter, build: (condition: string) => string, extra: Record<string, unknown> = {}): { cypher: string; params: Record<string, unknown> } {
  const condition: CypherCondition = buildItemFilterCypher(filter);
  return { cypher: build(condition.cypher), params: { ...condition.params, ...extra } };
}

export function findItemIds(filter: ItemFilter): { cypher: string; params: Record<string, unknown> } {
  return withFilter(
    filter,
    (condition) => `
MATCH (d:Document)-[:HAS_ITEM]->(i:Item)
WHERE ${condition}
RETURN i.id AS id
ORDER BY d.date IS NULL, d.date, d.id, i.ordinal`,
  );
}

/**
 * Asks an index for `fetch` passages and keeps the item only where the filter holds: every fetched
 * row comes back (item null when filtered out), so the caller knows whether to fetch more.
 */
export function fullTextSearch(filter: ItemFilter, query: string, fetch: number): { cypher: string; params: Record<string, unknown> } {
  return withFilter(
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
export function allowedItemIds(filter: ItemFilter, limit: number): { cypher: string; params: Record<string, unknown> } {
  let anchor = 'MATCH (i:Item)';
  if (filter.regionCodes !== undefined && filter.regionCodes.length > 0) {
    anchor = `MATCH (anchorScope:Region) WHERE anchorScope.code IN $filterRegionCodes
MATCH (anchorScope)<-[:PART_OF*0..]-(:Region)<-[:IN_REGION|IN_SUBREGION]-(i:Item)`;
  } else if (filter.practices !== undefined && filter.practices.length > 0) {
    anchor = 'MATCH (anchorPractice:Practice)<-[:DESCRIBES]-(i:Item) WHERE anchorPractice.name IN $filterPractices';
  } else if (filter.category !== undefined) {
    anchor = 'MATCH (anchorPractice:Practice)<-[:DESCRIBES]-(i:Item) WHERE anchorPractice.category = $filterCategory';
  }
  return withFilter(
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
export function vectorSearchAmong(itemIds: string[], vector: number[], k: number): { cypher: string; params: Record<string, unknown> } {
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
export function fullTextSearchAmong(itemIds: string[], query: string, fetch: number): { cypher: string; params: Record<string, unknown> } {
  return {
    cypher: `
CALL db.index.fulltext.queryNodes('${fullTextIndexName}', $query, {limit: toInteger($fetch)}) YIELD node AS p, score
OPTIONAL MATCH (i:Item)-[:HAS_PASSAGE]->(p) WHERE i.id IN $itemIds
RETURN i.id AS itemId, p.index AS passageIndex, p.id AS passageId, score`,
    params: { itemIds, query, fetch },
  };
}

/** Neo4j reports cosine as (1 + cos) / 2; the port promises cosine itself, recomputed exactly per hit. */
export function vectorSearch(filter: ItemFilter, vector: number[], fetch: number): { cypher: string; params: Record<string, unknown> } {
  return withFilter(
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
export function exactVectorSearch(filter: ItemFilter, vector: number[], k: number): { cypher: string; params: Record<string, unknown> } {
  return withFilter(
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

export function adoptions(practices: string[], filter: ItemFilter): { cypher: string; params: Record<string, unknown> } {
  return withFilter(
    filter,
    (condition) => `
UNWIND range(0, size($practices) - 1) AS asked
MATCH (d:Document)-[:HAS_ITEM]->(i:Item)-[:DESCRIBES]->(p:Practice {name: $practices[asked]})
WHERE ${condition}
RETURN p.name AS practice, i.id AS itemId, head([(i)-[:IN_REGION]->(r:Region) | r.code]) AS regionCode, i.date AS date
ORDER BY asked, d.date IS NULL, d.date, d.id, i.ordinal`,
    { practices },
  );
}

export const relatedPractices = `
MATCH (:Practice {name: $name})<-[:DESCRIBES]-(i:Item)-[:DESCRIBES]->(other:Practice)
RETURN other.name AS name, count(DISTINCT i) AS count
ORDER BY count DESC, name`;

/** Only items DESCRIBE, so the count needs no label on the far end and comes from the degree store (4× faster at 100k). */
export const curatedPractices = `
MATCH (p:Practice)
WHERE $category IS NULL OR p.category = $category
RETURN p.name AS name, p.category AS category, p.aliases AS aliases, p.description AS description,
  COUNT { (p)<-[:DESCRIBES]-() } AS itemCount
ORDER BY itemCount DESC, name`;

/** Candidates the taxonomy has since adopted, or people decided on (promoted, merged, rejected), are no longer listed. */
const liveCandidate =
  'NOT EXISTS { MATCH (adopted:Practice) WHERE adopted.name = c.name } AND NOT EXISTS { MATCH (decided:CandidateDecision) WHERE decided.name = c.name }';

export const candidatePractices = `
MATCH (d:Document)-[:HAS_ITEM]->(i:Item)-[:DESCRIBES]->(c:Candidate)
WHERE ${liveCandidate}
WITH c, i, d ORDER BY d.date IS NULL, d.date, d.id, i.ordinal
WITH c.name AS name, collect(i.id) AS itemIds
RETURN name, size(itemIds) AS count, itemIds
ORDER BY count DESC, name`;

export const stats = `
RETURN
  COUNT { (:Document) } AS documents,
  COUNT { (:Item) } AS items,
  COUNT { MATCH (r:Region) WHERE EXISTS { (:Item)-[:IN_REGION|IN_SUBREGION]->(r) } } AS regions,
  COUNT { (:Practice) } AS practices,
  COUNT { MATCH (c:Candidate) WHERE ${liveCandidate} AND EXISTS { (:Item)-[:DESCRIBES]->(c) } } AS candidatePractices,
  COUNT { (:Outcome) } AS outcomes,
  COUNT { (:Passage) } AS passages`;

/** Each check counts offending nodes; a non-zero count becomes one problem line. */
export const integrityChecks: { problem: string; cypher: string }[] = [
  { problem: 'items without exactly one document', cypher: 'MATCH (i:Item) WHERE COUNT { (:Document)-[:HAS_ITEM]->(i) } <> 1 RETURN count(i) AS n' },
  { problem: 'passages without exactly one item', cypher: 'MATCH (p:Passage) WHERE COUNT { (:Item)-[:HAS_PASSAGE]->(p) } <> 1 RETURN count(p) AS n' },
  { problem: 'outcomes without exactly one item', cypher: 'MATCH (o:Outcome) WHERE COUNT { (:Item)-[:REPORTS]->(o) } <> 1 RETURN count(o) AS n' },
  { problem: 'passages without a vector', cypher: 'MATCH (p:Passage) WHERE p.embedding IS NULL OR size(p.embedding) = 0 RETURN count(p) AS n' },
  { problem: 'items placed in more than one region', cypher: 'MATCH (i:Item) WHERE COUNT { (i)-[:IN_REGION]->() } > 1 OR COUNT { (i)-[:IN_SUBREGION]->() } > 1 RETURN count(i) AS n' },
  {
    problem: 'items naming region candidates that are not stored',
    cypher: 'MATCH (i:Item) WHERE any(code IN coalesce(i.regionCandidateCodes, []) WHERE NOT EXISTS { (:Region {code: code}) }) RETURN count(i) AS n',
  },
  { problem: 'regions with more than one parent', cypher: 'MATCH (r:Region) WHERE COUNT { (r)-[:PART_OF]->() } > 1 RETURN count(r) AS n' },
  { problem: 'regions on a PART_OF cycle', cypher: 'MATCH (r:Region) WHERE EXISTS { (r)-[:PART_OF*1..12]->(r) } RETURN count(r) AS n' },
  { problem: 'practices without exactly one category', cypher: 'MATCH (p:Practice) WHERE COUNT { (p)-[:IN_CATEGORY]->(:Category) } <> 1 RETURN count(p) AS n' },
  { problem: 'policies, offices or candidates no item points at', cypher: 'MATCH (n) WHERE (n:Policy OR n:Office OR n:Candidate) AND NOT EXISTS { ()-->(n) } RETURN count(n) AS n' },
  {
    problem: 'passages with vectors of another dimension than most',
    cypher: `MATCH (p:Passage) WHERE p.embedding IS NOT NULL
WITH size(p.embedding) AS dimensions, count(*) AS passages ORDER BY passages DESC, dimensions DESC
WITH collect(passages) AS counts
RETURN reduce(total = 0, n IN tail(counts) | total + n) AS n`,
  },
];
