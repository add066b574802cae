/** The Cypher integrity.ts runs: node counts and the referential checks. */
import { liveCandidate } from './adoptions-cypher.ts';

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
  {
    problem: 'items whose report is not a stored item leading its own report',
    cypher: 'MATCH (i:Item) WHERE i.reportId IS NOT NULL AND NOT EXISTS { MATCH (r:Item {id: i.reportId}) WHERE coalesce(r.reportId, r.id) = r.id } RETURN count(i) AS n',
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
