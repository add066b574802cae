/**
 * Assembles what the server needs from one open store and one embedding model: the services the
 * resolvers read through, and the admin write operations (ingest one text, delete a document).
 * Shared by `atlas serve` and the HTTP integration tests so both run the same wiring.
 */
import { createError } from '../errors/catalogue.ts';
import type { GraphStore } from '../graph/store.ts';
import { createCachedEmbedder } from '../ingest/embed/index.ts';
import { createRegionResolver } from '../ingest/extract/regions/index.ts';
import { loadGazetteer } from '../ingest/knowledge/gazetteer.ts';
import { loadTaxonomy } from '../ingest/knowledge/taxonomy.ts';
import { extractText, toDocumentRecord } from '../ingest/pipeline.ts';
import type { TextStages } from '../ingest/pipeline.ts';
import { createTextStages } from '../ingest/stages.ts';
import type { Embedder } from '../ingest/types.ts';
import type { IngestedDocument } from './resolvers/index.ts';
import { createAtlasServices } from './services/index.ts';
import type { AtlasServices } from './services/types.ts';

export interface ApiRuntime {
  services: AtlasServices;
  ingest: (text: string, name: string) => Promise<IngestedDocument>;
  deleteDocument: (id: string) => Promise<boolean>;
}

export interface ApiRuntimeOptions {
  store: GraphStore;
  /** The query/passage embedding model (bge-small-zh in production). */
  model: Embedder;
  stages?: TextStages;
}

export function createApiRuntime(options: ApiRuntimeOptions): ApiRuntime {
  const { store, model } = options;
  const stages = options.stages ?? createTextStages();
  const taxonomy = loadTaxonomy();
  const services = createAtlasServices({
    store, embedder: model, segmenter: stages.segmenter, regions: createRegionResolver({ gazetteer: loadGazetteer() }), taxonomy,
  });
  const passageEmbedder = createCachedEmbedder(model, store);
  return {
    services,
    // The same stages as `atlas ingest`: parse → segment → extract → embed → one write transaction.
    async ingest(text, name) {
      const extracted = extractText(stages, text, name);
      if (extracted.items.length === 0) throw createError('INPUT_NO_ITEMS', name);
      const record = await toDocumentRecord(extracted, stages.segmenter, passageEmbedder);
      const result = await store.writeDocument(record);
      return { documentId: result.documentId, status: result.status };
    },
    deleteDocument: (id) => store.deleteDocument(id),
  };
}
