/**
 * The Cypher curation.ts runs: the open-candidate test, decisions, promoted practices, aliases and
 * the DESCRIBES edges curation adds. Each runs inside curation.ts's write transaction.
 */

/** Named by an item, not curated, not promoted or merged (a rejected candidate stays open). */
export const isOpenCandidate = `
RETURN EXISTS { MATCH (:Item)-[:DESCRIBES]->(:Candidate {name: $name}) }
  AND NOT EXISTS { MATCH (:Practice {name: $name}) }
  AND NOT EXISTS { MATCH (d:CandidateDecision {name: $name}) WHERE d.decision <> 'rejected' } AS open`;

export const recordDecision = `
MERGE (d:CandidateDecision {name: $name})
SET d.decision = $decision, d.practice = $practice`;

export const createPractice = `
MERGE (c:Category {name: $category})
CREATE (p:Practice {name: $name, category: $category, status: 'curated', aliases: [], description: $description})
CREATE (p)-[:IN_CATEGORY]->(c)`;

/** DESCRIBES edges from every item naming the candidate, appended after the item's own practices. */
export const linkCandidateItems = `
MATCH (p:Practice {name: $practice})
MATCH (i:Item)-[m:DESCRIBES]->(:Candidate {name: $candidate})
WHERE NOT EXISTS { (i)-[:DESCRIBES]->(p) }
WITH p, i, min(m.matched) AS matched
WITH p, i, matched, reduce(top = -1, x IN [(i)-[d:DESCRIBES]->(:Practice) | d.position] | CASE WHEN x > top THEN x ELSE top END) AS top
CREATE (i)-[:DESCRIBES {matched: matched, position: top + 1}]->(p)
RETURN count(*) AS linked`;

export const aliasOwner = `
MATCH (p:Practice)
WHERE p.name = $name OR $name IN coalesce(p.aliases, [])
RETURN p.name AS name
ORDER BY name
LIMIT 1`;

export const setAliases = 'MATCH (p:Practice {name: $name}) SET p.aliases = $aliases';

export const loadPractice = `
MATCH (p:Practice {name: $name})
RETURN p.name AS name, p.category AS category, p.aliases AS aliases, p.description AS description,
  COUNT { (:Item)-[:DESCRIBES]->(p) } AS itemCount`;
