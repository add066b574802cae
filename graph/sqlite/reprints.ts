/**
 * Reprints in SQLite: each item's report id (items.report_id) and, for items that can be a copy
 * (a place and a body long enough), their sketch (item_sketches, keyed by place). Written with the
 * batch that adds or replaces documents, and regrouped when a deletion takes a report's copies.
 * The grouping itself is graph/reprints (the same functions the Neo4j adapter runs).
 */
import type Database from 'better-sqlite3';
import type { ItemRecord } from '../model.ts';
import { assignReports, compareCopies, MIN_SHINGLES, placeKey, practicesNamed, regroup, sketchBytes, sketchFromBytes, sketchText, type NewCopy, type StoredCopy } from '../reprints/index.ts';
import type { ReportCopy } from '../store.ts';
import type { SqliteContext } from './context.ts';

interface CopyRow {
  itemId: string;
  documentId: string;
  date: string | null;
  reportId: string;
  shingles: number;
  hashes: Uint8Array;
  /** JSON array of the practice and candidate names the item has. */
  practices: string;
}

/** The practices come from the item's edges (primary-key lookups), so nothing is stored twice. */
const copyColumns = `s.item_id AS itemId, i.document_id AS documentId, i.date AS date, i.report_id AS reportId, s.shingles AS shingles, s.hashes AS hashes,
  (SELECT json_group_array(name) FROM (SELECT practice_name AS name FROM item_practices WHERE item_id = s.item_id
     UNION SELECT name FROM item_candidates WHERE item_id = s.item_id)) AS practices`;

function toStoredCopy(row: CopyRow): StoredCopy {
  return {
    itemId: row.itemId, documentId: row.documentId, date: row.date, reportId: row.reportId,
    practices: JSON.parse(row.practices) as string[], sketch: sketchFromBytes(row.shingles, row.hashes),
  };
}

/** Keeps the item's sketch when it can be a copy; returns it for the batch's grouping, else null. */
export function writeItemSketch(context: SqliteContext, documentId: string, item: ItemRecord): NewCopy | null {
  const key = placeKey(item);
  if (key === null) return null;
  const sketch = sketchText(item.text);
  if (sketch.shingles < MIN_SHINGLES) return null;
  context.prepare('INSERT INTO item_sketches(item_id, place_key, shingles, hashes) VALUES (?, ?, ?, ?)').run(item.id, key, sketch.shingles, sketchBytes(sketch));
  return { itemId: item.id, documentId, date: item.date, practices: practicesNamed(item), sketch, placeKey: key };
}

/** Joins the batch's new copies to the reports already stored at their places (items start as their own report). */
export function linkNewCopies(context: SqliteContext, incoming: NewCopy[]): void {
  if (incoming.length === 0) return;
  const incomingIds = new Set(incoming.map((copy) => copy.itemId));
  // One statement for every place of the batch (a batch holds ~60 places).
  const rows = context
    .prepare<CopyRow & { placeKey: string }>(
      `SELECT s.place_key AS placeKey, ${copyColumns} FROM item_sketches s JOIN items i ON i.id = s.item_id
       WHERE s.place_key IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify([...new Set(incoming.map((copy) => copy.placeKey))]));
  const storedByKey = new Map<string, StoredCopy[]>();
  for (const row of rows) {
    if (incomingIds.has(row.itemId)) continue;
    const list = storedByKey.get(row.placeKey);
    if (list === undefined) storedByKey.set(row.placeKey, [toStoredCopy(row)]);
    else list.push(toStoredCopy(row));
  }
  applyReportIds(context, assignReports(storedByKey, incoming));
}

/** Reports that hold copies of the document's items and of other documents' items too. */
export function sharedReportsOf(context: SqliteContext, documentId: string): string[] {
  return context
    .prepare<{ reportId: string }>(
      `SELECT DISTINCT i.report_id AS reportId FROM items i
       WHERE i.document_id = ? AND EXISTS (SELECT 1 FROM items o WHERE o.report_id = i.report_id AND o.document_id <> i.document_id)`,
    )
    .all(documentId)
    .map((row) => row.reportId);
}

/** After a deletion: the copies left of these reports, regrouped (the next copy leads a report whose first was deleted). */
export function regroupReports(context: SqliteContext, reportIds: string[]): void {
  if (reportIds.length === 0) return;
  const remaining = context
    .prepare<CopyRow>(`SELECT ${copyColumns} FROM items i JOIN item_sketches s ON s.item_id = i.id WHERE i.report_id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(reportIds))
    .map(toStoredCopy);
  applyReportIds(context, regroup(remaining));
}

function applyReportIds(context: SqliteContext, changes: Map<string, string>): void {
  const update = context.prepare('UPDATE items SET report_id = ? WHERE id = ? AND report_id IS NOT ?');
  for (const [itemId, reportId] of changes) update.run(reportId, itemId, reportId);
}

/** Every copy of these reports, earliest first (date, undated last, then id). */
export function reportCopies(context: SqliteContext, reportIds: string[]): ReportCopy[] {
  const asked = [...new Set(reportIds)];
  if (asked.length === 0) return [];
  return context
    .prepare<ReportCopy>(
      `SELECT i.id AS itemId, i.report_id AS reportId, i.document_id AS documentId, i.date AS date
       FROM items i WHERE i.report_id IN (SELECT value FROM json_each(?))
       ORDER BY i.report_id, i.date IS NULL, i.date, i.id`,
    )
    .all(JSON.stringify(asked));
}

/**
 * Schema 2 → 3: items written before reprints were kept get their sketches and report ids, oldest
 * first, as if they had been written now (one pass; ~the cost of sketching every item once).
 */
export function backfillReprints(db: Database.Database): void {
  db.prepare('UPDATE items SET report_id = id WHERE report_id IS NULL').run();
  const items = db
    .prepare<[], { id: string; documentId: string; date: string | null; text: string; mention: string | null; regionCode: string | null; practices: string }>(
      `SELECT i.id, i.document_id AS documentId, i.date, i.text, i.region_mention AS mention,
         (SELECT ir.region_code FROM item_regions ir WHERE ir.item_id = i.id AND ir.role = 'region') AS regionCode,
         (SELECT json_group_array(name) FROM (SELECT practice_name AS name FROM item_practices WHERE item_id = i.id
            UNION SELECT name FROM item_candidates WHERE item_id = i.id)) AS practices
       FROM items i WHERE i.id NOT IN (SELECT item_id FROM item_sketches)`,
    )
    .all();
  const insert = db.prepare('INSERT INTO item_sketches(item_id, place_key, shingles, hashes) VALUES (?, ?, ?, ?)');
  const update = db.prepare('UPDATE items SET report_id = ? WHERE id = ?');
  const storedByKey = new Map<string, StoredCopy[]>();
  const incoming: NewCopy[] = [];
  for (const item of items.map((item) => ({ ...item, itemId: item.id })).sort(compareCopies)) {
    const key = placeKey({ region: item.regionCode === null ? null : { code: item.regionCode }, regionMention: item.mention });
    if (key === null) continue;
    const sketch = sketchText(item.text);
    if (sketch.shingles < MIN_SHINGLES) continue;
    insert.run(item.id, key, sketch.shingles, sketchBytes(sketch));
    incoming.push({ itemId: item.id, documentId: item.documentId, date: item.date, practices: JSON.parse(item.practices) as string[], sketch, placeKey: key });
  }
  for (const [itemId, reportId] of assignReports(storedByKey, incoming)) update.run(reportId, itemId);
}
