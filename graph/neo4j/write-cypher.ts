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

/**
 * The nodes a batch's items point at and other documents share, merged before the documents are
 * written, each name once and in sorted order (concurrent loader transactions then take their
 * locks in one order). A practice matched before the taxonomy was loaded becomes a bare curated
 * Practice in the category the match gave; upsertTaxonomy fills it in later, never the other way.
 */
export const mergeSharedNodes = `
CALL {
  UNWIND $practices AS row
  MERGE (p:Practice {name: row.name})
    ON CREATE SET p.category = row.category, p.status = 'curated', p.aliases = [], p.description = ''
  WITH p
  WHERE NOT EXISTS { (p)-[:IN_CATEGORY]->(:Category) }
  MERGE (c:Category {name: p.category})
  MERGE (p)-[:IN_CATEGORY]->(c)
}
CALL {
  UNWIND $candidates AS name
  MERGE (n:Candidate {name: name})
    ON CREATE SET n.status = 'candidate'
}
CALL {
  UNWIND $policies AS title
  MERGE (:Policy {title: title})
}
CALL {
  UNWIND $offices AS name
  MERGE (:Office {name: name})
}`;

/** One subquery per kind of link an item has: each listed key matched to its node and linked to the item. */
function linkEach(links: [list: string, variable: string, match: string, create: string][]): string {
  return links.map(([list, variable, match, create]) => `CALL {\n  WITH i, row\n  UNWIND row.${list} AS ${variable}\n  MATCH ${match}\n  CREATE ${create}\n}`).join('\n');
}

/**
 * Whole documents in one statement (tree-rows.ts): each item's links, outcomes and passages are
 * created from the item node in hand. Regions and shared nodes exist already (mergeRegions,
 * mergeSharedNodes); an outcome is linked to its practice only when that practice is stored.
 * Vectors are stored through the procedure so they are kept as float32 arrays the vector index
 * reads; they arrive as comma-separated decimals (rows.ts encodeVector), much cheaper to send.
 */
export const createDocumentTrees = `
UNWIND $documents AS doc
CREATE (d:Document)
SET d = doc.props
WITH d, doc
UNWIND doc.items AS row
CREATE (d)-[:HAS_ITEM]->(i:Item)
SET i = row.props
WITH i, row
${linkEach([
  ['regions', 'code', '(r:Region {code: code})', '(i)-[:IN_REGION]->(r)'],
  ['subRegions', 'code', '(r:Region {code: code})', '(i)-[:IN_SUBREGION]->(r)'],
  ['practices', 'link', '(p:Practice {name: link.key})', '(i)-[:DESCRIBES {matched: link.matched, position: link.position}]->(p)'],
  ['candidates', 'link', '(n:Candidate {name: link.key})', '(i)-[:DESCRIBES {matched: link.matched, position: link.position}]->(n)'],
  ['policies', 'link', '(n:Policy {title: link.key})', '(i)-[:CITES {position: link.position}]->(n)'],
  ['offices', 'name', '(n:Office {name: name})', '(i)-[:CONTRIBUTED_BY]->(n)'],
])}
CALL {
  WITH i, row
  UNWIND row.outcomes AS outcome
  CREATE (i)-[:REPORTS {position: outcome.position}]->(o:Outcome)
  SET o = outcome.props
  WITH o, outcome
  WHERE outcome.practice IS NOT NULL
  MATCH (p:Practice {name: outcome.practice})
  CREATE (o)-[:OF_PRACTICE]->(p)
}
CALL {
  WITH i, row
  UNWIND row.passages AS passage
  CREATE (i)-[:HAS_PASSAGE]->(p:Passage)
  SET p = passage.props
  WITH p, passage
  CALL db.create.setNodeVectorProperty(p, 'embedding', [value IN split(passage.embedding, ',') | toFloat(value)])
}`;

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
