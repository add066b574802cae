/**
 * Reprints for files written by older versions (graph/sqlite/schema.ts runs these once, when such
 * a file is opened): report ids and item_copies for items stored before reprints were kept
 * (schema 3), and the move from schema 3–5's tables (item_sketches, item_reprint_keys and the
 * items_copy_columns index) to item_copies (schema 6).
 */
import type Database from 'better-sqlite3';
import { assignReports, compareCopies, MIN_SHINGLES, nameBits, placeKey, sketchBytes, sketchText, type NewCopy, type StoredCopy } from '../reprints/index.ts';

/** The names an item's edges give it (curated and candidate), as a JSON array; `item` is the SQL naming its id. */
const practicesOfItem = (item: string): string => `(SELECT json_group_array(name) FROM (SELECT practice_name AS name FROM item_practices WHERE item_id = ${item}
  UNION SELECT name FROM item_candidates WHERE item_id = ${item}))`;

/**
 * Schema 2 → 3: items written before reprints were kept get their copy rows and report ids, oldest
 * first, as if they had been written now (one pass; ~the cost of sketching every item once).
 */
export function backfillReprints(db: Database.Database): void {
  db.prepare('UPDATE items SET report_id = id WHERE report_id IS NULL').run();
  const items = db
    .prepare<[], { id: string; documentId: string; date: string | null; text: string; mention: string | null; regionCode: string | null; practices: string }>(
      `SELECT i.id, i.document_id AS documentId, i.date, i.text, i.region_mention AS mention,
         (SELECT ir.region_code FROM item_regions ir WHERE ir.item_id = i.id AND ir.role = 'region') AS regionCode,
         ${practicesOfItem('i.id')} AS practices
       FROM items i WHERE i.id NOT IN (SELECT item_id FROM item_copies)`,
    )
    .all();
  const insert = db.prepare('INSERT INTO item_copies(place_key, item_id, document_id, date, practices, name_bits, shingles, hashes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const update = db.prepare('UPDATE items SET report_id = ? WHERE id = ?');
  const storedByKey = new Map<string, StoredCopy[]>();
  const incoming: NewCopy[] = [];
  for (const item of items.map((item) => ({ ...item, itemId: item.id })).sort(compareCopies)) {
    const key = placeKey({ region: item.regionCode === null ? null : { code: item.regionCode }, regionMention: item.mention });
    if (key === null) continue;
    const sketch = sketchText(item.text);
    if (sketch.shingles < MIN_SHINGLES) continue;
    const practices = JSON.parse(item.practices) as string[];
    insert.run(key, item.id, item.documentId, item.date, item.practices, nameBits(practices), sketch.shingles, sketchBytes(sketch));
    incoming.push({ itemId: item.id, documentId: item.documentId, date: item.date, practices, sketch, placeKey: key });
  }
  for (const [itemId, reportId] of assignReports(storedByKey, incoming)) update.run(reportId, itemId);
}

/**
 * Schema 3–5 → 6: each sketched item's row moves to item_copies with its document, date, the names
 * on its edges (schema 4's key rows held the same names: curation adds an edge with each) and their
 * signature; the old tables and index are dropped. Nothing to do for a file that never had them.
 */
export function moveToItemCopies(db: Database.Database): void {
  const hasSketches = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'item_sketches'").get() !== undefined;
  if (hasSketches) {
    db.function('name_bits', { deterministic: true }, (practices) => nameBits(JSON.parse(practices as string) as string[]));
    db.exec(`
      INSERT OR IGNORE INTO item_copies(place_key, item_id, document_id, date, practices, name_bits, shingles, hashes)
        SELECT place_key, item_id, document_id, date, practices, name_bits(practices), shingles, hashes FROM (
          SELECT s.place_key, s.item_id, i.document_id, i.date, ${practicesOfItem('s.item_id')} AS practices, s.shingles, s.hashes
          FROM item_sketches s JOIN items i ON i.id = s.item_id);
      DROP TABLE item_sketches;`);
  }
  db.exec('DROP TABLE IF EXISTS item_reprint_keys; DROP INDEX IF EXISTS items_copy_columns;');
}
