/**
 * Fusing passage rankings into one item ranking. Passages are grouped by item first (an item
 * ranks by its best passage), then the lists are fused either by reciprocal rank (robust to the
 * incomparable scales of BM25 and cosine) or by a weighted sum of max-normalised scores.
 */
import type { PassageHit } from '../../graph/store.ts';

export interface ItemScore {
  itemId: string;
  score: number;
  /** Passages that earned the score, best first. */
  passages: number[];
}

/** One entry per item: its best passage's score, ranked best first (ties by item id for stability). */
export function bestPassagePerItem(hits: PassageHit[]): ItemScore[] {
  const byItem = new Map<string, ItemScore>();
  for (const hit of hits) {
    const entry = byItem.get(hit.itemId);
    if (!entry) byItem.set(hit.itemId, { itemId: hit.itemId, score: hit.score, passages: [hit.passageIndex] });
    else {
      if (hit.score > entry.score) {
        entry.score = hit.score;
        entry.passages.unshift(hit.passageIndex);
      } else if (!entry.passages.includes(hit.passageIndex)) {
        entry.passages.push(hit.passageIndex);
      }
    }
  }
  return sortByScore([...byItem.values()]);
}

export function sortByScore<T extends { itemId: string; score: number }>(items: T[]): T[] {
  return items.sort((a, b) => b.score - a.score || a.itemId.localeCompare(b.itemId));
}

export interface WeightedList {
  items: ItemScore[];
  weight: number;
}

export type FusionMethod = 'rrf' | 'weighted';

/** Σ weight / (k + rank), rank 1-based. k = 60 is the value of Cormack et al. */
export function reciprocalRankFusion(lists: WeightedList[], k = 60): ItemScore[] {
  return combine(lists, (items) => new Map(items.map((item, index) => [item.itemId, 1 / (k + index + 1)])));
}

/** Σ weight · score / max score of its list: keeps how far apart the scores are, not only their order. */
export function weightedSumFusion(lists: WeightedList[]): ItemScore[] {
  return combine(lists, (items) => {
    const top = Math.max(...items.map((item) => item.score), 0);
    return new Map(items.map((item) => [item.itemId, top > 0 ? Math.max(item.score, 0) / top : 0]));
  });
}

function combine(lists: WeightedList[], contributions: (items: ItemScore[]) => Map<string, number>): ItemScore[] {
  const fused = new Map<string, ItemScore>();
  for (const list of lists) {
    if (list.weight === 0) continue;
    const share = contributions(list.items);
    for (const item of list.items) {
      const entry = fused.get(item.itemId) ?? { itemId: item.itemId, score: 0, passages: [] };
      entry.score += list.weight * (share.get(item.itemId) ?? 0);
      for (const passage of item.passages) if (!entry.passages.includes(passage)) entry.passages.push(passage);
      fused.set(item.itemId, entry);
    }
  }
  return sortByScore([...fused.values()]);
}

export function fuse(method: FusionMethod, lists: WeightedList[], rrfK = 60): ItemScore[] {
  return method === 'rrf' ? reciprocalRankFusion(lists, rrfK) : weightedSumFusion(lists);
}
