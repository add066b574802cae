/**
 * "Who tried this practice, where, and with what results": the product's core answer. Free text
 * is resolved to practices, then every region whose items describe one of them is listed with
 * those items, the outcomes tied to the asked practices, the rest apart (其他数据), and the date span.
 */
import type { Outcome, RegionRef } from '../../graph/model.ts';
import type { AdoptionRow, ItemView, PracticeView } from '../../graph/store.ts';
import type { ServiceContext } from './context.ts';
import { countBuckets } from './facets.ts';
import { toItemFilter } from './filters.ts';
import type { PracticeResolver } from './practice-resolution.ts';
import type { Adoption, AdoptionsResult, SearchFilterInput } from './types.ts';
import { adoptionYears } from './years.ts';

/** The outcomes of some items split by practice, each claim once (an item stored twice repeats them). */
export interface SplitOutcomes {
  /** Tied to one of the practices asked about, in item order. */
  outcomes: Outcome[];
  /** Tied to another practice or to none: shown apart, as 其他数据. */
  otherOutcomes: Outcome[];
}

const claimKey = (outcome: Outcome): string => [outcome.text, outcome.value, outcome.unit, outcome.kind, outcome.practice ?? ''].join('\u0000');

export function outcomesFor(items: ItemView[], practices: Set<string>): SplitOutcomes {
  const seen = new Set<string>();
  const split: SplitOutcomes = { outcomes: [], otherOutcomes: [] };
  for (const outcome of items.flatMap((item) => item.outcomes)) {
    const key = claimKey(outcome);
    if (seen.has(key)) continue;
    seen.add(key);
    (outcome.practice !== null && practices.has(outcome.practice) ? split.outcomes : split.otherOutcomes).push(outcome);
  }
  return split;
}

function dateSpan(dates: (string | null)[]): { firstDate: string | null; lastDate: string | null } {
  const known = dates.filter((date): date is string => date !== null).sort();
  return { firstDate: known[0] ?? null, lastDate: known.at(-1) ?? null };
}

/** The items of one region (items without a region together under null), before they are read. */
interface RegionGroup {
  region: RegionRef | null;
  /** In date order, as the rows come. */
  itemIds: string[];
  firstDate: string | null;
  lastDate: string | null;
}

/**
 * The rows of distinct reports: a reprinted report's copies are one adoption, listed by its
 * earliest copy (rows come by date); an item asked under two practices stays once.
 */
export function onePerReport(rows: AdoptionRow[]): AdoptionRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    if (seen.has(row.reportId)) return false;
    seen.add(row.reportId);
    return true;
  });
}

/** Groups rows by region, in the order regions first appear; each report once per region. */
function groupRows(rows: AdoptionRow[]): RegionGroup[] {
  const groups = new Map<string, RegionGroup & { seen: Set<string> }>();
  for (const row of rows) {
    const key = row.region?.code ?? '';
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = { region: row.region, itemIds: [], firstDate: null, lastDate: null, seen: new Set() }));
    if (group.seen.has(row.reportId)) continue;
    group.seen.add(row.reportId);
    group.itemIds.push(row.itemId);
    if (row.date !== null && (group.firstDate === null || row.date < group.firstDate)) group.firstDate = row.date;
    if (row.date !== null && (group.lastDate === null || row.date > group.lastDate)) group.lastDate = row.date;
  }
  return [...groups.values()].map(({ region, itemIds, firstDate, lastDate }) => ({ region, itemIds, firstDate, lastDate }));
}

/** Most items first; then regions with a place before the unplaced; then the earliest. */
function byWeight(a: RegionGroup, b: RegionGroup): number {
  return (
    b.itemIds.length - a.itemIds.length ||
    Number(a.region === null) - Number(b.region === null) ||
    (a.firstDate ?? '9999').localeCompare(b.firstDate ?? '9999') ||
    (a.region?.code ?? '').localeCompare(b.region?.code ?? '')
  );
}

/**
 * The reports a place lists: its newest `perPlace`. A county that reported a practice every month
 * for years would otherwise send hundreds of items and thousands of outcomes to one page (a generic
 * practice at 1M items: 21k items, 39 MB for 30 places).
 */
function listedIds(group: RegionGroup, perPlace: number): string[] {
  return perPlace === 0 ? [] : group.itemIds.slice(-perPlace);
}

function toAdoption(group: RegionGroup, perPlace: number, items: Map<string, ItemView>, practices: Set<string>): Adoption {
  const listed = listedIds(group, perPlace).flatMap((id) => {
    const item = items.get(id);
    return item ? [item] : [];
  });
  // Rows carry the dates of every report, listed or not; an undated store row falls back to its item.
  const span = group.firstDate === null ? dateSpan(listed.map((item) => item.date)) : { firstDate: group.firstDate, lastDate: group.lastDate };
  return { region: group.region, items: listed, itemCount: group.itemIds.length, ...outcomesFor(listed, practices), ...span };
}

/** Places listed with their items when no `first` is asked; the totals and charts count them all. */
export const DEFAULT_ADOPTIONS_SHOWN = 30;
/** Reports listed per place when no `itemsPerPlace` is asked; `itemCount` counts them all. */
export const DEFAULT_ITEMS_PER_PLACE = 10;

export async function findAdoptions(
  context: ServiceContext,
  resolver: PracticeResolver,
  text: string,
  input: SearchFilterInput | undefined,
  first = DEFAULT_ADOPTIONS_SHOWN,
  perPlace = DEFAULT_ITEMS_PER_PLACE,
): Promise<AdoptionsResult> {
  const filter = toItemFilter(input, context);
  const resolution = await resolver.resolve(text);
  const names = resolution.practices.map((practice) => practice.name);
  if (names.length === 0) return { practices: [], adoptions: [], totalAdoptions: 0, totalItems: 0, byProvince: [], byYear: [] };
  // Curated views only: the candidate list is costly to build and resolution yields taxonomy practices.
  const [allRows, views] = await Promise.all([context.store.adoptions(names, filter), context.store.practices({ status: 'curated' })]);
  // Reprints are sources of one report, counted once everywhere below.
  const rows = onePerReport(allRows);
  // Regions are ranked from the rows alone, so only the items of the places shown are read.
  const groups = groupRows(rows).sort(byWeight);
  const shown = groups.slice(0, first);
  // The page lists titles, places and outcomes: texts are read only if a client asks (resolvers/types.ts).
  const items = new Map((await context.store.getItems(shown.flatMap((group) => listedIds(group, perPlace)), { withoutText: true })).map((item) => [item.id, item]));
  const viewByName = new Map(views.map((view) => [view.name, view]));
  const practices: PracticeView[] = resolution.practices.map((practice) => viewByName.get(practice.name) ?? {
    name: practice.name, category: practice.category, status: 'curated', aliases: practice.aliases, description: practice.description, itemCount: 0,
  });
  const dateByItem = new Map(rows.map((row) => [row.itemId, row.date]));
  return {
    practices,
    adoptions: shown.map((group) => toAdoption(group, perPlace, items, new Set(names))),
    totalAdoptions: groups.length,
    totalItems: dateByItem.size,
    // Regions (not items) per province: how widely a practice has spread.
    byProvince: countBuckets(groups.map((group) => (group.region?.path[0] === undefined ? [] : [group.region.path[0]]))),
    // Items per year over every place, shown or not; the undated ones as 未注明日期, so the bars add up to totalItems.
    byYear: await adoptionYears(context, rows),
  };
}
