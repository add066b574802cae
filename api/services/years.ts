/**
 * Items per year, with the undated ones counted too (issue 12.5): a chart or total that leaves them
 * out says "3 places" above bars showing 1. Their bucket is labelled 未注明日期 and comes last.
 */
import type { AdoptionRow } from '../../graph/store.ts';
import type { ServiceContext } from './context.ts';
import type { FacetBucket } from './types.ts';

export const UNDATED = '未注明日期';

/** One bucket per year in order, then 未注明日期 when some items have no year; each item counted once. */
export function yearBuckets(years: (number | null)[]): FacetBucket[] {
  const counts = new Map<string, number>();
  for (const year of years) {
    const key = year === null ? UNDATED : String(year);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const undated = counts.get(UNDATED);
  counts.delete(UNDATED);
  const buckets = [...counts.entries()].map(([value, count]) => ({ value, count })).sort((a, b) => a.value.localeCompare(b.value));
  return undated === undefined ? buckets : [...buckets, { value: UNDATED, count: undated }];
}

/**
 * Years of the items of adoption rows: the document date's year when printed; otherwise the item's
 * own year (its issue line, or a year its text states), read only for those few items.
 */
export async function adoptionYears(context: ServiceContext, rows: AdoptionRow[]): Promise<FacetBucket[]> {
  const dateByItem = new Map(rows.map((row) => [row.itemId, row.date]));
  const undatedIds = [...dateByItem].filter(([, date]) => date === null).map(([itemId]) => itemId);
  const itemYear = new Map(undatedIds.length === 0 ? [] : (await context.store.getItems(undatedIds, { lean: true })).map((item) => [item.id, item.year]));
  return yearBuckets([...dateByItem].map(([itemId, date]) => (date === null ? (itemYear.get(itemId) ?? null) : Number(date.slice(0, 4)))));
}
