/**
 * The Cypher reprints.ts runs. An item's report is its `reportId` property (its own id unless it is
 * a later copy); items that can be a copy also carry `placeKey`, `reprintShingles` and
 * `reprintSketch` (graph/reprints/sketch.ts), looked up by placeKey.
 */

const copyFields = `i.placeKey AS key, i.id AS itemId, d.id AS documentId, i.date AS date, coalesce(i.reportId, i.id) AS reportId,
  i.reprintShingles AS shingles, i.reprintSketch AS hashes, [(i)-[:DESCRIBES]->(p) | p.name] AS practices`;

/**
 * The stored copies a batch can link, per probe (graph/reprints/candidates.ts): items of the place
 * naming one of the probe's practices or none, every item of it when the probe has no practices
 * (null). One probe per place, so an item comes once; filtered here, so only candidates cross the
 * wire. The batch's own items left out.
 */
export const candidateCopies = `
UNWIND $probes AS probe
MATCH (d:Document)-[:HAS_ITEM]->(i:Item {placeKey: probe.placeKey})
WHERE NOT i.id IN $incoming
WITH probe, d, i, [(i)-[:DESCRIBES]->(p) | p.name] AS names
WHERE probe.practices IS NULL OR size(names) = 0 OR any(name IN names WHERE name IN probe.practices)
RETURN ${copyFields}`;

/** Reports the documents' items share with items of other documents (regrouped once they are deleted). */
export const sharedReports = `
UNWIND $ids AS id
MATCH (d:Document {id: id})-[:HAS_ITEM]->(i:Item)
WHERE i.reportId IS NOT NULL AND EXISTS {
  MATCH (other:Document)-[:HAS_ITEM]->(:Item {reportId: i.reportId}) WHERE other <> d
}
RETURN DISTINCT i.reportId AS reportId`;

/** The copies of some reports (after a deletion: those left). */
export const copiesOfReports = `
MATCH (d:Document)-[:HAS_ITEM]->(i:Item)
WHERE i.reportId IN $reportIds AND i.reprintSketch IS NOT NULL
RETURN ${copyFields}`;

export const setReportIds = `
UNWIND $changes AS change
MATCH (i:Item {id: change.itemId})
SET i.reportId = change.reportId`;

/** Every copy of the asked reports, earliest first (undated last, then id). */
export const reportCopies = `
MATCH (d:Document)-[:HAS_ITEM]->(i:Item)
WHERE i.reportId IN $reportIds
RETURN i.id AS itemId, i.reportId AS reportId, d.id AS documentId, i.date AS date
ORDER BY reportId, i.date IS NULL, i.date, itemId`;

/**
 * Items written before reprints were kept (no reportId), a page at a time: what sketching them
 * needs. Their report ids are set as the page is written, so the next page starts after them.
 */
export const itemsWithoutReport = `
MATCH (d:Document)-[:HAS_ITEM]->(i:Item)
WHERE i.reportId IS NULL
WITH d, i LIMIT 500
RETURN i.id AS itemId, d.id AS documentId, i.date AS date, i.text AS text, i.regionMention AS mention,
  head([(i)-[:IN_REGION]->(r:Region) | r.code]) AS regionCode, [(i)-[:DESCRIBES]->(p) | p.name] AS practices`;

/** Each item its own report, with its sketch when it can be a copy (placeKey null: none). */
export const setSketches = `
UNWIND $rows AS row
MATCH (i:Item {id: row.itemId})
SET i.reportId = row.itemId, i.placeKey = row.placeKey, i.reprintShingles = row.shingles, i.reprintSketch = row.hashes`;
