/**
 * Hybrid search: BM25 over the query's jieba tokens and kNN over passage vectors (bge query
 * instruction applied), each grouped to items by their best passage, fused, adjusted by what query
 * understanding found (places, practices), then counted into facets and cut into pages.
 * This is the only place that fuses; adapters answer fullText and nearest only.
 */
import { createError } from '../../errors/catalogue.ts';
import type { ItemFacts, ItemFilter, PassageHit } from '../../graph/store.ts';
import { embedQuery, LruMap } from '../../language/embed/index.ts';
import type { ServiceContext } from './context.ts';
import { fingerprint, paginate } from './cursor.ts';
import { computeFacets } from './facets.ts';
import { inRegions, toItemFilter } from './filters.ts';
import { bestPassagePerItem, fuse } from './fusion.ts';
import type { FusionMethod, ItemScore } from './fusion.ts';
import { highlightPassages } from './highlights.ts';
import { backedOrStrong, lexicalMatchesAreEvidence } from './evidence.ts';
import { understandQuery } from './query-understanding.ts';
import { NO_SUGGESTIONS } from './suggestions.ts';
import type { Suggester } from './suggestions.ts';
import type { QueryUnderstanding } from './query-understanding.ts';
import type { SearchMode, SearchRequest, SearchResult } from './types.ts';

export const MAX_QUERY_CHARS = 500;
/** Characters as a reader counts them (code points: an emoji or a rare Han character is one). */
export const queryLength = (query: string): number => [...query].length;

export interface SearchTuning {
  method: FusionMethod;
  /** The k of reciprocal rank fusion. */
  rrfK: number;
  weights: { bm25: number; vector: number };
  /** Passages asked of each retriever: the pool facets and totals are counted over. */
  depth: number;
  /** Vector hits count as matches only within this cosine distance of the best one. */
  vectorMargin: number;
  /**
   * …and only at this cosine similarity or above: a query nothing answers returns nothing instead
   * of its nearest neighbours. Calibrated on the public and dev query sets (bge-small-zh): relevant
   * items 5th percentile 0.48, off-domain queries (量子计算机, 红烧肉的做法, punctuation) at most 0.41.
   */
  vectorFloor: number;
  /**
   * A word match no vector match backs is kept only at this share of the best BM25 score or above:
   * a passage that shares one common word with the query is no answer to it (0 keeps every match).
   * 0.1 keeps nDCG@10 and Recall@10 on both query sets and lifts precision@10 (public 0.250 → 0.283,
   * dev 0.217 → 0.226); from 0.15 the dev set loses recall.
   */
  lexicalFloor: number;
  /** Added to the (max-normalised) score of items in an ambiguous place the query names. */
  regionBoost: number;
  /** Added to the score of items describing a practice the query names. */
  practiceBoost: number;
  negatedPlaces: 'exclude' | 'ignore';
  expandPractices: boolean;
}

/** Measured on the public evaluation set with `npm run eval` (see scripts/eval.ts). */
export const DEFAULT_TUNING: SearchTuning = {
  method: 'rrf',
  rrfK: 60,
  weights: { bm25: 1, vector: 1 },
  depth: 120,
  vectorMargin: 0.15,
  vectorFloor: 0.45,
  lexicalFloor: 0.1,
  regionBoost: 0.2,
  practiceBoost: 0.2,
  negatedPlaces: 'exclude',
  expandPractices: true,
};

const MODES: SearchMode[] = ['hybrid', 'bm25', 'vector'];

export interface SearchService {
  search(request: SearchRequest): Promise<SearchResult>;
}

export function createSearchService(context: ServiceContext, tuning: SearchTuning = DEFAULT_TUNING, suggester?: Suggester): SearchService {
  const queryVectors = new LruMap<string, Float32Array>(256);

  async function queryVector(query: string): Promise<Float32Array> {
    const cached = queryVectors.get(query);
    if (cached) return cached;
    const vector = await embedQuery(context.embedder, query);
    queryVectors.set(query, vector);
    return vector;
  }

  /** Items of one retriever, max-normalised so lists and boosts share a scale. */
  function normalized(items: ItemScore[]): ItemScore[] {
    const top = items[0]?.score ?? 0;
    return items.map((item) => ({ ...item, score: top > 0 ? item.score / top : 0 }));
  }

  async function rank(query: string, mode: SearchMode, filter: ItemFilter, understood: QueryUnderstanding): Promise<ItemScore[]> {
    const [textHits, vectorHits] = await Promise.all([
      mode === 'vector' ? Promise.resolve<PassageHit[]>([]) : context.store.fullText(understood.tokens, filter, tuning.depth),
      mode === 'bm25' ? Promise.resolve<PassageHit[]>([]) : queryVector(query).then((vector) => context.store.nearest(vector, filter, tuning.depth)),
    ]);
    const vectorItems = bestPassagePerItem(vectorHits);
    const best = vectorItems[0]?.score ?? 0;
    const vectorMatches = vectorItems.filter((item) => item.score >= Math.max(best - tuning.vectorMargin, tuning.vectorFloor));
    if (mode === 'bm25') return normalized(bestPassagePerItem(textHits));
    if (mode === 'vector') return normalized(vectorMatches);
    // No passage is near the query in meaning: its word matches count only if the corpus speaks of
    // most of what it asks about (钢琴调音师培训课程 matches 培训 and 课程, answering nothing asked).
    const lexical = vectorMatches.length > 0 || (await lexicalMatchesAreEvidence(context.store, understood.subjects));
    const textItems = lexical ? backedOrStrong(bestPassagePerItem(textHits), vectorMatches, tuning.lexicalFloor) : [];
    return normalized(fuse(tuning.method, [
      { items: textItems, weight: tuning.weights.bm25 },
      { items: vectorMatches, weight: tuning.weights.vector },
    ], tuning.rrfK));
  }

  function adjust(ranked: ItemScore[], items: Map<string, ItemFacts>, understood: QueryUnderstanding): ItemScore[] {
    const boostCodes = understood.boostRegions.map((region) => region.code);
    const excludedCodes = understood.excludedRegions.map((region) => region.code);
    const practiceNames = new Set(understood.practices.map((practice) => practice.name));
    const adjusted: ItemScore[] = [];
    for (const entry of ranked) {
      const item = items.get(entry.itemId);
      if (!item) continue;
      if (excludedCodes.length > 0 && inRegions(item, excludedCodes)) continue;
      let score = entry.score;
      if (boostCodes.length > 0 && inRegions(item, boostCodes)) score += tuning.regionBoost;
      if (item.practices.some((practice) => practiceNames.has(practice.name))) score += tuning.practiceBoost;
      adjusted.push({ ...entry, score });
    }
    return adjusted.sort((a, b) => b.score - a.score || a.itemId.localeCompare(b.itemId));
  }

  async function search(request: SearchRequest): Promise<SearchResult> {
    const query = (request.query ?? '').trim();
    if (queryLength(query) > MAX_QUERY_CHARS) {
      throw createError('BAD_REQUEST', `query 不能超过 ${MAX_QUERY_CHARS} 个字符 / query longer than ${MAX_QUERY_CHARS} characters`);
    }
    const mode = request.mode ?? 'hybrid';
    if (!MODES.includes(mode)) throw createError('BAD_REQUEST', `mode: ${String(mode)}`);
    const filter = toItemFilter(request.filter, context);
    const understood = understandQuery(query, { ...context, negatedPlaces: tuning.negatedPlaces, expandPractices: tuning.expandPractices });
    const boostRegions = [...understood.boostRegions];
    if (understood.filterRegions.length > 0) {
      // A place the user also chose in the filter cannot narrow further: it only lifts its items.
      if (filter.regionCodes === undefined) filter.regionCodes = understood.filterRegions.map((region) => region.code);
      else boostRegions.push(...understood.filterRegions);
    }
    const effective = { ...understood, boostRegions };

    let ranked: ItemScore[];
    if (query === '') {
      ranked = (await context.store.findItemIds(filter)).map((itemId) => ({ itemId, score: 0, passages: [] }));
    } else {
      ranked = await rank(query, mode, filter, effective);
    }
    // Every ranked item's facts (regions, practices, year, section: what boosts and facets read),
    // then the page's items whole.
    const items = new Map((await context.store.itemFacts(ranked.map((entry) => entry.itemId))).map((item) => [item.id, item]));
    const matches = adjust(ranked, items, effective);
    const page = paginate(matches, { first: request.first, after: request.after, fingerprint: fingerprint([query, mode, request.filter ?? {}]) });
    const pageItems = new Map((await context.store.getItems(page.nodes.map((entry) => entry.itemId))).map((item) => [item.id, item]));
    // Near spellings of places with any answer; the closest practices too when nothing was found.
    const suggestions = query !== '' && suggester
      ? await suggester.suggest(query, { found: matches.length > 0, ...(mode === 'bm25' ? {} : { vector: await queryVector(query) }) })
      : NO_SUGGESTIONS;
    return {
      total: matches.length,
      hits: page.nodes.map((entry) => {
        const item = pageItems.get(entry.itemId)!;
        return { score: entry.score, item, highlights: highlightPassages(item.passages, entry.passages, understood.highlightTerms) };
      }),
      facets: computeFacets(matches.map((entry) => items.get(entry.itemId)!)),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      understood: {
        regions: [...understood.filterRegions, ...understood.boostRegions],
        practices: understood.practices.map((practice) => practice.name),
      },
      suggestions,
    };
  }

  return { search };
}
