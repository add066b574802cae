/**
 * When two items report the same thing: the same place, the same practice and near-identical bodies. The thresholds
 * come from the labelled pairs in tests/unit/graph/reprints/ (reprints under another headline,
 * abridged, lightly edited; near misses from the same template or the same county).
 */
import type { RegionRef } from '../model.ts';
import { containmentReaches, type ReprintSketch } from './sketch.ts';

/**
 * The shorter body must share at least this much with the other (estimated 5-gram containment):
 * reprints score 0.89–1.00 on the labelled pairs; template-built items of one place in the synthetic
 * corpus reach 0.80, unrelated real items 0.08.
 */
export const MIN_CONTAINMENT = 0.8;
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

/**
 * Copies report one practice: two items naming practices (curated or candidate) but none in
 * common are two reports, however alike their wording (bulletins built from one template). An item
 * naming none — a copy cut down to its results — is judged by its text.
 */
export function sharePractice(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((name) => b.includes(name));
}

/** The practices an item names, curated and candidate, as copies are compared by them. */
export function practicesNamed(item: { practices: { name: string }[]; candidatePractices: { name: string }[] }): string[] {
  return [...new Set([...item.practices.map((practice) => practice.name), ...item.candidatePractices.map((candidate) => candidate.name)])];
}

/** The similarity half of the rule; callers compare only items of one place key. */
export function sameReport(a: ReprintSketch, b: ReprintSketch): boolean {
  if (Math.min(a.shingles, b.shingles) < MIN_SHINGLES) return false;
  return containmentReaches(a, b, MIN_CONTAINMENT);
}

interface ComparedItem {
  region: RegionRef | null;
  regionMention: string | null;
  practices: string[];
  sketch: ReprintSketch;
}

/** The whole rule for two items: one place, a practice in common (when both name any), near-identical bodies. */
export function reportSameThing(a: ComparedItem, b: ComparedItem): boolean {
  const place = placeKey(a);
  return place !== null && place === placeKey(b) && sharePractice(a.practices, b.practices) && sameReport(a.sketch, b.sketch);
}
