/** What every service module shares: the store, the stages it reuses and the taxonomy matcher. */
import type { PracticeDefinition, RegionRef } from '../../graph/model.ts';
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
  /** The gazetteer's regions, for suggesting place spellings when a search finds nothing (default: the national gazetteer). */
  places?: () => readonly RegionRef[];
}

export interface ServiceContext extends AtlasServicesOptions {
  matcher: PracticeMatcher;
}
