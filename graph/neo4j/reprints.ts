/**
 * Reprints in Neo4j: report ids kept on items (reportId), settled inside the write transaction
 * with the grouping of graph/reprints (the same functions the SQLite adapter runs): a batch's new
 * copies join the stored reports they link (read by candidates.ts's probes); a deletion regroups
 * the copies left.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { addCopies, assignReports, joinedReports, MIN_SHINGLES, placeKey, probesOf, regroup, sketchText, type NewCopy, type StoredCopy } from '../reprints/index.ts';
import type { ReportCopy } from '../store.ts';
import type { Neo4jContext } from './context.ts';
import * as cypher from './reprints-cypher.ts';

function toStoredCopy(row: Record<string, unknown>): StoredCopy & { placeKey: string } {
  return {
    placeKey: row.key as string,
    itemId: row.itemId as string,
    documentId: row.documentId as string,
    date: (row.date as string | null) ?? null,
    reportId: row.reportId as string,
    practices: row.practices as string[],
    sketch: { shingles: Number(row.shingles), hashes: Uint32Array.from(row.hashes as number[]) },
  };
}

async function applyChanges(tx: ManagedTransaction, changes: Map<string, string>): Promise<void> {
  if (changes.size === 0) return;
  await tx.run(cypher.setReportIds, { changes: [...changes].map(([itemId, reportId]) => ({ itemId, reportId })) });
}

/**
 * Joins new copies to the reports stored at their places: one round trip reads the copies they can
 * link, a second the rest of the reports those belong to (only when one is linked), a last writes
 * the changed report ids.
 */
export async function linkNewCopies(tx: ManagedTransaction, incoming: NewCopy[]): Promise<void> {
  if (incoming.length === 0) return;
  const incomingIds = incoming.map((copy) => copy.itemId);
  const skip = new Set(incomingIds);
  const candidates = await tx.run(cypher.candidateCopies, { probes: probesOf(incoming), incoming: incomingIds });
  const storedByKey = new Map<string, StoredCopy[]>();
  addCopies(storedByKey, candidates.records.map((record) => toStoredCopy(record.toObject())), skip);
  const joined = joinedReports(storedByKey, incoming);
  if (joined.length > 0) {
    const members = await tx.run(cypher.copiesOfReports, { reportIds: joined });
    addCopies(storedByKey, members.records.map((record) => toStoredCopy(record.toObject())), skip);
  }
  await applyChanges(tx, assignReports(storedByKey, incoming));
}

export async function sharedReportsOf(tx: ManagedTransaction, documentIds: string[]): Promise<string[]> {
  const result = await tx.run(cypher.sharedReports, { ids: documentIds });
  return result.records.map((record) => record.get('reportId') as string);
}

export async function regroupReports(tx: ManagedTransaction, reportIds: string[]): Promise<void> {
  if (reportIds.length === 0) return;
  const result = await tx.run(cypher.copiesOfReports, { reportIds });
  await applyChanges(tx, regroup(result.records.map((record) => toStoredCopy(record.toObject()))));
}

export async function reportCopies(context: Neo4jContext, reportIds: string[]): Promise<ReportCopy[]> {
  const asked = [...new Set(reportIds)];
  if (asked.length === 0) return [];
  const rows = await context.read(cypher.reportCopies, { reportIds: asked });
  return rows.map((row) => ({
    itemId: row.itemId as string,
    reportId: row.reportId as string,
    documentId: row.documentId as string,
    date: (row.date as string | null) ?? null,
  }));
}

/**
 * Items stored before reprints were kept get their sketches and report ids, 500 per transaction,
 * joined to the reports already known as if written now. Run when the store opens; an up-to-date
 * store costs one scan of the items' reportId.
 */
export async function backfillReprints(context: Neo4jContext): Promise<number> {
  let total = 0;
  for (;;) {
    const written = await context.write(async (tx) => {
      const page = (await tx.run(cypher.itemsWithoutReport)).records.map((record) => record.toObject());
      const copies: NewCopy[] = [];
      const rows = page.map((row) => {
        const itemId = row.itemId as string;
        const regionCode = row.regionCode as string | null;
        const key = placeKey({ region: regionCode === null ? null : { code: regionCode }, regionMention: row.mention as string | null });
        const sketch = sketchText(row.text as string);
        if (key === null || sketch.shingles < MIN_SHINGLES) return { itemId, placeKey: null, shingles: null, hashes: null };
        copies.push({ itemId, documentId: row.documentId as string, date: (row.date as string | null) ?? null, practices: row.practices as string[], sketch, placeKey: key });
        return { itemId, placeKey: key, shingles: sketch.shingles, hashes: [...sketch.hashes] };
      });
      if (rows.length > 0) await tx.run(cypher.setSketches, { rows });
      await linkNewCopies(tx, copies);
      return rows.length;
    });
    if (written === 0) return total;
    total += written;
  }
}
