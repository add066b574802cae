/**
 * Reprints in Neo4j: report ids kept on items (reportId), settled inside the write transaction
 * with the grouping of graph/reprints (the same functions the SQLite adapter runs): a batch's new
 * copies join the stored reports they link (candidates kept in memory, reprint-cache.ts); a
 * deletion regroups the copies left.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { addCopies, assignReports, linkedCandidates, MIN_SHINGLES, placeKey, regroup, sketchText, type NewCopy, type StoredCopy } from '../reprints/index.ts';
import type { ReportCopy } from '../store.ts';
import type { Neo4jContext } from './context.ts';
import { sharedStoreVersion } from './read.ts';
import { copiesForLinking } from './reprint-cache.ts';
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
 * Joins new copies to the reports stored at their places, as the SQLite adapter does: the stored
 * copies of their places come from the connection's cache (reprint-cache.ts; one read for the
 * places it lacks or when another writer came between); the rule picks those a new copy links.
 * Only when one links are the reports of those read, every copy with its report id; the changed
 * report ids are written last.
 */
export async function linkNewCopies(context: Neo4jContext, tx: ManagedTransaction, incoming: NewCopy[]): Promise<void> {
  if (incoming.length === 0) return;
  const incomingIds = new Set(incoming.map((copy) => copy.itemId));
  const { candidates, keep } = await copiesForLinking(context, tx, [...new Set(incoming.map((copy) => copy.placeKey))], incomingIds);
  const linked = linkedCandidates(candidates, incoming);
  const storedByKey = new Map<string, StoredCopy[]>();
  if (linked.length > 0) {
    const reports = await tx.run(cypher.reportsOfItems, { itemIds: linked.map((copy) => copy.itemId) });
    const members = await tx.run(cypher.copiesOfReports, { reportIds: reports.records.map((record) => record.get('reportId') as string) });
    addCopies(storedByKey, members.records.map((record) => toStoredCopy(record.toObject())), incomingIds);
  }
  await applyChanges(tx, assignReports(storedByKey, incoming));
  keep(incoming);
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

/**
 * Every copy of the asked reports, by report id and then earliest first (as the statement orders
 * them): from memory where kept under the store's current change counter (versioned-cache.ts).
 */
export async function reportCopies(context: Neo4jContext, reportIds: string[]): Promise<ReportCopy[]> {
  const asked = [...new Set(reportIds)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (asked.length === 0) return [];
  const version = await sharedStoreVersion(context);
  const { found, missing, keep } = context.memo.reportCopies.lookup(version, asked);
  if (missing.length > 0) {
    const byReport = new Map(missing.map((id) => [id, [] as ReportCopy[]]));
    for (const row of await context.read(cypher.reportCopies, { reportIds: missing })) {
      byReport.get(row.reportId as string)?.push({
        itemId: row.itemId as string,
        reportId: row.reportId as string,
        documentId: row.documentId as string,
        date: (row.date as string | null) ?? null,
      });
    }
    const read = [...byReport].map(([id, copies]) => ({ id, copies }));
    keep(read);
    for (const entry of read) found.set(entry.id, entry);
  }
  return asked.flatMap((id) => found.get(id)?.copies ?? []);
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
      await linkNewCopies(context, tx, copies);
      return rows.length;
    });
    if (written === 0) return total;
    total += written;
  }
}
