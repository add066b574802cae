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
import { ingestPaths, storedSourcesByHash } from './pipeline.ts';
import type { IngestOptions, IngestSummary } from './pipeline.ts';
import { contentHash, documentIdFor, extractText, toDocumentRecord } from './records.ts';
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

  return {
    stages,
    async ingestPaths(paths, pathOptions = {}) {
      await ready();
      return ingestPaths(paths, { ...pathOptions, stages, embedder, store });
    },
    async ingestText(text, name) {
      await ready();
      if (text.trim() === '') throw createError('INPUT_EMPTY', name);
      const storedAs = (await storedSourcesByHash(store)).get(contentHash(text));
      if (storedAs !== undefined && documentIdFor(storedAs) !== documentIdFor(name)) throw createError('INPUT_DUPLICATE', name, storedAs);
      const extracted = extractText(stages, text, name);
      if (extracted.items.length === 0) throw createError('INPUT_NO_ITEMS', name);
      const record = await toDocumentRecord(extracted, stages.segmenter, embedder);
      const result = await store.writeDocument(record);
      return { documentId: result.documentId, status: result.status };
    },
  };
}
