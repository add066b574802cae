/**
 * The store side of diffusion: the practice text resolved as the adoptions page resolves it, its
 * adoption rows read once, the few undated items' own years looked up, then the pure computation.
 */
import type { RegionRef } from '../../graph/model.ts';
import type { AdoptionRow } from '../../graph/store.ts';
import { loadGazetteer } from '../../language/knowledge/gazetteer.ts';
import type { ServiceContext } from './context.ts';
import { neighbourCounts } from './diffusion-levels.ts';
import type { AdoptionEvent, DiffusionLevel, DiffusionReport, DiffusionResult } from './diffusion-types.ts';
import { computeDiffusion } from './diffusion.ts';
import { toItemFilter } from './filters.ts';
import type { PracticeResolver } from './practice-resolution.ts';
import type { SearchFilterInput } from './types.ts';

/** A reprint's copies share a reportId (once the store keeps one); before that each item is its own report. */
export function reportIdOf(row: { itemId: string; reportId?: string | null }): string {
  return row.reportId ?? row.itemId;
}

const countsMemo = new WeakMap<readonly RegionRef[], Map<DiffusionLevel, Map<string, number>>>();

/** Neighbour group sizes per level, computed once per gazetteer. */
function countsFor(places: readonly RegionRef[], level: DiffusionLevel): Map<string, number> {
  let byLevel = countsMemo.get(places);
  if (byLevel === undefined) countsMemo.set(places, (byLevel = new Map()));
  let counts = byLevel.get(level);
  if (counts === undefined) byLevel.set(level, (counts = neighbourCounts(places, level)));
  return counts;
}

export function gazetteerOf(context: ServiceContext): readonly RegionRef[] {
  return context.places?.() ?? loadGazetteer().all();
}

/** Rows → reports, the undated items' own year read for those few only (as the year chart does). */
export async function reportsOf(context: ServiceContext, rows: AdoptionRow[]): Promise<DiffusionReport[]> {
  const undated = [...new Set(rows.filter((row) => row.date === null).map((row) => row.itemId))];
  const years = new Map(undated.length === 0 ? [] : (await context.store.getItems(undated, { lean: true })).map((item) => [item.id, item.year]));
  return rows.map((row) => ({ reportId: reportIdOf(row), itemId: row.itemId, region: row.region, date: row.date, year: row.date === null ? (years.get(row.itemId) ?? null) : null }));
}

export interface DiffusionAnswer {
  result: DiffusionResult;
  reports: DiffusionReport[];
}

/** Diffusion of the named practices (already resolved), with the reports it was computed from. */
export async function diffusionOfPractices(context: ServiceContext, names: string[], level: DiffusionLevel, input: SearchFilterInput | undefined): Promise<DiffusionAnswer> {
  const filter = toItemFilter(input, context);
  const rows = names.length === 0 ? [] : await context.store.adoptions(names, filter);
  const reports = await reportsOf(context, rows);
  return { result: computeDiffusion(reports, { practices: names, level, neighbourCounts: countsFor(gazetteerOf(context), level) }), reports };
}

/**
 * Each event's first report headline and bulletin from one lean read, so the page need not load
 * every first item in full (texts, passages) to show a title and a source.
 */
async function withFirstReports(context: ServiceContext, result: DiffusionResult): Promise<DiffusionResult> {
  const ids = [...new Set([...result.events, ...result.undatedEvents].map((event) => event.firstItemId))];
  if (ids.length === 0) return result;
  const items = new Map((await context.store.getItems(ids, { lean: true })).map((item) => [item.id, item]));
  const summarise = (event: AdoptionEvent): AdoptionEvent => {
    const item = items.get(event.firstItemId);
    return item === undefined ? event : { ...event, firstReportSummary: { title: item.title, documentId: item.documentId } };
  };
  return { ...result, events: result.events.map(summarise), undatedEvents: result.undatedEvents.map(summarise), firstAdopters: result.firstAdopters.map(summarise) };
}

export async function findDiffusion(
  context: ServiceContext,
  resolver: PracticeResolver,
  text: string,
  level: DiffusionLevel,
  input: SearchFilterInput | undefined,
): Promise<DiffusionResult> {
  const resolution = await resolver.resolve(text);
  return withFirstReports(context, (await diffusionOfPractices(context, resolution.practices.map((practice) => practice.name), level, input)).result);
}
