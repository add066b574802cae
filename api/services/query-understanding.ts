/**
 * Reads a search query before it is run: places named in it (安徽省, 伊春市, 安庆市各县区) become a
 * region filter when the gazetteer settles them, a boost when it does not, and an exclusion when
 * the query negates them (安徽省以外); curated practices named by any alias expand to their other
 * names. Everything is found on the segmenter's tokens, so no query is special-cased.
 */
import type { PracticeDefinition, RegionRef } from '../../graph/model.ts';
import type { PracticeMatcher } from '../../language/extract/practices.ts';
import { normalizeChinese } from '../../language/segment/chinese-text.ts';
import type { RegionResolver, Segmenter } from '../../language/types.ts';

export interface QueryUnderstanding {
  /** Tokens for BM25: the query's search-mode tokens without function words, plus practice expansions. */
  tokens: string[];
  /** Places the gazetteer settles to one unit: the search is limited to them. */
  filterRegions: RegionRef[];
  /** Places with several candidate units: items in any of them rank higher. */
  boostRegions: RegionRef[];
  /** Places the query negates (安徽省以外, 除安庆市): items there are left out. */
  excludedRegions: RegionRef[];
  /** Curated practices the query names by name or alias. */
  practices: PracticeDefinition[];
  /** Terms to mark in snippets, longest first. */
  highlightTerms: string[];
  /**
   * What the query itself asks about: its longest content tokens (a token inside a longer one is
   * left out), without the places it names and without practice expansions.
   */
  subjects: string[];
}

export interface UnderstandingOptions {
  segmenter: Segmenter;
  regions: Pick<RegionResolver, 'lookup'>;
  matcher: PracticeMatcher;
  /** What a negated place does: leave its items out, or nothing at all. */
  negatedPlaces?: 'exclude' | 'ignore';
  /** Add the other names of practices the query names to the BM25 tokens. */
  expandPractices?: boolean;
}

/** Function and question words that match nearly every passage and say nothing about the topic. */
const FUNCTION_WORDS = new Set([
  '的', '了', '和', '与', '及', '或', '在', '是', '把', '被', '对', '按', '后', '里', '中', '上', '个', '吗', '呢', '啊',
  '怎么', '怎样', '如何', '什么', '哪些', '哪里', '多少', '为什么', '有没有', '以外', '之外', '除外', '除了', '以及',
]);

const NEGATION_AFTER = /^(以外|之外|除外|外的|外)/;
const NEGATION_BEFORE = /(除了|除|非|不含|不包括)$/;

/** Which region levels a bare token may name: short names (安庆, 伊春) only for provinces and cities. */
function acceptsPlace(token: string, region: RegionRef): boolean {
  if (region.name === token) return region.level === 'province' || region.level === 'city' || token.length >= 3;
  return region.level === 'province' || region.level === 'city';
}

interface PlaceMention {
  token: string;
  regions: RegionRef[];
  negated: boolean;
}

function findPlaces(normalizedQuery: string, tokens: string[], regions: Pick<RegionResolver, 'lookup'>): PlaceMention[] {
  const places = new Map<string, RegionRef[]>();
  for (const token of new Set(tokens)) {
    if (token.length < 2) continue;
    const found = regions.lookup(token).filter((region) => acceptsPlace(token, region));
    if (found.length > 0) places.set(token, found);
  }
  // 安庆 inside 安庆市 is the same mention: keep only the longest place tokens.
  const longest = [...places.keys()].filter((token) => ![...places.keys()].some((other) => other !== token && other.includes(token)));
  return longest.map((token) => {
    const at = normalizedQuery.indexOf(token);
    const negated = at >= 0 && (NEGATION_AFTER.test(normalizedQuery.slice(at + token.length)) || NEGATION_BEFORE.test(normalizedQuery.slice(0, at)));
    return { token, regions: preferCurrent(places.get(token) ?? []), negated };
  });
}

/** A current unit and the abolished one it replaced under the same name are one place, not two. */
function preferCurrent(regions: RegionRef[]): RegionRef[] {
  const current = regions.filter((region) => region.abolished !== true);
  return current.length > 0 ? current : regions;
}

export function understandQuery(query: string, options: UnderstandingOptions): QueryUnderstanding {
  const normalized = normalizeChinese(query, { dropQuotes: true });
  const rawTokens = options.segmenter.cutForSearch(query);
  const understanding: QueryUnderstanding = {
    tokens: [], filterRegions: [], boostRegions: [], excludedRegions: [], practices: [], highlightTerms: [], subjects: [],
  };
  const placeTokens = new Set<string>();

  for (const place of findPlaces(normalized, rawTokens, options.regions)) {
    placeTokens.add(place.token);
    if (place.negated) {
      if (options.negatedPlaces !== 'ignore') understanding.excludedRegions.push(...place.regions);
    } else if (place.regions.length === 1) {
      understanding.filterRegions.push(...place.regions);
    } else {
      understanding.boostRegions.push(...place.regions);
    }
  }

  const seen = new Set<string>();
  for (const hit of options.matcher.hitsIn(normalized)) {
    if (seen.has(hit.practice.name)) continue;
    seen.add(hit.practice.name);
    understanding.practices.push(hit.practice);
  }

  const content = rawTokens.filter((token) => !FUNCTION_WORDS.has(token));
  const longer = content.filter((token) => token.length > 1);
  // Single characters (村, 管, 办) match most passages; keep them only when nothing longer is left.
  const tokens = longer.length > 0 ? longer : content;
  const expansions = options.expandPractices === false
    ? []
    : understanding.practices.flatMap((practice) => options.segmenter.cutForSearch([practice.name, ...practice.aliases].join(' ')));
  understanding.tokens = [...new Set([...tokens, ...expansions.filter((token) => token.length > 1)])];

  const literalNames = understanding.practices.flatMap((practice) => [practice.name, ...practice.aliases]);
  understanding.highlightTerms = [...new Set([...tokens, ...literalNames])].sort((a, b) => b.length - a.length);
  const own = [...new Set(tokens)].filter((token) => ![...placeTokens].some((place) => place.includes(token)));
  understanding.subjects = own.filter((token) => !own.some((other) => other !== token && other.includes(token)));
  return understanding;
}
