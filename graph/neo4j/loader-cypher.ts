/** The Cypher loader.ts runs itself (the documents are written by write.ts's statements). */

/** A batch's possible copies get their sketch and place key, each its own report until linked. */
export const setReprintSketches = `
UNWIND $rows AS row
MATCH (i:Item {id: row.itemId})
SET i.reportId = row.itemId, i.placeKey = row.placeKey, i.reprintShingles = row.shingles, i.reprintSketch = row.hashes`;
