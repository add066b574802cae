/**
 * Assembles what the server needs from one open store and one embedding model: the services the
 * resolvers read through, and the admin write operations (ingest one text, delete a document).
 * Shared by `atlas serve` and the HTTP integration tests so both run the same wiring.
 */
import type { GraphStore } from '../graph/store.ts';
import { createRegionResolver } from '../language/extract/regions/index.ts';
import { createIngester } from '../ingest/ingester.ts';
import type { TextStages } from '../ingest/ingester.ts';
import { loadGazetteer } from '../language/knowledge/gazetteer.ts';
import { loadTaxonomy } from '../language/knowledge/taxonomy.ts';
import type { Embedder } from '../language/types.ts';
import type { IngestedDocument, Upload } from './resolvers/index.ts';
import { createAtlasServices } from './services/index.ts';
import type { AtlasServices } from './services/types.ts';

export interface ApiRuntime {
  services: AtlasServices;
  ingest: (upload: Upload) => Promise<IngestedDocument>;
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
  const ingester = createIngester({ store, model, stages: options.stages });
  const services = createAtlasServices({
    store, embedder: model, segmenter: ingester.stages.segmenter, regions: createRegionResolver({ gazetteer: loadGazetteer() }), taxonomy: loadTaxonomy(),
  });
  return {
    services,
    // The same entry point as `atlas ingest`, with its refusal of a text stored under another name.
    ingest: (upload) => ('bytes' in upload ? ingester.ingestFile(upload.bytes, upload.name) : ingester.ingestText(upload.text, upload.name)),
    deleteDocument: (id) => store.deleteDocument(id),
  };
}
