/**
 * Reprints in SQLite: each item's report id (items.report_id) and, for items that can be a copy
 * (a place and a body long enough), one item_copies row holding all a candidate needs — document,
 * date, the practices it names, its sketch — clustered by place key (WITHOUT ROWID), so a new copy's
 * candidates are one range of the table and never touch items (docs/decisions/0010-reprint-candidates.md).
 * Written with the batch that adds or replaces documents, and regrouped when a deletion takes a
 * report's copies. The grouping itself is graph/reprints (the same functions the Neo4j adapter runs).
 */
import type { ItemRecord } from '../model.ts';
import {
  addCopies, assignReports, linkedCandidates, MIN_SHINGLES, nameBits, placeKey, practicesNamed, regroup, sketchBytes, sketchFromBytes,
  sketchText, type NewCopy, type StoredCopy,
} from '../reprints/index.ts';
import type { ReportCopy } from '../store.ts';
import type { SqliteContext } from './context.ts';
import { copiesAt, forgetCopies, rememberCopies } from './reprint-cache.ts';

interface CopyRow {
  placeKey: string;
  itemId: string;
  documentId: string;
  date: string | null;
  shingles: number;
  hashes: Uint8Array;
  /** JSON array of the practice and candidate names the item has. */
  practices: string;
}

type Candidate = Omit<StoredCopy, 'reportId'> & { placeKey: string };

const copyColumns = 'c.place_key AS placeKey, c.item_id AS itemId, c.document_id AS documentId, c.date AS date, c.practices AS practices, c.shingles AS shingles, c.hashes AS hashes';

function toCandidate(row: CopyRow): Candidate {
  return {
    placeKey: row.placeKey, itemId: row.itemId, documentId: row.documentId, date: row.date,
    practices: JSON.parse(row.practices) as string[], sketch: sketchFromBytes(row.shingles, row.hashes),
  };
}

/** Keeps the item as a possible copy when it can be one; returns it for the batch's grouping, else null. */
export function writeItemCopy(context: SqliteContext, documentId: string, item: ItemRecord): NewCopy | null {
  const key = placeKey(item);
  if (key === null) return null;
  const sketch = sketchText(item.text);
  if (sketch.shingles < MIN_SHINGLES) return null;
  const practices = practicesNamed(item);
  context
    .prepare('INSERT INTO item_copies(place_key, item_id, document_id, date, practices, name_bits, shingles, hashes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(key, item.id, documentId, item.date, JSON.stringify(practices), nameBits(practices), sketch.shingles, sketchBytes(sketch));
  return { itemId: item.id, documentId, date: item.date, practices, sketch, placeKey: key };
}

/**
 * Joins the batch's new copies to the reports already stored at their places (items start as their
 * own report). The stored copies of their places come from the connection's cache of decoded rows
 * (reprint-cache.ts; one range read of item_copies per place it lacks); the rule picks those a new
 * copy links. Only when one links does a read take the reports of those it links, every copy of them
 * with its report id; grouping runs over those alone, as a copy in no such report can change no
 * report id. Then the new copies join the cache.
 */
export function linkNewCopies(context: SqliteContext, incoming: NewCopy[]): void {
  if (incoming.length === 0) return;
  const incomingIds = new Set(incoming.map((copy) => copy.itemId));
  const candidatesByKey = copiesAt(context, new Set(incoming.map((copy) => copy.placeKey)), incomingIds);
  const linked = linkedCandidates(candidatesByKey, incoming);
  const storedByKey = new Map<string, StoredCopy[]>();
  if (linked.length > 0) addCopies(storedByKey, copiesOfReports(context, reportsOf(context, linked.map((copy) => copy.itemId))), incomingIds);
  // A new copy no stored copy links keeps the report id it was written with (its own).
  const changes = [...assignReports(storedByKey, incoming)].filter(([itemId, reportId]) => !(incomingIds.has(itemId) && itemId === reportId));
  applyReportIds(context, new Map(changes));
  rememberCopies(context, incoming);
}

/** The report ids of these items. */
function reportsOf(context: SqliteContext, itemIds: string[]): string[] {
  return context
    .prepare<{ reportId: string }>('SELECT DISTINCT report_id AS reportId FROM items WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(itemIds))
    .map((row) => row.reportId);
}

function copiesOfReports(context: SqliteContext, reportIds: string[]): (StoredCopy & { placeKey: string })[] {
  return context
    .prepare<CopyRow & { reportId: string }>(
      `SELECT ${copyColumns}, i.report_id AS reportId FROM items i JOIN item_copies c ON c.item_id = i.id
       WHERE i.report_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(reportIds))
    .map((row) => ({ ...toCandidate(row), reportId: row.reportId }));
}

/** After curation names `practice` on the items naming the candidate: their copies are found by it too. */
export function addCopyPractice(context: SqliteContext, candidate: string, practice: string): void {
  forgetCopies(context);
  context
    .prepare(
      `UPDATE item_copies SET practices = json_insert(practices, '$[#]', @practice), name_bits = name_bits | @bit
       WHERE item_id IN (SELECT item_id FROM item_candidates WHERE name = @candidate)
         AND NOT EXISTS (SELECT 1 FROM json_each(item_copies.practices) named WHERE named.value = @practice)`,
    )
    .run({ practice, candidate, bit: nameBits([practice]) });
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
