/**
 * Localities for synthetic items, drawn from the real gazetteer: every province, its cities and
 * its county-level units. Names shared by several units (城关区, 鼓楼区) are printed with their
 * city in front, as bulletins do, so the intended unit stays recoverable.
 */
import type { RegionRef } from '../../graph/model.ts';
import { loadGazetteer, type Gazetteer } from '../../language/knowledge/gazetteer.ts';
import { shortNameOf } from '../../language/knowledge/region-names.ts';
import type { Random } from './random.ts';

export interface Place {
  ref: RegionRef;
  /** How a headline names it: 望江县, 兰州市城关区, 甘肃省兰州市城关区. */
  printed: string;
  /** Unit word for 全县 / 县委: 县, 区, 市, 旗, 州, 盟. */
  unit: string;
  /** A township printed after the county in some headlines (望江县华阳镇), else null. */
  township: string | null;
}

export interface PlacePool {
  provinces: readonly RegionRef[];
  /** A city of the province that has county-level units (for a bulletin's home). */
  homeCity(province: RegionRef, random: Random): RegionRef;
  /** A county-level unit of the city, or anywhere in the province when given a province. */
  countyIn(parent: RegionRef, random: Random): RegionRef;
  /** A city of the province (the province itself for 直辖市). */
  cityIn(province: RegionRef, random: Random): RegionRef;
  /** How to print a unit; `townshipAllowed` lets the headline add one of its townships. */
  place(ref: RegionRef, random: Random, townshipAllowed: boolean): Place;
}

/** Well-formed unit names only: 望江县, 伊州区, 鄂托克旗 (not 西沙群岛 or 管委会 oddities). */
const COUNTY_NAME = /^\p{Script=Han}{2,9}(县|区|市|旗)$/u;
/** Development zones and other administrative areas are not localities items are about. */
const ZONE = /开发|高新|园区|管理区|示范区|试验区|新城|保税|工业|农场/u;
const CITY_NAME = /^\p{Script=Han}{2,12}(市|州|盟|地区)$/u;
const TOWNSHIP_NAME = /^\p{Script=Han}{2,6}(镇|乡|街道)$/u;

function unitWord(name: string): string {
  if (name.endsWith('地区')) return '地区';
  return name.slice(-1);
}

function isCurrent(ref: RegionRef): boolean {
  return ref.abolished !== true;
}

export function createPlacePool(gazetteer: Gazetteer = loadGazetteer()): PlacePool {
  const all = gazetteer.all().filter(isCurrent);
  const provinces = all.filter((ref) => ref.level === 'province');
  const countiesUnder = new Map<string, RegionRef[]>();
  const countiesOfProvince = new Map<string, RegionRef[]>();
  const citiesOf = new Map<string, RegionRef[]>();
  const add = (map: Map<string, RegionRef[]>, key: string, ref: RegionRef): void => {
    const list = map.get(key);
    if (list) list.push(ref);
    else map.set(key, [ref]);
  };
  for (const ref of all) {
    if (ref.level === 'county' && COUNTY_NAME.test(ref.name) && !ZONE.test(ref.name)) {
      add(countiesUnder, ref.pathCodes.at(-2) as string, ref);
      add(countiesOfProvince, ref.pathCodes[0] as string, ref);
    }
  }
  for (const ref of all) {
    if (ref.level === 'city' && CITY_NAME.test(ref.name) && countiesUnder.has(ref.code)) {
      add(citiesOf, ref.pathCodes[0] as string, ref);
    }
  }
  /** A printed name is safe alone when no other unit of any level carries it. */
  const unique = (name: string): boolean => gazetteer.byName(name).length === 1;
  const townshipsOf = (code: string): RegionRef[] =>
    gazetteer.children(code).filter((ref) => ref.level === 'township' && isCurrent(ref) && TOWNSHIP_NAME.test(ref.name));

  /** Prefixes keep headlines short: a full path only when it is brief. */
  const PATH_MAX = 12;

  function printedName(ref: RegionRef, random: Random): string {
    const [provinceName = '', ...rest] = ref.path;
    const parentName = ref.path.at(-2) ?? '';
    const fullPath = ref.path.join('');
    if (ref.level === 'province') return ref.name;
    if (!unique(ref.name)) {
      if (!unique(parentName) || (fullPath.length <= PATH_MAX && random.chance(0.3))) return fullPath;
      return parentName + ref.name;
    }
    const roll = random.next();
    // Bulletins often print the province too, in full or short (甘肃城关区), for items from afar.
    if (roll < 0.15 && rest.length > 0 && fullPath.length <= PATH_MAX) return fullPath;
    if (roll < 0.25 && ref.path.length > 2) return (shortNameOf(provinceName, 'province') ?? provinceName) + ref.name;
    return ref.name;
  }

  return {
    provinces,
    // 直辖市 have no cities: the province itself is home.
    homeCity: (province, random) => random.pick(citiesOf.get(province.code) ?? [province]),
    countyIn(parent, random) {
      const map = parent.level === 'province' ? countiesOfProvince : countiesUnder;
      return random.pick(map.get(parent.code) ?? []);
    },
    cityIn(province, random) {
      const cities = citiesOf.get(province.code);
      return cities && cities.length > 0 ? random.pick(cities) : province;
    },
    place(ref, random, townshipAllowed) {
      let township: string | null = null;
      if (townshipAllowed && ref.level === 'county' && random.chance(0.12)) {
        const townships = townshipsOf(ref.code).filter((t) => unique(t.name));
        if (townships.length > 0) township = random.pick(townships).name;
      }
      return { ref, printed: printedName(ref, random), unit: unitWord(ref.name), township };
    },
  };
}
