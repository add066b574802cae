/**
 * The Cypher reprints.ts runs. An item's report is its `reportId` property (its own id unless it is
 * a later copy); items that can be a copy also carry `placeKey`, `reprintShingles` and
 * `reprintSketch` (graph/reprints/sketch.ts), looked up by placeKey.
 */

const copyFields = `i.placeKey AS key, i.id AS itemId, d.id AS documentId, i.date AS date, coalesce(i.reportId, i.id) AS reportId,
  i.reprintShingles AS shingles, i.reprintSketch AS hashes, [(i)-[:DESCRIBES]->(p) | p.name] AS practices`;

/** Every stored copy of these places (a copy's sketch is set once it can be linked). */
export const copiesAtPlaces = `
UNWIND $placeKeys AS key
MATCH (d:Document)-[:HAS_ITEM]->(i:Item {placeKey: key})
WHERE i.reprintSketch IS NOT NULL
RETURN i.placeKey AS placeKey, i.id AS itemId, d.id AS documentId, i.date AS date,
  i.reprintShingles AS shingles, i.reprintSketch AS hashes, [(i)-[:DESCRIBES]->(p) | p.name] AS practices`;

/** The report ids of these items. */
export const reportsOfItems = `
MATCH (i:Item) WHERE i.id IN $itemIds
RETURN DISTINCT coalesce(i.reportId, i.id) AS reportId`;

/**
 * The counter every change to the stored copies bumps (reprint-cache.ts); its epoch is new when
 * the node is created again, after the store was emptied.
 */
export const bumpReprintVersion = `
MERGE (v:ReprintVersion {id: 1})
ON CREATE SET v.epoch = randomUUID(), v.writes = 0
SET v.writes = v.writes + 1
RETURN v.epoch AS epoch, v.writes AS writes`;

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
