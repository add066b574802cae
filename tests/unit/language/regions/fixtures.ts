/** Small builders for invented bulletin items and contexts (the genre, not the seeds' text). */
import { createRegionResolver } from '../../../../language/extract/regions/index.ts';
import { loadGazetteer } from '../../../../language/knowledge/gazetteer.ts';
import type { ParsedItem, RegionContext, RegionRef, RegionResolver } from '../../../../language/types.ts';

let resolver: RegionResolver | undefined;

export function regionResolver(): RegionResolver {
  resolver ??= createRegionResolver();
  return resolver;
}

export function buildItem(overrides: Partial<ParsedItem> & { title: string }): ParsedItem {
  return { ordinal: 1, section: null, office: null, text: '', ...overrides };
}

export function buildContext(overrides: Partial<RegionContext> = {}): RegionContext {
  return { publisher: null, documentTitle: null, siblingRegions: [], ...overrides };
}

/** A gazetteer unit by code, for sibling contexts. */
export function region(code: string): RegionRef {
  const ref = loadGazetteer().byCode(code);
  if (!ref) throw new Error(`no region ${code}`);
  return ref;
}

export function resolveTitle(title: string, overrides: Partial<ParsedItem> = {}, context: Partial<RegionContext> = {}) {
  return regionResolver().resolve(buildItem({ ...overrides, title }), buildContext(context));
}
