/**
 * Writes: a batch of documents per transaction (regions, shared nodes, then the documents whole,
 * from tree-rows.ts), deletion with orphan sweeping, and the taxonomy. Same id and hash → 'unchanged',
 * nothing touched. A batch costs a fixed number of round trips, however many documents it holds.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { createError } from '../../errors/catalogue.ts';
import type { DocumentRecord, PracticeDefinition } from '../model.ts';
import type { WriteResult } from '../store.ts';
import type { Neo4jContext } from './context.ts';
import { timedReprints } from '../reprints/index.ts';
import { bumpReprintVersion } from './reprint-cache.ts';
import { linkNewCopies, regroupReports, sharedReportsOf } from './reprints.ts';
import type { RegionRow } from './rows.ts';
import { batchTrees, sharedNodeRows, type BatchTrees, type DocumentTree, type SharedNodeRows } from './tree-rows.ts';
import * as cypher from './write-cypher.ts';

/** Refused before a session is opened; an empty batch opens none either. */
export async function writeDocuments(context: Neo4jContext, docs: DocumentRecord[]): Promise<WriteResult[]> {
  refuseRepeatedIds(docs);
  return docs.length === 0 ? [] : context.write((tx) => writeBatch(context, tx, docs));
}

/** One document is a batch of one. */
export async function writeDocument(context: Neo4jContext, doc: DocumentRecord): Promise<WriteResult> {
  const [result] = await writeDocuments(context, [doc]);
  if (result === undefined) throw new Error('writeDocuments gave no result for one document');
  return result;
}

export function deleteDocument(context: Neo4jContext, id: string): Promise<boolean> {
  return context.write((tx) => deleteDocumentIn(tx, id));
}

export function upsertTaxonomy(context: Neo4jContext, practices: PracticeDefinition[]): Promise<void> {
  return context.write((tx) => upsertTaxonomyIn(tx, practices));
}

/** A batch naming one id twice has no single meaning (which version wins?): refuse it up front. */
function refuseRepeatedIds(docs: DocumentRecord[]): void {
  const seen = new Set<string>();
  for (const doc of docs) {
    if (seen.has(doc.id)) throw createError('BAD_REQUEST', `document ${doc.id} appears more than once in one batch`);
    seen.add(doc.id);
  }
}

async function writeBatch(context: Neo4jContext, tx: ManagedTransaction, docs: DocumentRecord[]): Promise<WriteResult[]> {
  if (docs.length === 0) return [];
  const existing = await tx.run(cypher.readDocumentHashes, { ids: docs.map((doc) => doc.id) });
  const storedHash = new Map(existing.records.map((record) => [record.get('id') as string, record.get('hash') as string]));
  const results = docs.map((doc): WriteResult => {
    const previous = storedHash.get(doc.id);
    return { documentId: doc.id, status: previous === undefined ? 'created' : previous === doc.hash ? 'unchanged' : 'replaced' };
  });
  const toWrite = docs.filter((_, index) => results[index]?.status !== 'unchanged');
  if (toWrite.length === 0) return results;

  const replaced = results.filter((result) => result.status === 'replaced').map((result) => result.documentId);
  // Reports the old versions shared are regrouped before the new items (which may reuse their ids) exist.
  // The old versions' copies go: no connection's cached candidates may keep them.
  if (replaced.length > 0) await bumpReprintVersion(tx);
  const reports = replaced.length > 0 ? await timedReprints(() => sharedReportsOf(tx, replaced)) : [];
  const shared = replaced.length > 0 ? await deleteDocuments(tx, replaced) : [];
  await timedReprints(() => regroupReports(tx, reports));
  const trees = batchTrees(toWrite);
  await writeTrees(tx, trees);
  await timedReprints(() => linkNewCopies(context, tx, trees.copies));
  // Only a replaced version can have left policies, offices or candidates without an item.
  if (shared.length > 0) await tx.run(cypher.sweepShared, { shared });
  return results;
}

/** Deletes the documents' subgraphs; gives the element ids of the shared nodes they pointed at. */
async function deleteDocuments(tx: ManagedTransaction, ids: string[]): Promise<string[]> {
  const result = await tx.run(cypher.deleteDocumentSubgraphs, { ids });
  return [...new Set(result.records.flatMap((record) => record.get('shared') as string[]))];
}

/** Regions, then the shared nodes, then the documents whole: a few round trips per batch. */
export async function writeTrees(tx: ManagedTransaction, trees: BatchTrees): Promise<void> {
  await writeRegions(tx, trees.regions);
  await writeSharedNodes(tx, sharedNodeRows(trees.documents));
  await createDocumentTrees(tx, trees.documents);
}

export async function writeSharedNodes(tx: ManagedTransaction, rows: SharedNodeRows): Promise<void> {
  if (Object.values(rows).some((list: unknown[]) => list.length > 0)) await tx.run(cypher.mergeSharedNodes, rows);
}

export async function createDocumentTrees(tx: ManagedTransaction, documents: DocumentTree[]): Promise<void> {
  if (documents.length > 0) await tx.run(cypher.createDocumentTrees, { documents });
}

export async function writeRegions(tx: ManagedTransaction, regions: RegionRow[]): Promise<void> {
  if (regions.length === 0) return;
  for (const statement of [cypher.mergeRegions, cypher.linkFullRegionParents, cypher.linkAncestorParents, cypher.linkSuccessors]) {
    await tx.run(statement, { regions });
  }
}

async function deleteDocumentIn(tx: ManagedTransaction, id: string): Promise<boolean> {
  await bumpReprintVersion(tx);
  const reports = await sharedReportsOf(tx, [id]);
  const result = await tx.run(cypher.deleteDocumentSubgraphs, { ids: [id] });
  if (result.records.length === 0) return false;
  await regroupReports(tx, reports);
  const shared = result.records.flatMap((record) => record.get('shared') as string[]);
  if (shared.length > 0) await tx.run(cypher.sweepShared, { shared });
  return true;
}

async function upsertTaxonomyIn(tx: ManagedTransaction, practices: PracticeDefinition[]): Promise<void> {
  const rows = practices.map(({ name, category, aliases, description }) => ({ name, category, aliases, description }));
  if (rows.length > 0) await tx.run(cypher.upsertPractices, { practices: rows });
  await tx.run(cypher.sweepCategories);
}
