/** Regions side by side, practice by practice: what each did and what came of it. */
import { createError } from '../../errors/catalogue.ts';
import type { RegionRef } from '../../graph/model.ts';
import type { ItemView } from '../../graph/store.ts';
import { outcomesFor } from './adoptions.ts';
import type { ServiceContext } from './context.ts';
import type { PracticeResolver } from './practice-resolution.ts';
import { itemsIn, resolveStoredRegion } from './profiles.ts';
import type { ComparisonRow } from './types.ts';

export const MAX_COMPARED_REGIONS = 10;

/** Rows for practices shared by the most regions first, then by total items, then name. */
export function comparisonRows(columns: { region: RegionRef; items: ItemView[] }[], practices: string[] | null): ComparisonRow[] {
  const names = practices ?? [...new Set(columns.flatMap((column) => column.items.flatMap((item) => item.practices.map((practice) => practice.name))))];
  const rows = names.map((practice) => ({
    practice,
    cells: columns.map(({ region, items }) => {
      const describing = items.filter((item) => item.practices.some((described) => described.name === practice));
      return { region, items: describing, outcomes: outcomesFor(describing, new Set([practice])) };
    }),
  }));
  const regionsWith = (row: ComparisonRow): number => row.cells.filter((cell) => cell.items.length > 0).length;
  const itemsOf = (row: ComparisonRow): number => row.cells.reduce((sum, cell) => sum + cell.items.length, 0);
  if (practices !== null) return rows;
  return rows.sort((a, b) => regionsWith(b) - regionsWith(a) || itemsOf(b) - itemsOf(a) || a.practice.localeCompare(b.practice));
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
