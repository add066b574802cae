/**
 * The Cypher read.ts runs: documents, items and regions. Builders that take an ItemFilter splice
 * in its condition over `i`. Null dates sort last everywhere, matching the SQLite adapter (Cypher
 * sorts nulls last only ascending, hence the explicit `IS NULL` keys).
 */
import type { ItemFilter } from '../store.ts';
import { matchFilteredItems, type CypherQuery } from './filter.ts';

const documentSummary = `d {.id, .source, .title, .issue, .date, .publisher, .hash, itemCount: COUNT { (d)-[:HAS_ITEM]->(:Item) }} AS document`;

export const getDocument = `MATCH (d:Document {id: $id}) RETURN ${documentSummary}`;

export const getDocuments = `MATCH (d:Document) WHERE d.id IN $ids RETURN ${documentSummary}`;

export const listDocuments = `
MATCH (d:Document)
RETURN ${documentSummary}
ORDER BY d.date IS NULL, d.date DESC, d.source, d.id
SKIP toInteger($offset) LIMIT toInteger($first)`;

export const countDocuments = 'MATCH (d:Document) RETURN count(d) AS total';

/**
 * Items with every edge they own, one row each; list order inside the item is restored from
 * `position`. Practices and candidates share one walk of DESCRIBES, told apart by label.
 */
export const getItems = `
MATCH (d:Document)-[:HAS_ITEM]->(i:Item)
WHERE i.id IN $ids
RETURN i {
  .id, .ordinal, .section, .title, .text, .date, .year, .regionMention, .regionEvidence, .regionCandidateCodes,
  documentId: d.id,
  reportId: coalesce(i.reportId, i.id),
  regionCode: head([(i)-[:IN_REGION]->(r:Region) | r.code]),
  subRegionCode: head([(i)-[:IN_SUBREGION]->(r:Region) | r.code]),
  office: head([(i)-[:CONTRIBUTED_BY]->(o:Office) | o.name]),
  described: [(i)-[m:DESCRIBES]->(p) | {name: p.name, category: p.category, matched: m.matched, position: m.position, candidate: p:Candidate}],
  outcomes: [(i)-[m:REPORTS]->(o:Outcome) | o {.*, position: m.position}],
  policies: [(i)-[m:CITES]->(p:Policy) | {title: p.title, position: m.position}],
  passages: [(i)-[:HAS_PASSAGE]->(p:Passage) | {index: p.index, text: p.text}]
} AS item`;

/** getItems without the text and passages (empty), outcomes kept: a list of reports (the practice page). */
export const getItemsWithoutText = getItems
  .replace('.title, .text,', ".title, text: '',")
  .replace('passages: [(i)-[:HAS_PASSAGE]->(p:Passage) | {index: p.index, text: p.text}]', 'passages: []');

/** getItems without the text, outcomes and passages (empty), for ranking and facets. */
export const getLeanItems = getItemsWithoutText
  .replace('outcomes: [(i)-[m:REPORTS]->(o:Outcome) | o {.*, position: m.position}],', 'outcomes: [],');

/**
 * The change counter reprint-cache.ts bumps (every change to stored items' reports, practices or
 * existence), read without bumping it; no row before the store's first change.
 */
export const readChangeCounter = `
MATCH (v:ReprintVersion {id: 1})
RETURN v.epoch AS epoch, v.writes AS writes`;

/** Each region with its PART_OF chain from the top down (the longest path, should a region have two). */
const regionWithPath = `
CALL {
  WITH r
  MATCH chain = (r)-[:PART_OF*0..12]->(:Region)
  RETURN [n IN reverse(nodes(chain)) | n {.code, .name}] AS path
  ORDER BY length(chain) DESC
  LIMIT 1
}
RETURN r {.code, .name, .level, .abolished, .successorCode, path: path} AS region`;

export const getRegions = `
MATCH (r:Region)
WHERE r.code IN $codes${regionWithPath}`;

export const getAllRegions = `
MATCH (r:Region)${regionWithPath}`;

export function findItemIds(filter: ItemFilter, limit?: number): CypherQuery {
  const allowed = matchFilteredItems(filter);
  return {
    cypher: `
${allowed.cypher}
MATCH (d:Document)-[:HAS_ITEM]->(i)
RETURN i.id AS id
ORDER BY d.date IS NULL, d.date, d.id, i.ordinal${limit === undefined ? '' : '\nLIMIT toInteger($limit)'}`,
    params: limit === undefined ? allowed.params : { ...allowed.params, limit },
  };
}
