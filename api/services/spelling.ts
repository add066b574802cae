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

interface Entry {
  region: RegionRef;
  stem: string;
  suffix: string;
  /** Position in the gazetteer's order, which suggestions keep. */
  order: number;
}

interface Candidates {
  /** Current provinces, cities and counties with their stems and suffixes. */
  entries: Entry[];
  /** Every suggested-level name: a window that is one of them is written right. */
  names: Set<string>;
  /**
   * Entries by what a query window must be to match them: `s:` + the stem, or `w:` + the name with
   * one character blanked (a window one character off the name equals it so blanked). Looking up a
   * query's few windows replaces a pass over some 3,000 names per search.
   */
  byKey: Map<string, Entry[]>;
  /** Stem and name lengths present, to cut the query's windows. */
  stemLengths: number[];
  nameLengths: number[];
}

const BLANK = '\u0000';
const blanked = (text: string, at: number): string => text.slice(0, at) + BLANK + text.slice(at + 1);

/** Read once per gazetteer list (the national one has some 45,000 units, most of them towns). */
const candidatesOf = new WeakMap<readonly RegionRef[], Candidates>();

function candidates(places: readonly RegionRef[]): Candidates {
  let found = candidatesOf.get(places);
  if (found === undefined) {
    const suggested = places.filter((region) => SUGGESTED_LEVELS.has(region.level));
    const entries = suggested.filter((region) => region.abolished !== true).map((region, order) => {
      const stem = region.name.replace(PLACE_SUFFIX, '');
      return { region, stem, suffix: region.name.slice(stem.length), order };
    });
    const byKey = new Map<string, Entry[]>();
    const file = (key: string, entry: Entry) => byKey.set(key, [...(byKey.get(key) ?? []), entry]);
    const stemLengths = new Set<number>();
    const nameLengths = new Set<number>();
    for (const entry of entries) {
      if (entry.suffix === '') continue;
      if (entry.stem.length >= 2) {
        file(`s:${entry.stem}`, entry);
        stemLengths.add(entry.stem.length);
      }
      const name = entry.region.name;
      if (name.length < 3) continue;
      for (let at = 0; at < name.length; at++) file(`w:${blanked(name, at)}`, entry);
      nameLengths.add(name.length);
    }
    found = { entries, names: new Set(suggested.map((region) => region.name)), byKey, stemLengths: [...stemLengths], nameLengths: [...nameLengths] };
    candidatesOf.set(places, found);
  }
  return found;
}

/**
 * Places whose name the query nearly writes: a window of the query one character off a name of three
 * characters or more whose suffix it keeps, or the name's stem (two characters or more) with no suffix
 * after it. Names the query writes exactly, and windows that are another place's name, are no
 * misspellings and are left out. Unless `anywhere`, only at the start of a run of Han characters,
 * where a query names its place (望红县单元长制): inside a phrase a one-off window is more often
 * another word (安庆市各县区 is not 沙县区).
 */
export function placeSpellings(query: string, places: readonly RegionRef[], options: { anywhere?: boolean } = {}): PlaceSpelling[] {
  const runs = hanRuns(query);
  if (runs.length === 0) return [];
  const index = candidates(places);
  const { names } = index;
  const found: PlaceSpelling[] = [];
  const replace = (at: number, length: number, name: string): string => query.slice(0, at) + name + query.slice(at + length);
  const starts = (run: string, length: number): number[] => options.anywhere ? Array.from({ length: Math.max(0, run.length - length + 1) }, (_, i) => i) : [0];
  for (const { region, stem, suffix } of entriesWindowsReach(index, runs, starts)) {
    const name = region.name;
    if (runs.some(({ run }) => run.includes(name))) continue;
    for (const { run, at } of runs) {
      const stemAt = suffix !== '' && stem.length >= 2 ? starts(run, stem.length).find((i) => run.startsWith(stem, i)) : undefined;
      if (stemAt !== undefined) {
        found.push({ region, written: stem, query: replace(at + stemAt, stem.length, name) });
        break;
      }
      if (name.length < 3 || suffix === '') continue;
      const hit = starts(run, name.length).find((i) => {
        const window = run.slice(i, i + name.length);
        return window.length === name.length && window.endsWith(suffix) && differByOne(window, name) && !names.has(window);
      });
      if (hit !== undefined) {
        found.push({ region, written: run.slice(hit, hit + name.length), query: replace(at + hit, name.length, name) });
        break;
      }
    }
  }
  return found;
}

/** The entries some window of the query could match, in gazetteer order (the rule itself is placeSpellings'). */
function entriesWindowsReach(index: Candidates, runs: { run: string }[], starts: (run: string, length: number) => number[]): Entry[] {
  const reached = new Set<Entry>();
  const reach = (key: string) => index.byKey.get(key)?.forEach((entry) => reached.add(entry));
  for (const { run } of runs) {
    for (const length of index.stemLengths) for (const i of starts(run, length)) if (i + length <= run.length) reach(`s:${run.slice(i, i + length)}`);
    for (const length of index.nameLengths) {
      for (const i of starts(run, length)) {
        const window = run.slice(i, i + length);
        if (window.length === length) for (let at = 0; at < length; at++) reach(`w:${blanked(window, at)}`);
      }
    }
  }
  return [...reached].sort((a, b) => a.order - b.order);
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
