/**
 * The one way into the store. `createIngester({ store, model })` wires what every caller needs —
 * the taxonomy upserted once, the text stages, the embedder with its passage cache — and offers
 * paths (the CLI, `serve`'s samples, eval, bench) and single texts (the upload mutation) through the
 * same rules: the same content hash, and the same refusal of a text already stored under
 * another name.
 */
import { createError } from '../errors/catalogue.ts';
import type { GraphStore, WriteStatus } from '../graph/store.ts';
import { createCachedEmbedder } from '../language/embed/index.ts';
import type { PassageEmbedder } from '../language/embed/index.ts';
import { loadTaxonomy } from '../language/knowledge/taxonomy.ts';
import { ingestPaths } from './pipeline.ts';
import { isStoredUnchanged, legacyCopyOf, listStoredDocuments } from './stored-documents.ts';
import type { IngestOptions, IngestSummary } from './pipeline.ts';
import { uploadSource } from './document-ids.ts';
import { readSourceBytes } from './read/files.ts';
import { contentHash, extractText, toDocumentRecord } from './records.ts';
import type { TextStages } from './records.ts';

export type { TextStages } from './records.ts';
import { createTextStages } from './stages.ts';
import type { Embedder } from '../language/types.ts';

export interface Ingester {
  readonly stages: TextStages;
  /** Files and folders (recursive), with progress; see ingestPaths. */
  ingestPaths(paths: string[], options?: Omit<IngestOptions, 'stages' | 'embedder' | 'store'>): Promise<IngestSummary>;
  /** One text under a source name (an upload): refused with INPUT_DUPLICATE when stored under another name. */
  ingestText(text: string, name: string): Promise<{ documentId: string; status: WriteStatus }>;
  /** One uploaded file's bytes, read as the CLI reads files (encoding, docx, pdf, html), then as ingestText. */
  ingestFile(bytes: Uint8Array, name: string): Promise<{ documentId: string; status: WriteStatus }>;
}

export type IngesterOptions = { store: GraphStore; stages?: TextStages } & (
  /** The passage model (bge-small-zh); its vectors are cached in the store by passage hash. */
  | { model: Embedder; embedder?: never }
  /** A passage embedder of the caller's own (the benchmark's recorded or projected vectors). */
  | { embedder: PassageEmbedder; model?: never }
);

export function createIngester(options: IngesterOptions): Ingester {
  const { store } = options;
  const stages = options.stages ?? createTextStages();
  const embedder = options.embedder ?? createCachedEmbedder(options.model, store);
  let taxonomy: Promise<void> | undefined;
  const ready = (): Promise<void> => (taxonomy ??= store.upsertTaxonomy(loadTaxonomy()));

  /** One uploaded text: refused when another document holds it, replaced when its own name does. */
  async function ingestOne(text: string, source: string, name: string): Promise<{ documentId: string; status: WriteStatus }> {
    if (text.trim() === '') throw createError('INPUT_EMPTY', name);
    const stored = await listStoredDocuments(store);
    const hash = contentHash(text);
    const legacy = legacyCopyOf(stored, source, hash);
    if (isStoredUnchanged(stored, hash, source, name)) return { documentId: stored.byHash.get(hash)!.id, status: 'unchanged' };
    const extracted = extractText(stages, text, source);
    if (extracted.items.length === 0) throw createError('INPUT_NO_ITEMS', name);
    const record = await toDocumentRecord(extracted, stages.segmenter, embedder);
    const result = await store.writeDocument(record);
    if (legacy !== null) await store.deleteDocument(legacy);
    return { documentId: result.documentId, status: result.status };
  }

  return {
    stages,
    async ingestPaths(paths, pathOptions = {}) {
      await ready();
      return ingestPaths(paths, { ...pathOptions, stages, embedder, store });
    },
    async ingestText(text, name) {
      await ready();
      return ingestOne(text, uploadSource(name), name);
    },
    async ingestFile(bytes, name) {
      await ready();
      const { text } = await readSourceBytes(bytes, name);
      return ingestOne(text, uploadSource(name), name);
    },
  };
}
