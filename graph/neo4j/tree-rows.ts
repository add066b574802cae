/**
 * The flat rows of rows.ts nested per document and item, so one statement (write-cypher.ts
 * createDocumentTrees) writes whole documents: an item's passages, outcomes and links are created
 * from the item node in hand instead of each row looking the item up by id again. Pure.
 */
import type { DocumentRecord } from '../model.ts';
import type { NewCopy } from '../reprints/index.ts';
import { batchRows, type BatchRows, type ItemLinkRow, type RegionRow } from './rows.ts';

export interface ItemTree {
  props: Record<string, unknown>;
  regions: string[];
  subRegions: string[];
  practices: ItemLinkRow[];
  candidates: ItemLinkRow[];
  policies: ItemLinkRow[];
  offices: string[];
  outcomes: Omit<BatchRows['outcomes'][number], 'itemId'>[];
  passages: Omit<BatchRows['passages'][number], 'itemId'>[];
}

export interface DocumentTree {
  props: Record<string, string | null>;
  items: ItemTree[];
}

export interface BatchTrees {
  documents: DocumentTree[];
  regions: RegionRow[];
  copies: NewCopy[];
}

/**
 * `deferReprints`: items that can be a copy are written without their sketch, place key and
 * report id (loader.ts sets them in a later, ordered transaction); until then nothing can link
 * them and reads take them as their own report.
 */
export function batchTrees(docs: DocumentRecord[], options: { deferReprints?: boolean } = {}): BatchTrees {
  const rows = batchRows(docs);
  const deferred = new Set(options.deferReprints === true ? rows.copies.map((copy) => copy.itemId) : []);
  const byItem = new Map<string, ItemTree>();
  const byDocument = new Map<string, DocumentTree>();
  const documents = rows.documents.map((props) => {
    const tree: DocumentTree = { props, items: [] };
    byDocument.set(props.id as string, tree);
    return tree;
  });
  for (const row of rows.items) {
    const { documentId, ...props } = row;
    if (deferred.has(props.id as string)) {
      for (const key of ['placeKey', 'reprintShingles', 'reprintSketch', 'reportId']) delete props[key];
    }
    const item: ItemTree = { props, regions: [], subRegions: [], practices: [], candidates: [], policies: [], offices: [], outcomes: [], passages: [] };
    byItem.set(props.id as string, item);
    byDocument.get(documentId as string)?.items.push(item);
  }
  const itemOf = (itemId: string): ItemTree => {
    const item = byItem.get(itemId);
    if (item === undefined) throw new Error(`row for unknown item ${itemId}`);
    return item;
  };
  for (const link of rows.regionLinks) itemOf(link.itemId).regions.push(link.key);
  for (const link of rows.subRegionLinks) itemOf(link.itemId).subRegions.push(link.key);
  for (const link of rows.practiceLinks) itemOf(link.itemId).practices.push(link);
  for (const link of rows.candidateLinks) itemOf(link.itemId).candidates.push(link);
  for (const link of rows.policyLinks) itemOf(link.itemId).policies.push(link);
  for (const link of rows.officeLinks) itemOf(link.itemId).offices.push(link.key);
  for (const { itemId, ...outcome } of rows.outcomes) itemOf(itemId).outcomes.push(outcome);
  for (const { itemId, ...passage } of rows.passages) itemOf(itemId).passages.push(passage);
  return { documents, regions: rows.regions, copies: rows.copies };
}

export interface SharedNodeRows {
  practices: { name: string; category: string | undefined }[];
  candidates: string[];
  policies: string[];
  offices: string[];
}

/** Each shared name once (a practice's first category wins, as the first match would create it), sorted. */
export function sharedNodeRows(documents: DocumentTree[]): SharedNodeRows {
  const practices = new Map<string, string | undefined>();
  const candidates = new Set<string>();
  const policies = new Set<string>();
  const offices = new Set<string>();
  for (const doc of documents) {
    for (const item of doc.items) {
      for (const link of item.practices) if (!practices.has(link.key)) practices.set(link.key, link.category);
      for (const link of item.candidates) candidates.add(link.key);
      for (const link of item.policies) policies.add(link.key);
      for (const name of item.offices) offices.add(name);
    }
  }
  const sorted = (names: Iterable<string>): string[] => [...names].sort();
  return {
    practices: sorted(practices.keys()).map((name) => ({ name, category: practices.get(name) })),
    candidates: sorted(candidates),
    policies: sorted(policies),
    offices: sorted(offices),
  };
}
