/** Practice and region profiles: one practice with the practices it travels with, one region's record. */
import { createError } from '../../errors/catalogue.ts';
import type { RegionRef } from '../../graph/model.ts';
import type { ItemView, Page, PracticeView } from '../../graph/store.ts';
import { normalizeChinese } from '../../language/segment/chinese-text.ts';
import type { ServiceContext } from './context.ts';
import { storedPracticeNamed } from './practice-resolution.ts';
import { countBuckets } from './facets.ts';
import type { RegionProfile } from './types.ts';

const REGION_CODE = /^\d{2,12}$/;

/** The stored region a code or name means; by name the broadest current unit with items wins. */
export async function resolveStoredRegion(context: ServiceContext, codeOrName: string): Promise<RegionRef | null> {
  const text = codeOrName.trim();
  if (text === '') return null;
  const codes = REGION_CODE.test(text) ? [text] : context.regions.lookup(text).map((region) => region.code);
  if (codes.length === 0) return null;
  const stored = new Map((await context.store.getRegions(codes)).map((region) => [region.code, region]));
  for (const code of codes) {
    const region = stored.get(code);
    if (region) return region;
  }
  return null;
}

/** Items under a region (its subtree), oldest first; a reprinted report once, by its first copy met. */
export async function itemsIn(context: ServiceContext, code: string, practices?: string[]): Promise<ItemView[]> {
  const ids = await context.store.findItemIds({ regionCodes: [code], ...(practices ? { practices } : {}) });
  const reports = new Set<string>();
  return (await context.store.getItems(ids)).filter((item) => !reports.has(item.reportId) && Boolean(reports.add(item.reportId)));
}

export async function regionProfile(context: ServiceContext, codeOrName: string): Promise<RegionProfile | null> {
  const region = await resolveStoredRegion(context, codeOrName);
  if (!region) return null;
  const items = await itemsIn(context, region.code);
  const practices = countBuckets(items.map((item) => item.practices.map((practice) => practice.name)))
    .map((bucket) => ({ practice: bucket.value, count: bucket.count }));
  // findItemIds orders by document date, so outcomes come out in time order.
  return { region, practices, items, outcomes: items.flatMap((item) => item.outcomes) };
}

/** The curated practice or candidate a name or alias means, with practices co-occurring in its items. */
export async function practiceProfile(
  context: ServiceContext,
  name: string,
): Promise<(PracticeView & { related: { name: string; count: number }[] }) | null> {
  const asked = normalizeChinese(name.trim(), { dropQuotes: true });
  // Curated first: the candidate list is costly to build and is read only when the name is not curated.
  const curated = await context.store.practices({ status: 'curated' });
  // The name as asked before the taxonomy matcher: a promoted practice, or an alias people added,
  // is in the store only, and the matcher may read its name as another practice it contains.
  const canonical = storedPracticeNamed(curated, asked)?.name ?? context.matcher.practiceNamed(name)?.name ?? asked;
  const view = storedPracticeNamed(curated, canonical)
    ?? (await context.store.practices({ status: 'candidate' })).find((practice) => practice.name === canonical);
  if (!view) return null;
  // Curated: counted in the store without reading items (a practice may have thousands at scale).
  if (view.status === 'curated') return { ...view, related: await context.store.relatedPractices(view.name) };
  const itemIds = (await context.store.candidatePractices()).find((candidate) => candidate.name === view.name)?.itemIds ?? [];
  // Only the practices of each item are read: lean items.
  const items = await context.store.getItems([...new Set(itemIds)], { lean: true });
  const related = countBuckets(items.map((item) => item.practices.map((practice) => practice.name)))
    .map((bucket) => ({ name: bucket.value, count: bucket.count }));
  return { ...view, related };
}

export const MAX_PRACTICES_PAGE = 500;

/** Practices (curated, then candidates) by category and a text that is in a name or alias, or names it. */
export async function listPractices(
  context: ServiceContext,
  options: { category?: string; query?: string; first?: number; offset?: number },
): Promise<Page<PracticeView>> {
  const first = options.first ?? 50;
  const offset = options.offset ?? 0;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PRACTICES_PAGE) throw createError('BAD_REQUEST', `first: 1–${MAX_PRACTICES_PAGE}`);
  if (!Number.isInteger(offset) || offset < 0) throw createError('BAD_REQUEST', 'offset: ≥ 0');
  let practices = await context.store.practices(options.category ? { category: options.category } : {});
  const query = normalizeChinese(options.query?.trim() ?? '', { dropQuotes: true });
  if (query !== '') {
    const mentioned = new Set(context.matcher.hitsIn(query).map((hit) => hit.practice.name));
    practices = practices.filter((practice) => mentioned.has(practice.name) || [practice.name, ...practice.aliases].some((term) => term.includes(query)));
  }
  return { nodes: practices.slice(offset, offset + first), total: practices.length };
}
