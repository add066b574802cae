/**
 * What to try instead (issue 12.2). Places spelt like one the query nearly names are offered with any
 * answer ("did you mean": place names are a closed list, so a near miss is a misspelling). When the
 * search finds nothing, the closest practices too: by name or alias (单元长值 → 单元长制), else by
 * meaning, or the most reported when the query has no words at all — a near practice name beside an
 * answer is as often another term (社区党建, 社区党校). Every suggestion leads to items: places and
 * practices without any in the store are not offered.
 */
import type { RegionRef } from '../../graph/model.ts';
import { loadGazetteer } from '../../language/knowledge/gazetteer.ts';
import { normalizeChinese } from '../../language/segment/chinese-text.ts';
import type { ServiceContext } from './context.ts';
import type { PracticeResolver } from './practice-resolution.ts';
import { nameNearness, placeSpellings } from './spelling.ts';
import type { SearchSuggestions, Suggestion } from './types.ts';

export interface SuggestionTuning {
  /** Practices and places offered, at most, each. */
  limit: number;
  /** Name nearness (1 − edit distance / length) from which a practice name or alias counts as misspelt. */
  nameNearness: number;
}

/** 0.75: one wrong character in a four-character name (单元长值 → 单元长制); 社区党建 vs 社区大党委 (0.6) is no misspelling. */
export const DEFAULT_SUGGESTION_TUNING: SuggestionTuning = { limit: 3, nameNearness: 0.75 };

export const NO_SUGGESTIONS: SearchSuggestions = { places: [], practices: [] };

/** Letters or Han characters: something a reader could mean, unlike punctuation alone. */
const WORDLIKE = /[\p{Script=Han}\p{L}]/u;

export interface SuggestionContext {
  /** Whether the search found anything: then only places are offered. */
  found: boolean;
  /** The query's embedding when the search made one: the closest practices then need no second model call. */
  vector?: Float32Array;
}

export interface Suggester {
  suggest(query: string, context: SuggestionContext): Promise<SearchSuggestions>;
}

export function createSuggester(
  context: ServiceContext,
  resolver: PracticeResolver,
  places: () => readonly RegionRef[] = () => loadGazetteer().all(),
  tuning: SuggestionTuning = DEFAULT_SUGGESTION_TUNING,
): Suggester {
  async function hasItems(region: RegionRef): Promise<boolean> {
    // One id answers "any?": a city's every item id would cost tens of milliseconds at 100k items.
    return (await context.store.findItemIds({ regionCodes: [region.code] }, 1)).length > 0;
  }

  async function placeSuggestions(query: string, asked: SuggestionContext): Promise<Suggestion[]> {
    const suggestions: Suggestion[] = [];
    const seen = new Set<string>();
    // Beside an answer, only where a query names its place (its start); when nothing was found, anywhere.
    for (const spelling of placeSpellings(query, places(), { anywhere: !asked.found })) {
      if (suggestions.length >= tuning.limit) break;
      if (seen.has(spelling.query) || !(await hasItems(spelling.region))) continue;
      seen.add(spelling.query);
      suggestions.push({ label: spelling.region.name, query: spelling.query });
    }
    return suggestions;
  }

  async function practiceSuggestions(query: string, asked: SuggestionContext): Promise<Suggestion[]> {
    if (asked.found) return [];
    const reported = (await context.store.practices({ status: 'curated' })).filter((practice) => practice.itemCount > 0);
    const known = new Set(reported.map((practice) => practice.name));
    const toSuggestion = (name: string): Suggestion => ({ label: name, query: name });
    if (!WORDLIKE.test(query)) {
      return [...reported].sort((a, b) => b.itemCount - a.itemCount || a.name.localeCompare(b.name)).slice(0, tuning.limit).map((practice) => toSuggestion(practice.name));
    }
    const normalized = normalizeChinese(query, { dropQuotes: true });
    const written = new Set(normalized);
    // A name most of whose characters the query lacks cannot be one character off: no edit distance for it.
    const couldBeNear = (name: string): boolean => [...name].filter((char) => written.has(char)).length >= [...name].length * tuning.nameNearness - 1;
    const bySpelling = reported
      .map((practice) => ({ name: practice.name, nearness: Math.max(0, ...[practice.name, ...practice.aliases].filter(couldBeNear).map((name) => nameNearness(normalized, name))) }))
      .filter((entry) => entry.nearness >= tuning.nameNearness && entry.nearness < 1)
      .sort((a, b) => b.nearness - a.nearness || a.name.localeCompare(b.name));
    if (bySpelling.length > 0) return bySpelling.slice(0, tuning.limit).map((entry) => toSuggestion(entry.name));
    // By meaning: the nearest descriptions among the practices reported at all.
    const byMeaning = await resolver.closest(normalized, known.size === 0 ? 0 : context.taxonomy.length, asked.vector);
    return byMeaning.filter((entry) => known.has(entry.practice.name)).slice(0, tuning.limit).map((entry) => toSuggestion(entry.practice.name));
  }

  async function suggest(query: string, asked: SuggestionContext): Promise<SearchSuggestions> {
    const text = query.trim();
    if (text === '') return NO_SUGGESTIONS;
    const [placesFound, practices] = await Promise.all([placeSuggestions(text, asked), practiceSuggestions(text, asked)]);
    return { places: placesFound, practices };
  }

  return { suggest };
}
