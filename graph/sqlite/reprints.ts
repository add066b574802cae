/**
 * Reprints in SQLite: each item's report id (items.report_id) and, for items that can be a copy
 * (a place and a body long enough), their sketch (item_sketches, keyed by place) and one
 * item_reprint_keys row per practice they name ('' for none), so a new copy reads only the stored
 * copies it can link (graph/reprints/candidates.ts). Written with the batch that adds or replaces
 * documents, and regrouped when a deletion takes a report's copies.
 * The grouping itself is graph/reprints (the same functions the Neo4j adapter runs).
 */
import type Database from 'better-sqlite3';
import type { ItemRecord } from '../model.ts';
import {
  addCopies, assignReports, compareCopies, joinedReports, MIN_SHINGLES, placeKey, practicesNamed, probesOf, regroup, sketchBytes, sketchFromBytes,
  sketchText, type NewCopy, type StoredCopy,
} from '../reprints/index.ts';
import type { ReportCopy } from '../store.ts';
import type { SqliteContext } from './context.ts';

/** What a candidate needs of its item, read with INDEXED BY: the planner takes the primary key's index and fetches the row. */
export const COPY_COLUMNS_INDEX = 'items_copy_columns';

interface CopyRow {
  placeKey: string;
  itemId: string;
  documentId: string;
  date: string | null;
  reportId: string;
  shingles: number;
  hashes: Uint8Array;
  /** JSON array of the practice and candidate names the item has. */
  practices: string;
}

/** The names come from the item's key rows: one index range per copy read (only candidates are read). */
const copyColumns = `s.place_key AS placeKey, s.item_id AS itemId, i.document_id AS documentId, i.date AS date, i.report_id AS reportId,
  s.shingles AS shingles, s.hashes AS hashes,
  (SELECT json_group_array(k.practice) FROM item_reprint_keys k WHERE k.item_id = s.item_id AND k.practice <> '') AS practices`;

function toStoredCopy(row: CopyRow): StoredCopy & { placeKey: string } {
  return {
    placeKey: row.placeKey, itemId: row.itemId, documentId: row.documentId, date: row.date, reportId: row.reportId,
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
  const practices = practicesNamed(item);
  // Found by its place and each practice it names ('' when it names none).
  const insertKey = context.prepare('INSERT OR IGNORE INTO item_reprint_keys(place_key, practice, item_id) VALUES (?, ?, ?)');
  for (const practice of practices.length === 0 ? [''] : practices) insertKey.run(key, practice, item.id);
  return { itemId: item.id, documentId, date: item.date, practices, sketch, placeKey: key };
}

/**
 * Joins the batch's new copies to the reports already stored at their places (items start as their
 * own report): one statement reads the copies they can link, a second the rest of the reports
 * those belong to (only when one is linked).
 */
export function linkNewCopies(context: SqliteContext, incoming: NewCopy[]): void {
  if (incoming.length === 0) return;
  const incomingIds = new Set(incoming.map((copy) => copy.itemId));
  const probes = probesOf(incoming);
  const byPractice = probes.flatMap(({ placeKey: key, practices }) => (practices === null ? [] : [...practices, ''].map((practice) => [key, practice])));
  const wholePlaces = probes.filter((probe) => probe.practices === null).map((probe) => probe.placeKey);
  const candidates = context
    .prepare<CopyRow>(
      `SELECT ${copyColumns} FROM item_sketches s JOIN items i INDEXED BY ${COPY_COLUMNS_INDEX} ON i.id = s.item_id
       WHERE s.item_id IN (
         SELECT k.item_id FROM json_each(?) p JOIN item_reprint_keys k ON k.place_key = p.value ->> 0 AND k.practice = p.value ->> 1
         UNION SELECT w.item_id FROM json_each(?) q JOIN item_sketches w ON w.place_key = q.value)`,
    )
    .all(JSON.stringify(byPractice), JSON.stringify(wholePlaces));
  const storedByKey = new Map<string, StoredCopy[]>();
  addCopies(storedByKey, candidates.map(toStoredCopy), incomingIds);
  const joined = joinedReports(storedByKey, incoming);
  if (joined.length > 0) addCopies(storedByKey, copiesOfReports(context, joined), incomingIds);
  applyReportIds(context, assignReports(storedByKey, incoming));
}

function copiesOfReports(context: SqliteContext, reportIds: string[]): (StoredCopy & { placeKey: string })[] {
  return context
    .prepare<CopyRow>(`SELECT ${copyColumns} FROM items i JOIN item_sketches s ON s.item_id = i.id WHERE i.report_id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(reportIds))
    .map(toStoredCopy);
}

/** After curation names `practice` on the items naming the candidate: their copies are found by it too. */
export function addPracticeKeys(context: SqliteContext, candidate: string, practice: string): void {
  context
    .prepare(
      `INSERT OR IGNORE INTO item_reprint_keys(place_key, practice, item_id)
       SELECT s.place_key, ?, s.item_id FROM item_candidates ic JOIN item_sketches s ON s.item_id = ic.item_id WHERE ic.name = ?`,
    )
    .run(practice, candidate);
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
  applyReportIds(context, regroup(copiesOfReports(context, reportIds)));
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

/**
 * Schema 3 → 4: the key rows of the items sketched before them, from the names on their edges
 * (two statements; items already keyed are left alone).
 */
export function backfillReprintKeys(db: Database.Database): void {
  db.exec(`
    INSERT OR IGNORE INTO item_reprint_keys(place_key, practice, item_id)
      SELECT s.place_key, n.name, s.item_id FROM item_sketches s
      JOIN (SELECT item_id, practice_name AS name FROM item_practices UNION SELECT item_id, name FROM item_candidates) n ON n.item_id = s.item_id
      WHERE NOT EXISTS (SELECT 1 FROM item_reprint_keys k WHERE k.item_id = s.item_id);
    INSERT OR IGNORE INTO item_reprint_keys(place_key, practice, item_id)
      SELECT s.place_key, '', s.item_id FROM item_sketches s WHERE NOT EXISTS (SELECT 1 FROM item_reprint_keys k WHERE k.item_id = s.item_id);`);
}
