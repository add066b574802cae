/** Facet counts over a set of items: by province, city, practice, year and section. */
import type { ItemFacts } from '../../graph/store.ts';
import type { FacetBucket, SearchFacets } from './types.ts';
import { UNDATED } from './years.ts';

/** Buckets by count (most first), then value; an item counts once per bucket. */
export function countBuckets(values: Iterable<string[]>): FacetBucket[] {
  const counts = new Map<string, number>();
  for (const itemValues of values) {
    for (const value of new Set(itemValues)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** The region name at one depth of the item's path (0 province, 1 city). */
function placeAt(item: ItemFacts, depth: number): string[] {
  const region = item.region ?? item.subRegion;
  const name = region?.path[depth];
  return name === undefined ? [] : [name];
}

/** A reprinted report's copies count once (the first met): facets count reports, not copies. */
function distinctReports(items: ItemFacts[]): ItemFacts[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (seen.has(item.reportId)) return false;
    seen.add(item.reportId);
    return true;
  });
}

/** Over items' facts (store.itemFacts) or the items themselves. */
export function computeFacets(hits: ItemFacts[]): SearchFacets {
  const items = distinctReports(hits);
  return {
    province: countBuckets(items.map((item) => placeAt(item, 0))),
    city: countBuckets(items.map((item) => placeAt(item, 1))),
    practice: countBuckets(items.map((item) => item.practices.map((practice) => practice.name))),
    // By count like the others; items without a year are counted under 未注明日期, never dropped.
    year: countBuckets(items.map((item) => [item.year === null ? UNDATED : String(item.year)])),
    section: countBuckets(items.map((item) => (item.section === null ? [] : [item.section]))),
  };
}
