/**
 * SearchFilterInput (as users give it: names or codes, aliases) → ItemFilter (codes, canonical
 * practice names). Anything that cannot be resolved is a BAD_REQUEST naming the field, rather than
 * a filter that quietly matches nothing.
 */
import { createError } from '../../errors/catalogue.ts';
import type { RegionLevel, RegionRef } from '../../graph/model.ts';
import type { ItemFilter } from '../../graph/store.ts';
import type { PracticeMatcher } from '../../language/extract/practices.ts';
import type { RegionResolver } from '../../language/types.ts';
import type { SearchFilterInput } from './types.ts';

export interface FilterResolvers {
  regions: Pick<RegionResolver, 'lookup'>;
  matcher: PracticeMatcher;
}

const REGION_CODE = /^\d{2,12}$/;

/** Region codes for a name or code at a level, narrowed to lie under `within` when given. */
export function resolveRegionCodes(
  value: string,
  level: RegionLevel,
  resolvers: Pick<FilterResolvers, 'regions'>,
  within: string[] = [],
): string[] {
  const text = value.trim();
  if (REGION_CODE.test(text)) return [text];
  const found = resolvers.regions.lookup(text);
  const atLevel = found.filter((region) => region.level === level);
  let candidates: RegionRef[] = atLevel.length > 0 ? atLevel : found;
  if (within.length > 0) candidates = candidates.filter((region) => region.pathCodes.some((code) => within.includes(code)));
  if (candidates.length === 0) throw createError('BAD_REQUEST', `${level}: 未知地区 / unknown region “${text}”`);
  return [...new Set(candidates.map((region) => region.code))];
}

/** Canonical practice name for a name or alias; BAD_REQUEST when the taxonomy has neither. */
export function resolvePracticeName(value: string, matcher: PracticeMatcher): string {
  const practice = matcher.practiceNamed(value);
  if (!practice) throw createError('BAD_REQUEST', `practice: 未知做法 / unknown practice “${value.trim()}”`);
  return practice.name;
}

function checkYear(field: string, year: number | undefined): void {
  if (year !== undefined && (!Number.isInteger(year) || year < 1900 || year > 2200)) {
    throw createError('BAD_REQUEST', `${field}: 年份无效 / invalid year ${year}`);
  }
}

const blank = (value: string | undefined): value is undefined => value === undefined || value.trim() === '';

export function toItemFilter(input: SearchFilterInput | undefined, resolvers: FilterResolvers): ItemFilter {
  const filter: ItemFilter = {};
  if (!input) return filter;
  // The narrowest place given wins; broader ones only settle which same-named unit is meant.
  let codes: string[] = [];
  if (!blank(input.province)) codes = resolveRegionCodes(input.province, 'province', resolvers);
  if (!blank(input.city)) codes = resolveRegionCodes(input.city, 'city', resolvers, codes);
  if (!blank(input.county)) codes = resolveRegionCodes(input.county, 'county', resolvers, codes);
  if (codes.length > 0) filter.regionCodes = codes;
  if (!blank(input.practice)) filter.practices = [resolvePracticeName(input.practice, resolvers.matcher)];
  if (!blank(input.category)) filter.category = input.category.trim();
  if (!blank(input.section)) filter.section = input.section.trim();
  checkYear('yearFrom', input.yearFrom);
  checkYear('yearTo', input.yearTo);
  if (input.yearFrom !== undefined && input.yearTo !== undefined && input.yearFrom > input.yearTo) {
    throw createError('BAD_REQUEST', `yearFrom ${input.yearFrom} > yearTo ${input.yearTo}`);
  }
  if (input.yearFrom !== undefined) filter.yearFrom = input.yearFrom;
  if (input.yearTo !== undefined) filter.yearTo = input.yearTo;
  return filter;
}

/** True when an item's region or sub-region lies in the subtree of any code. */
export function inRegions(item: { region: RegionRef | null; subRegion: RegionRef | null }, codes: string[]): boolean {
  return [item.region, item.subRegion].some((region) => region !== null && region.pathCodes.some((code) => codes.includes(code)));
}
