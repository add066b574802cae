/** Items grouped by year for the region page: newest year first, the undated ones last, none dropped. */

/** The label the API gives undated items too (api/services/years.ts). */
export const UNDATED = '未注明日期';

export function groupByYear<T extends { year?: number | null; date?: string | null }>(items: T[]): [string, T[]][] {
  const groups = new Map<number | null, T[]>();
  for (const item of items) {
    const year = item.year ?? null;
    groups.set(year, [...(groups.get(year) ?? []), item]);
  }
  const newestFirst = (a: T, b: T): number => (b.date ?? '').localeCompare(a.date ?? '');
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : b - a))
    .map(([year, group]) => [year === null ? UNDATED : `${year} 年`, group.sort(newestFirst)]);
}
