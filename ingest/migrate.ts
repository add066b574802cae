/**
 * Copies a whole graph from one store to another through the port (SQLite → Neo4j in practice):
 * taxonomy, then every document with its items, extraction and passage vectors. Documents are
 * written with their ids and hashes, so a second run finds them unchanged and copies nothing.
 * New documents take the target's loader when it has one (GraphStore.openLoader).
 */
import { createError } from '../errors/catalogue.ts';
import type { DocumentRecord, PracticeDefinition } from '../graph/model.ts';
import type { DocumentSummary, GraphStore, ItemView, WriteStatus } from '../graph/store.ts';
import { passageHash } from '../language/embed/index.ts';
import type { ProgressReporter } from './progress.ts';
import type { Segmenter } from '../language/types.ts';

export interface MigrationSummary {
  documents: Record<WriteStatus, number>;
  items: number;
  passages: number;
}

export interface MigrationOptions {
  from: GraphStore;
  to: GraphStore;
  taxonomy: PracticeDefinition[];
  /** Re-derives passage tokens (the port returns passage text, not tokens). */
  segmenter: Segmenter;
  progress?: (totalDocuments: number) => ProgressReporter;
  pageSize?: number;
}

export async function migrateGraph(options: MigrationOptions): Promise<MigrationSummary> {
  const { from, to } = options;
  await to.upsertTaxonomy(options.taxonomy);
  const summary: MigrationSummary = { documents: { created: 0, replaced: 0, unchanged: 0 }, items: 0, passages: 0 };
  const pageSize = options.pageSize ?? 50;
  // Documents the target already holds with the same hash are not read back at all: a second
  // run, or one adding to an earlier copy, only reads and writes what is new.
  const present = await hashesById(to, pageSize);
  const first = await from.listDocuments({ first: pageSize, offset: 0 });
  const progress = options.progress?.(first.total);
  // New documents go through the store's loader when it has one (several transactions at once,
  // the next page read meanwhile); documents to replace wait for it and take writeDocuments.
  const loader = to.openLoader?.();
  const replacements: DocumentRecord[] = [];
  const count = (records: DocumentRecord[], status: WriteStatus[]): void => {
    records.forEach((record, index) => {
      summary.documents[status[index]!]++;
      summary.items += record.items.length;
      summary.passages += record.items.reduce((sum, item) => sum + item.passages.length, 0);
      progress?.advance(record.items.length, record.source);
    });
  };
  for (let offset = 0; offset < first.total; offset += pageSize) {
    const page = offset === 0 ? first : await from.listDocuments({ first: pageSize, offset });
    const records: DocumentRecord[] = [];
    for (const summaryRow of page.nodes) {
      if (present.get(summaryRow.id) === summaryRow.hash) {
        summary.documents.unchanged++;
        progress?.skip(summaryRow.source);
        continue;
      }
      const record = await readDocumentRecord(from, summaryRow, options.segmenter);
      if (loader !== undefined && present.has(record.id)) replacements.push(record);
      else records.push(record);
    }
    if (records.length === 0) continue;
    if (loader !== undefined) {
      await loader.add(records);
      count(records, records.map(() => 'created'));
    } else {
      // One page, one transaction: the target never holds half a page.
      count(records, (await to.writeDocuments(records)).map((result) => result.status));
    }
  }
  await loader?.finish();
  for (let index = 0; index < replacements.length; index += pageSize) {
    const records = replacements.slice(index, index + pageSize);
    count(records, (await to.writeDocuments(records)).map((result) => result.status));
  }
  progress?.done();
  return summary;
}

async function hashesById(store: GraphStore, pageSize: number): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (let offset = 0; ; offset += pageSize * 10) {
    const page = await store.listDocuments({ first: pageSize * 10, offset });
    for (const doc of page.nodes) hashes.set(doc.id, doc.hash);
    if (offset + pageSize * 10 >= page.total) return hashes;
  }
}

/** Rebuilds the record a document was written from, vectors included. */
export async function readDocumentRecord(store: GraphStore, doc: DocumentSummary, segmenter: Segmenter): Promise<DocumentRecord> {
  const ids = Array.from({ length: doc.itemCount }, (_, index) => `${doc.id}:${index + 1}`);
  const items = await store.getItems(ids);
  if (items.length !== doc.itemCount) throw createError('STORE_CORRUPT', `${doc.id}: ${items.length} of ${doc.itemCount} items readable`);
  const hashes = items.flatMap((item) => item.passages.map((passage) => passageHash(passage.text)));
  const vectors = await store.getEmbeddings(hashes);
  // Tokens as the source stored them when it keeps them; jieba again otherwise (the costliest
  // part of a migration's own work, decision 0009).
  const stored = await store.getPassageTokens?.(ids);
  const tokensOf = (item: ItemView, index: number, text: string): string[] => stored?.get(item.id)?.get(index) ?? segmenter.cutForSearch(text);
  const { id, source, title, issue, date, publisher, hash } = doc;
  return { id, source, title, issue, date, publisher, hash, items: items.map((item) => toItemRecord(item, vectors, tokensOf)) };
}

type TokensOf = (item: ItemView, index: number, text: string) => string[];

function toItemRecord(item: ItemView, vectors: Map<string, Float32Array>, tokensOf: TokensOf): DocumentRecord['items'][number] {
  const { documentId: _documentId, passages, ...rest } = item;
  return {
    ...rest,
    passages: passages.map((passage) => {
      const hash = passageHash(passage.text);
      const embedding = vectors.get(hash);
      if (!embedding) throw createError('STORE_CORRUPT', `${item.id}: passage ${passage.index} has no vector`);
      return { index: passage.index, text: passage.text, hash, tokens: tokensOf(item, passage.index, passage.text), embedding };
    }),
  };
}
