/**
 * Writes: one document per transaction (statements UNWIND the rows from rows.ts), deletion with
 * orphan sweeping, and the taxonomy. Same id and hash → 'unchanged', nothing touched.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { DocumentRecord, PracticeDefinition } from '../model.ts';
import type { WriteResult } from '../store.ts';
import * as cypher from './cypher.ts';
import { documentRows, type ItemLinkRow } from './rows.ts';

async function runLinks(tx: ManagedTransaction, statement: string, links: ItemLinkRow[]): Promise<void> {
  if (links.length > 0) await tx.run(statement, { links });
}

export async function writeDocumentIn(tx: ManagedTransaction, doc: DocumentRecord): Promise<WriteResult> {
  const existing = await tx.run(cypher.readDocumentHash, { id: doc.id });
  const previousHash = existing.records[0]?.get('hash') as string | undefined;
  if (previousHash === doc.hash) return { documentId: doc.id, status: 'unchanged' };
  if (previousHash !== undefined) await tx.run(cypher.deleteDocumentSubgraph, { id: doc.id });

  const rows = documentRows(doc);
  await tx.run(cypher.createDocument, { document: rows.document });
  if (rows.regions.length > 0) {
    for (const statement of [cypher.mergeRegions, cypher.linkFullRegionParents, cypher.linkAncestorParents, cypher.linkSuccessors]) {
      await tx.run(statement, { regions: rows.regions });
    }
  }
  if (rows.items.length > 0) await tx.run(cypher.createItems, { documentId: doc.id, items: rows.items });
  await runLinks(tx, cypher.linkItemRegions('IN_REGION'), rows.regionLinks);
  await runLinks(tx, cypher.linkItemRegions('IN_SUBREGION'), rows.subRegionLinks);
  await runLinks(tx, cypher.linkPractices, rows.practiceLinks);
  await runLinks(tx, cypher.linkCandidates, rows.candidateLinks);
  await runLinks(tx, cypher.linkPolicies, rows.policyLinks);
  await runLinks(tx, cypher.linkOffices, rows.officeLinks);
  if (rows.outcomes.length > 0) await tx.run(cypher.createOutcomes, { outcomes: rows.outcomes });
  if (rows.passages.length > 0) await tx.run(cypher.createPassages, { passages: rows.passages });
  // Only a replaced version can have left policies, offices or candidates without an item.
  if (previousHash !== undefined) await tx.run(cypher.sweepOrphans);
  return { documentId: doc.id, status: previousHash === undefined ? 'created' : 'replaced' };
}

export async function deleteDocumentIn(tx: ManagedTransaction, id: string): Promise<boolean> {
  const result = await tx.run(cypher.deleteDocumentSubgraph, { id });
  const deleted = (result.records[0]?.get('deleted') as number | undefined) ?? 0;
  if (deleted > 0) await tx.run(cypher.sweepOrphans);
  return deleted > 0;
}

export async function upsertTaxonomyIn(tx: ManagedTransaction, practices: PracticeDefinition[]): Promise<void> {
  const rows = practices.map(({ name, category, aliases, description }) => ({ name, category, aliases, description }));
  if (rows.length > 0) await tx.run(cypher.upsertPractices, { practices: rows });
  await tx.run(cypher.sweepCategories);
}
