/**
 * "Who tried this practice, where, and with what results": the product's core answer. Free text
 * is resolved to practices, then every region whose items describe one of them is listed with
 * those items, their outcomes (the ones tied to the asked practices first) and the date span.
 */
import type { Outcome, RegionRef } from '../../graph/model.ts';
import type { AdoptionRow, ItemView, PracticeView } from '../../graph/store.ts';
import type { ServiceContext } from './context.ts';
import { countBuckets } from './facets.ts';
import { toItemFilter } from './filters.ts';
import type { PracticeResolver } from './practice-resolution.ts';
import type { Adoption, AdoptionsResult, SearchFilterInput } from './types.ts';

/** Outcomes tied to one of the practices first (in item order), then the rest; each once. */
export function outcomesFor(items: ItemView[], practices: Set<string>): Outcome[] {
  const all = items.flatMap((item) => item.outcomes);
  const tied = all.filter((outcome) => outcome.practice !== null && practices.has(outcome.practice));
  return [...tied, ...all.filter((outcome) => !tied.includes(outcome))];
}

function dateSpan(dates: (string | null)[]): { firstDate: string | null; lastDate: string | null } {
  const known = dates.filter((date): date is string => date !== null).sort();
  return { firstDate: known[0] ?? null, lastDate: known.at(-1) ?? null };
}

/** One adoption per region (items without a region together under null), in the order regions first appear. */
export function groupAdoptions(rows: AdoptionRow[], items: Map<string, ItemView>, practices: Set<string>): Adoption[] {
  const groups = new Map<string, { region: RegionRef | null; itemIds: string[] }>();
  for (const row of rows) {
    const key = row.region?.code ?? '';
    const group = groups.get(key) ?? { region: row.region, itemIds: [] };
    if (!group.itemIds.includes(row.itemId)) group.itemIds.push(row.itemId);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => {
    const groupItems = group.itemIds.flatMap((id) => {
      const item = items.get(id);
      return item ? [item] : [];
    });
    return { region: group.region, items: groupItems, outcomes: outcomesFor(groupItems, practices), ...dateSpan(groupItems.map((item) => item.date)) };
  });
}

/** Most items first; then regions with a place before the unplaced; then the earliest. */
function byWeight(a: Adoption, b: Adoption): number {
  return (
    b.items.length - a.items.length ||
    Number(a.region === null) - Number(b.region === null) ||
    (a.firstDate ?? '9999').localeCompare(b.firstDate ?? '9999') ||
    (a.region?.code ?? '').localeCompare(b.region?.code ?? '')
  );
}

export async function findAdoptions(
  context: ServiceContext,
  resolver: PracticeResolver,
  text: string,
  input: SearchFilterInput | undefined,
): Promise<AdoptionsResult> {
  const filter = toItemFilter(input, context);
  const resolution = await resolver.resolve(text);
  const names = resolution.practices.map((practice) => practice.name);
  if (names.length === 0) return { practices: [], adoptions: [], byProvince: [] };
  const [rows, views] = await Promise.all([context.store.adoptions(names, filter), context.store.practices({})]);
  const items = new Map((await context.store.getItems([...new Set(rows.map((row) => row.itemId))])).map((item) => [item.id, item]));
  const adoptions = groupAdoptions(rows, items, new Set(names)).sort(byWeight);
  const viewByName = new Map(views.map((view) => [view.name, view]));
  const practices: PracticeView[] = resolution.practices.map((practice) => viewByName.get(practice.name) ?? {
    name: practice.name, category: practice.category, status: 'curated', aliases: practice.aliases, description: practice.description, itemCount: 0,
  });
  return {
    practices,
    adoptions,
    // Regions (not items) per province: how widely a practice has spread.
    byProvince: countBuckets(adoptions.map((adoption) => (adoption.region?.path[0] === undefined ? [] : [adoption.region.path[0]]))),
  };
}
