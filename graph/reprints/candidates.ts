/**
 * What a store reads to group a batch's new copies (docs/decisions/0010-reprint-candidates.md):
 * not every stored copy of their places, which grows with the store, but only the copies the rule
 * lets them link — those naming a practice of the batch's copies at that place, or naming none
 * (every copy of the place when a new copy names none) — and then the other copies of the reports
 * those join, which assignReports relabels. Both stores read by these probes.
 */
import { linked, type NewCopy, type StoredCopy } from './groups.ts';

/** The stored copies of one place the batch can link: those naming one of `practices`, or none; null: all. */
export interface PlaceProbe {
  placeKey: string;
  practices: string[] | null;
}

/** One probe per place of the batch; a copy naming no practice can link any copy of its place. */
export function probesOf(incoming: readonly NewCopy[]): PlaceProbe[] {
  const byPlace = new Map<string, Set<string> | null>();
  for (const copy of incoming) {
    const names = byPlace.has(copy.placeKey) ? byPlace.get(copy.placeKey)! : new Set<string>();
    if (names === null || copy.practices.length === 0) byPlace.set(copy.placeKey, null);
    else byPlace.set(copy.placeKey, new Set([...names, ...copy.practices]));
  }
  return [...byPlace].map(([placeKey, names]) => ({ placeKey, practices: names === null ? null : [...names] }));
}

/**
 * Reports of the stored candidates that some new copy links: their other copies must be read too,
 * as the new copy may lead them all. (Links between new copies only join reports found here.)
 */
export function joinedReports(candidatesByKey: ReadonlyMap<string, readonly StoredCopy[]>, incoming: readonly NewCopy[]): string[] {
  const joined = new Set<string>();
  for (const copy of incoming) {
    for (const other of candidatesByKey.get(copy.placeKey) ?? []) if (linked(copy, other)) joined.add(other.reportId);
  }
  return [...joined];
}

/** Adds rows to the per-place lists, skipping copies listed already and the batch's own items. */
export function addCopies(byKey: Map<string, StoredCopy[]>, rows: Iterable<StoredCopy & { placeKey: string }>, skip: ReadonlySet<string>): void {
  const listed = new Set([...byKey.values()].flatMap((copies) => copies.map((copy) => copy.itemId)));
  for (const { placeKey, ...copy } of rows) {
    if (skip.has(copy.itemId) || listed.has(copy.itemId)) continue;
    listed.add(copy.itemId);
    const list = byKey.get(placeKey);
    if (list === undefined) byKey.set(placeKey, [copy]);
    else list.push(copy);
  }
}
