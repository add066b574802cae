/**
 * The Cypher adoptions.ts runs: which items describe which practices, practices that go together,
 * the practice list and the live candidates. Null dates sort last, as in read-cypher.ts.
 */
import type { ItemFilter } from '../store.ts';
import { withItemFilter, type CypherQuery } from './filter.ts';

export function adoptions(practices: string[], filter: ItemFilter): CypherQuery {
  return withItemFilter(
    filter,
    (condition) => `
UNWIND range(0, size($practices) - 1) AS asked
MATCH (d:Document)-[:HAS_ITEM]->(i:Item)-[:DESCRIBES]->(p:Practice {name: $practices[asked]})
WHERE ${condition}
RETURN p.name AS practice, i.id AS itemId, coalesce(i.reportId, i.id) AS reportId, head([(i)-[:IN_REGION]->(r:Region) | r.code]) AS regionCode, i.date AS date
ORDER BY asked, d.date IS NULL, d.date, d.id, i.ordinal`,
    { practices },
  );
}

export const relatedPractices = `
MATCH (:Practice {name: $name})<-[:DESCRIBES]-(i:Item)-[:DESCRIBES]->(other:Practice)
RETURN other.name AS name, count(DISTINCT i) AS count
ORDER BY count DESC, name`;

/**
 * Distinct reports per practice and candidate in one pass (a reprint's copies share a report id):
 * ~0.4 s at 100k items, so it is kept longer than the other shared answers and asked only where a
 * count is shown.
 */
export const practiceReportCounts = `
MATCH (p:Practice)<-[:DESCRIBES]-(i:Item)
RETURN p.name AS name, count(DISTINCT coalesce(i.reportId, i.id)) AS reports
UNION ALL
MATCH (c:Candidate)<-[:DESCRIBES]-(i:Item)
RETURN c.name AS name, count(DISTINCT coalesce(i.reportId, i.id)) AS reports`;

/** Only items DESCRIBE, so the count needs no label on the far end and comes from the degree store (4× faster at 100k). */
export const curatedPractices = `
MATCH (p:Practice)
WHERE $category IS NULL OR p.category = $category
RETURN p.name AS name, p.category AS category, p.aliases AS aliases, p.description AS description,
  COUNT { (p)<-[:DESCRIBES]-() } AS itemCount
ORDER BY itemCount DESC, name`;

/** Candidates the taxonomy has since adopted, or people decided on (promoted, merged, rejected), are no longer listed. */
export const liveCandidate =
  'NOT EXISTS { MATCH (adopted:Practice) WHERE adopted.name = c.name } AND NOT EXISTS { MATCH (decided:CandidateDecision) WHERE decided.name = c.name }';

export const candidatePractices = `
MATCH (d:Document)-[:HAS_ITEM]->(i:Item)-[:DESCRIBES]->(c:Candidate)
WHERE ${liveCandidate}
WITH c, i, d ORDER BY d.date IS NULL, d.date, d.id, i.ordinal
WITH c.name AS name, collect(i.id) AS itemIds
RETURN name, size(itemIds) AS count, itemIds
ORDER BY count DESC, name`;
