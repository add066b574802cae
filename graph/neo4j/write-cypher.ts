/**
 * The Cypher write.ts runs. Like every *-cypher.ts module, it holds only statements (constants or
 * pure builders), so their text and parameters can be tested without a database.
 * A batch of documents is written by running these in order inside one transaction; every
 * statement UNWINDs the rows of all the batch's documents.
 */

/** Stored hashes of the batch's documents, in one round trip. */
export const readDocumentHashes = `
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.hash AS hash`;

/**
 * Removes documents with their items and what only they own (passages, outcomes). Shared nodes
 * stay; each row gives the element ids of the policies, offices and candidates the document's
 * items pointed at, which sweepShared checks once the batch is written.
 */
export const deleteDocumentSubgraphs = `
UNWIND $ids AS id
MATCH (d:Document {id: id})
CALL {
  WITH d
  OPTIONAL MATCH (d)-[:HAS_ITEM]->(:Item)-[:CITES|CONTRIBUTED_BY|DESCRIBES]->(shared)
  WHERE shared:Policy OR shared:Office OR shared:Candidate
  RETURN collect(DISTINCT elementId(shared)) AS shared
}
CALL {
  WITH d
  OPTIONAL MATCH (d)-[:HAS_ITEM]->(i:Item)
  OPTIONAL MATCH (i)-[:HAS_PASSAGE|REPORTS]->(owned)
  WITH collect(DISTINCT i) AS items, collect(DISTINCT owned) AS owned
  FOREACH (n IN owned | DETACH DELETE n)
  FOREACH (n IN items | DETACH DELETE n)
}
DETACH DELETE d
RETURN id, shared`;

/** Of the shared nodes a deletion touched, those nobody points at any more belong to no document. */
export const sweepShared = `
UNWIND $shared AS sharedId
MATCH (n)
WHERE elementId(n) = sharedId AND (n:Policy OR n:Office OR n:Candidate) AND NOT EXISTS { ()-->(n) }
DETACH DELETE n`;

export const createDocuments = `
UNWIND $documents AS document
CREATE (d:Document)
SET d = document`;

/** Ancestors only fill in what is missing; the region itself (full row) takes the latest name, level and status. */
export const mergeRegions = `
UNWIND $regions AS row
MERGE (r:Region {code: row.code})
  ON CREATE SET r.name = row.name, r.level = row.level, r.abolished = false
FOREACH (_ IN CASE WHEN row.full THEN [1] ELSE [] END |
  SET r.name = row.name, r.level = row.level, r.abolished = row.abolished, r.successorCode = row.successorCode)`;

/** A full row states the region's parent: any other PART_OF edge it had is replaced. */
export const linkFullRegionParents = `
UNWIND [row IN $regions WHERE row.full] AS row
MATCH (r:Region {code: row.code})
OPTIONAL MATCH (r)-[old:PART_OF]->(previous:Region)
WHERE row.parentCode IS NULL OR previous.code <> row.parentCode
DELETE old
WITH DISTINCT r, row
WHERE row.parentCode IS NOT NULL
MATCH (parent:Region {code: row.parentCode})
MERGE (r)-[:PART_OF]->(parent)`;

/** An ancestor row only gives a parent to a region that has none yet. */
export const linkAncestorParents = `
UNWIND [row IN $regions WHERE NOT row.full AND row.parentCode IS NOT NULL] AS row
MATCH (r:Region {code: row.code})
WHERE NOT EXISTS { (r)-[:PART_OF]->(:Region) }
MATCH (parent:Region {code: row.parentCode})
MERGE (r)-[:PART_OF]->(parent)`;

/** SUCCEEDED_BY links both ways round: to a successor already stored, and from predecessors naming a new one. */
export const linkSuccessors = `
UNWIND $regions AS row
MATCH (r:Region {code: row.code})
CALL {
  WITH r
  MATCH (r)-[old:SUCCEEDED_BY]->(s:Region)
  WHERE r.successorCode IS NULL OR s.code <> r.successorCode
  DELETE old
}
CALL {
  WITH r
  MATCH (s:Region {code: r.successorCode})
  MERGE (r)-[:SUCCEEDED_BY]->(s)
}
CALL {
  WITH r
  MATCH (predecessor:Region {successorCode: r.code})
  MERGE (predecessor)-[:SUCCEEDED_BY]->(r)
}`;

export const createItems = `
UNWIND $items AS row
MATCH (d:Document {id: row.documentId})
CREATE (i:Item)
SET i = row
CREATE (d)-[:HAS_ITEM]->(i)`;

/** Links items to regions by code; the relationship type is fixed per statement. */
export function linkItemRegions(relationship: 'IN_REGION' | 'IN_SUBREGION'): string {
  return `
UNWIND $links AS link
MATCH (i:Item {id: link.itemId})
MATCH (r:Region {code: link.key})
CREATE (i)-[:${relationship}]->(r)`;
}

/**
 * A practice matched before the taxonomy was loaded becomes a bare curated Practice in the
 * category the match gave; upsertTaxonomy fills it in later and never the other way round.
 */
export const linkPractices = `
UNWIND $links AS link
MATCH (i:Item {id: link.itemId})
MERGE (p:Practice {name: link.key})
  ON CREATE SET p.category = link.category, p.status = 'curated', p.aliases = [], p.description = ''
CREATE (i)-[:DESCRIBES {matched: link.matched, position: link.position}]->(p)
WITH DISTINCT p
WHERE NOT EXISTS { (p)-[:IN_CATEGORY]->(:Category) }
MERGE (c:Category {name: p.category})
MERGE (p)-[:IN_CATEGORY]->(c)`;

/** Items to nodes merged on `link.key`; `onCreate` sets a new node's other properties. */
function linkMerged(node: string, relationship: string, onCreate?: string): string {
  return `
UNWIND $links AS link
MATCH (i:Item {id: link.itemId})
MERGE (n:${node})${onCreate === undefined ? '' : `
  ON CREATE SET ${onCreate}`}
CREATE (i)-[:${relationship}]->(n)`;
}

/** Candidates are their own label, so a quoted mechanism never collides with a curated name. */
export const linkCandidates = linkMerged('Candidate {name: link.key}', 'DESCRIBES {matched: link.matched, position: link.position}', "n.status = 'candidate'");
export const linkPolicies = linkMerged('Policy {title: link.key}', 'CITES {position: link.position}');
export const linkOffices = linkMerged('Office {name: link.key}', 'CONTRIBUTED_BY');

/** OF_PRACTICE only when the practice is stored; the name stays on the outcome for a later link. */
export const createOutcomes = `
UNWIND $outcomes AS row
MATCH (i:Item {id: row.itemId})
CREATE (i)-[:REPORTS {position: row.position}]->(o:Outcome)
SET o = row.props
WITH o, row
WHERE row.practice IS NOT NULL
MATCH (p:Practice {name: row.practice})
MERGE (o)-[:OF_PRACTICE]->(p)`;

/**
 * Vectors are stored through the procedure so they are kept as float32 arrays the vector index
 * reads; they arrive as comma-separated decimals (rows.ts encodeVector), much cheaper to send.
 */
export const createPassages = `
UNWIND $passages AS row
MATCH (i:Item {id: row.itemId})
CREATE (i)-[:HAS_PASSAGE]->(p:Passage)
SET p = row.props
WITH p, row
CALL db.create.setNodeVectorProperty(p, 'embedding', [value IN split(row.embedding, ',') | toFloat(value)])`;

/**
 * Taxonomy: curated practices take the latest category and description; aliases are the file's
 * followed by those people added in the store, which a re-load never drops.
 */
export const upsertPractices = `
UNWIND $practices AS row
MERGE (p:Practice {name: row.name})
SET p.category = row.category, p.status = 'curated', p.description = row.description,
  p.aliases = row.aliases + [alias IN coalesce(p.aliases, []) WHERE NOT alias IN row.aliases]
MERGE (c:Category {name: row.category})
WITH p, c
OPTIONAL MATCH (p)-[old:IN_CATEGORY]->(other:Category)
WHERE other <> c
DELETE old
WITH DISTINCT p, c
MERGE (p)-[:IN_CATEGORY]->(c)
WITH p
MATCH (o:Outcome {practice: p.name})
WHERE NOT EXISTS { (o)-[:OF_PRACTICE]->(p) }
MERGE (o)-[:OF_PRACTICE]->(p)`;

export const sweepCategories = `
MATCH (c:Category)
WHERE NOT EXISTS { (:Practice)-[:IN_CATEGORY]->(c) }
DELETE c`;
