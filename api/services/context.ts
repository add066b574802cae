/** What every service module shares: the store, the stages it reuses and the taxonomy matcher. */
import type { PracticeDefinition } from '../../graph/model.ts';
import type { GraphStore } from '../../graph/store.ts';
import type { PracticeMatcher } from '../../language/extract/practices.ts';
import type { Embedder, RegionResolver, Segmenter } from '../../language/types.ts';

export interface AtlasServicesOptions {
  store: GraphStore;
  embedder: Embedder;
  segmenter: Segmenter;
  /** Only its gazetteer `lookup(name)` is used. */
  regions: Pick<RegionResolver, 'lookup'>;
  taxonomy: PracticeDefinition[];
}

export interface ServiceContext extends AtlasServicesOptions {
  matcher: PracticeMatcher;
}
