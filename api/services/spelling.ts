/**
 * Near spellings, for a search that found nothing: place names one character off (望红县 → 望江县)
 * or written without their 县/区/市 suffix (宿松 → 宿松县), and practice names or aliases a few
 * characters off (单元长值 → 单元长制). Pure: no store, no model.
 */
import type { RegionRef } from '../../graph/model.ts';

/** Suffixes a place is written without (longest first, so 自治县 is not read as 县). */
const PLACE_SUFFIX = /(?:自治县|自治州|自治旗|自治区|特别行政区|地区|林区|新区|省|市|县|区|旗|盟|州)$/;
const SUGGESTED_LEVELS = new Set(['province', 'city', 'county']);

export interface PlaceSpelling {
  region: RegionRef;
  /** The text of the query the place name replaces. */
  written: string;
  /** The query with the place spelt right. */
  query: string;
}

const hanRuns = (text: string): { run: string; at: number }[] =>
  [...text.matchAll(/\p{Script=Han}+/gu)].map((match) => ({ run: match[0], at: match.index }));

function differByOne(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let differences = 0;
  for (let i = 0; i < a.length && differences < 2; i++) if (a[i] !== b[i]) differences++;
  return differences === 1;
}

/**
 * Places whose name the query nearly writes: a window of the query one character off a name of three
 * characters or more whose suffix it keeps, or the name's stem (two characters or more) with no suffix
 * after it. Names the query writes exactly, and windows that are another place's name, are no
 * misspellings and are left out.
 */
export function placeSpellings(query: string, places: readonly RegionRef[]): PlaceSpelling[] {
  const runs = hanRuns(query);
  if (runs.length === 0) return [];
  const found: PlaceSpelling[] = [];
  // A window that is itself a place's name is written right, whatever it is one character off.
  const names = new Set(places.filter((region) => SUGGESTED_LEVELS.has(region.level)).map((region) => region.name));
  const replace = (at: number, length: number, name: string): string => query.slice(0, at) + name + query.slice(at + length);
  for (const region of places) {
    if (!SUGGESTED_LEVELS.has(region.level) || region.abolished === true) continue;
    const name = region.name;
    if (runs.some(({ run }) => run.includes(name))) continue;
    const stem = name.replace(PLACE_SUFFIX, '');
    for (const { run, at } of runs) {
      const stemAt = stem.length >= 2 && stem !== name ? run.indexOf(stem) : -1;
      if (stemAt >= 0) {
        found.push({ region, written: stem, query: replace(at + stemAt, stem.length, name) });
        break;
      }
      if (name.length < 3 || stem === name) continue;
      const suffix = name.slice(stem.length);
      let hit = -1;
      for (let i = 0; i + name.length <= run.length && hit < 0; i++) {
        const window = run.slice(i, i + name.length);
        if (window.endsWith(suffix) && differByOne(window, name) && !names.has(window)) hit = i;
      }
      if (hit >= 0) {
        found.push({ region, written: run.slice(hit, hit + name.length), query: replace(at + hit, name.length, name) });
        break;
      }
    }
  }
  return found;
}

/** Levenshtein distance over characters (code points). */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[y.length]!;
}

/**
 * How nearly the query writes `name` somewhere in it: 1 − edit distance / length over the best window
 * of the query (the name's length ± 1). 1 when the name is written exactly.
 */
export function nameNearness(query: string, name: string): number {
  const text = [...query].slice(0, 60);
  const length = [...name].length;
  let best = 0;
  for (let size = Math.max(1, length - 1); size <= length + 1; size++) {
    for (let i = 0; i + size <= text.length; i++) {
      const window = text.slice(i, i + size).join('');
      best = Math.max(best, 1 - editDistance(window, name) / Math.max(size, length));
    }
  }
  return best;
}
