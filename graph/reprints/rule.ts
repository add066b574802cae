/**
 * When two items report the same thing: the same place and near-identical bodies. The thresholds
 * come from the labelled pairs in tests/unit/graph/reprints/ (reprints under another headline,
 * abridged, lightly edited; near misses from the same template or the same county).
 */
import type { RegionRef } from '../model.ts';
import { containment, type ReprintSketch } from './sketch.ts';

/** The shorter body must share at least this much with the other (estimated 5-gram containment). */
export const MIN_CONTAINMENT = 0.6;
/** Bodies shorter than this many distinct 5-grams (~40 characters) say too little to call a copy. */
export const MIN_SHINGLES = 36;

/**
 * Where an item reports from, as reprints must share it: the region's code, or — for an item with
 * no region — the place as written. Null when neither is known: such an item is never a reprint.
 */
export function placeKey(item: { region: Pick<RegionRef, 'code'> | null; regionMention: string | null }): string | null {
  if (item.region !== null) return item.region.code;
  const mention = item.regionMention?.trim() ?? '';
  return mention === '' ? null : `mention:${mention}`;
}

/** The similarity half of the rule; callers compare only items of one place key. */
export function sameReport(a: ReprintSketch, b: ReprintSketch): boolean {
  if (Math.min(a.shingles, b.shingles) < MIN_SHINGLES) return false;
  return containment(a, b) >= MIN_CONTAINMENT;
}

/** The whole rule for two items: one place, near-identical bodies. */
export function reportSameThing(
  a: { region: RegionRef | null; regionMention: string | null; sketch: ReprintSketch },
  b: { region: RegionRef | null; regionMention: string | null; sketch: ReprintSketch },
): boolean {
  const place = placeKey(a);
  return place !== null && place === placeKey(b) && sameReport(a.sketch, b.sketch);
}
