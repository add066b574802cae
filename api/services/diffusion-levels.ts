/**
 * Places at a diffusion level, read from region path codes (province 2 digits, city 4, county 6,
 * township 9), and who counts as a neighbour. Adjacency is not in the gazetteer, so a county's
 * neighbours are the counties of its city — of its province when it has no city (a municipality's
 * districts, 省直管 county-level cities) — and a city's are the cities of its province.
 */
import type { RegionLevel, RegionRef } from '../../graph/model.ts';
import type { DiffusionLevel, NeighbourScope } from './diffusion-types.ts';

const CODE_LENGTH: Record<DiffusionLevel, number> = { province: 2, city: 4, county: 6 };
const LEVEL_OF_LENGTH = new Map<number, RegionLevel>([[2, 'province'], [4, 'city'], [6, 'county']]);
/** 北京、天津、上海、重庆: their districts have no city above them; at city level they count as one. */
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

/** The ancestor (or the region itself) at path index `index`, as a region of its own. */
function ancestor(region: RegionRef, index: number): RegionRef {
  const code = region.pathCodes[index] ?? region.code;
  return {
    code,
    name: region.path[index] ?? region.name,
    level: LEVEL_OF_LENGTH.get(code.length) ?? region.level,
    path: region.path.slice(0, index + 1),
    pathCodes: region.pathCodes.slice(0, index + 1),
  };
}

/**
 * The place a region counts as at `level`: its ancestor there; at city level a county with no city
 * counts as its municipality, or as itself (a province-administered county-level city). Null when
 * the region lies above the level (a province's own report when counties are asked).
 */
export function placeAt(region: RegionRef, level: DiffusionLevel): RegionRef | null {
  const index = region.pathCodes.findIndex((code) => code.length === CODE_LENGTH[level]);
  if (index >= 0) {
    const place = ancestor(region, index);
    return index === region.pathCodes.length - 1 ? { ...place, ...pick(region) } : place;
  }
  if (level !== 'city') return null;
  const province = region.pathCodes[0] ?? '';
  if (MUNICIPALITIES.has(province)) return ancestor(region, 0);
  const county = region.pathCodes.findIndex((code) => code.length === CODE_LENGTH.county);
  return county >= 0 ? ancestor(region, county) : null;
}

/** Keeps what only the region itself knows (abolished, successor) when it is the place. */
function pick(region: RegionRef): Partial<RegionRef> {
  return {
    ...(region.abolished === undefined ? {} : { abolished: region.abolished }),
    ...(region.successorCode === undefined ? {} : { successorCode: region.successorCode }),
  };
}

/** The group a place's neighbours share, and what it is; null at province level. */
export function neighbourGroup(place: RegionRef, level: DiffusionLevel): { key: string; scope: NeighbourScope } | null {
  if (level === 'province') return null;
  const city = place.pathCodes.find((code) => code.length === CODE_LENGTH.city);
  if (level === 'county' && city !== undefined && city !== place.code) return { key: `city:${city}`, scope: 'city' };
  return { key: `province:${place.pathCodes[0] ?? place.code.slice(0, 2)}`, scope: 'province' };
}

/** Every group a place belongs to (its city's and its province's), so either scope can count it. */
export function groupKeys(place: RegionRef): string[] {
  const city = place.pathCodes.find((code) => code.length === CODE_LENGTH.city);
  const keys = [`province:${place.pathCodes[0] ?? place.code.slice(0, 2)}`];
  return city !== undefined && city !== place.code ? [...keys, `city:${city}`] : keys;
}

/**
 * How many places each neighbour group holds, from the gazetteer's current (not abolished)
 * regions: the denominators of the neighbour share. Empty when no gazetteer is given.
 */
export function neighbourCounts(places: readonly RegionRef[], level: DiffusionLevel): Map<string, number> {
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  for (const region of places) {
    if (region.abolished === true || region.level === 'township' || region.level === 'community') continue;
    const place = placeAt(region, level);
    if (place === null || place.code !== region.code || seen.has(place.code)) continue;
    seen.add(place.code);
    for (const key of groupKeys(place)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
