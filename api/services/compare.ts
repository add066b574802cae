/** Regions side by side, practice by practice: what each did and what came of it, as a matrix. */
import { createError } from '../../errors/catalogue.ts';
import type { RegionRef } from '../../graph/model.ts';
import type { ItemView } from '../../graph/store.ts';
import { outcomesFor } from './adoptions.ts';
import { comparedMetrics } from './compare-metrics.ts';
import type { ServiceContext } from './context.ts';
import type { PracticeResolver } from './practice-resolution.ts';
import { itemsIn, resolveStoredRegion } from './profiles.ts';
import type { ComparisonRow } from './types.ts';

export const MAX_COMPARED_REGIONS = 10;

/**
 * The matrix: practices × places. Rows for practices several places share come first (most places,
 * then most items, then name), then each place's own, place by place; each cell holds the items of
 * that place describing the practice and only the outcomes tied to it.
 */
export function comparisonRows(columns: { region: RegionRef; items: ItemView[] }[], practices: string[] | null): ComparisonRow[] {
  const names = practices ?? [...new Set(columns.flatMap((column) => column.items.flatMap((item) => item.practices.map((practice) => practice.name))))];
  const rows = names.map((practice): ComparisonRow => {
    const cells = columns.map(({ region, items }) => {
      const describing = items.filter((item) => item.practices.some((described) => described.name === practice));
      return { region, items: describing, outcomes: outcomesFor(describing, new Set([practice])).outcomes };
    });
    const regionCount = cells.filter((cell) => cell.items.length > 0).length;
    return { practice, regionCount, cells, metrics: comparedMetrics(cells.map((cell) => cell.outcomes)) };
  });
  if (practices !== null) return rows;
  const itemsOf = (row: ComparisonRow): number => row.cells.reduce((sum, cell) => sum + cell.items.length, 0);
  /** The column of a place's own practice; shared rows sort before every column. */
  const ownerOf = (row: ComparisonRow): number => (row.regionCount > 1 ? -1 : row.cells.findIndex((cell) => cell.items.length > 0));
  return rows.sort((a, b) =>
    ownerOf(a) - ownerOf(b) || b.regionCount - a.regionCount || itemsOf(b) - itemsOf(a) || a.practice.localeCompare(b.practice, 'zh-CN'));
}

export async function compareRegions(
  context: ServiceContext,
  resolver: PracticeResolver,
  regionNames: string[],
  practice: string | undefined,
): Promise<{ regions: RegionRef[]; rows: ComparisonRow[] }> {
  if (regionNames.length === 0 || regionNames.length > MAX_COMPARED_REGIONS) {
    throw createError('BAD_REQUEST', `regions: 1–${MAX_COMPARED_REGIONS} 个地区 / 1 to ${MAX_COMPARED_REGIONS} regions`);
  }
  const regions: RegionRef[] = [];
  for (const name of regionNames) {
    const region = await resolveStoredRegion(context, name);
    if (!region) throw createError('NOT_FOUND', `region “${name}”`);
    regions.push(region);
  }
  let practices: string[] | null = null;
  if (practice !== undefined && practice.trim() !== '') {
    practices = (await resolver.resolve(practice)).practices.map((found) => found.name);
    if (practices.length === 0) throw createError('NOT_FOUND', `practice “${practice}”`);
  }
  const columns = await Promise.all(regions.map(async (region) => ({ region, items: await itemsIn(context, region.code) })));
  return { regions, rows: comparisonRows(columns, practices) };
}
