/**
 * Reports: the copies of one report are the items of one place key linked by sameReport, directly
 * or through other copies (a connected component). The report's id is its earliest copy's item id —
 * by date (undated copies last), then by id — so it is stable and a deletion promotes the next copy.
 * Both stores run these functions on what they read and write back the changed report ids.
 */
import { sameReport, sharePractice } from './rule.ts';
import type { ReprintSketch } from './sketch.ts';

export interface StoredCopy {
  itemId: string;
  documentId: string;
  date: string | null;
  reportId: string;
  /** Practices the item names (curated and candidate): copies share one when both name any. */
  practices: string[];
  sketch: ReprintSketch;
}

export type NewCopy = Omit<StoredCopy, 'reportId'> & { placeKey: string };

/** Earlier first: dated before undated, then by date, then by id. */
export function compareCopies(a: { itemId: string; date: string | null }, b: { itemId: string; date: string | null }): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0;
}

/** Copies in one document are never reprints of each other: a bulletin does not print a report twice. */
export function linked(a: Omit<StoredCopy, 'reportId'>, b: Omit<StoredCopy, 'reportId'>): boolean {
  return a.documentId !== b.documentId && sharePractice(a.practices, b.practices) && sameReport(a.sketch, b.sketch);
}

/**
 * Report ids after adding `incoming` to `stored`: per incoming place key, in any order, every stored
 * copy an incoming copy can link (with all its practices) and every copy of the reports those belong
 * to (candidates.ts reads no more; any superset gives the same answer). Returns the report id of
 * every incoming copy and of every stored copy whose report id changes. Cost: one comparison per
 * incoming copy and listed copy of its key.
 */
export function assignReports(storedByKey: Map<string, StoredCopy[]>, incoming: NewCopy[]): Map<string, string> {
  const changes = new Map<string, string>();
  for (const copy of incoming) {
    const stored = storedByKey.get(copy.placeKey) ?? [];
    const joined = new Set(stored.filter((other) => linked(copy, other)).map((other) => other.reportId));
    const members = stored.filter((other) => joined.has(other.reportId));
    const added: StoredCopy = { ...copy, reportId: copy.itemId };
    const earliest = [added, ...members].sort(compareCopies)[0]!;
    for (const member of [added, ...members]) {
      if (member.reportId !== earliest.itemId || member === added) changes.set(member.itemId, earliest.itemId);
      member.reportId = earliest.itemId;
    }
    // Later incoming copies of the batch see this one as stored.
    stored.push(added);
    storedByKey.set(copy.placeKey, stored);
  }
  return changes;
}

/**
 * Report ids of the copies left of some reports after others were deleted: the components among
 * them, each led by its earliest copy. Returns the copies whose report id changes.
 */
export function regroup(remaining: StoredCopy[]): Map<string, string> {
  const parent = remaining.map((_, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  for (let i = 0; i < remaining.length; i += 1) {
    for (let j = i + 1; j < remaining.length; j += 1) {
      const a = remaining[i]!;
      const b = remaining[j]!;
      // Only copies that were one report can stay one: regrouping never merges two reports.
      if (a.reportId === b.reportId && linked(a, b)) parent[find(i)] = find(j);
    }
  }
  const components = new Map<number, StoredCopy[]>();
  remaining.forEach((copy, index) => {
    const root = find(index);
    components.set(root, [...(components.get(root) ?? []), copy]);
  });
  const changes = new Map<string, string>();
  for (const members of components.values()) {
    const earliest = [...members].sort(compareCopies)[0]!;
    for (const member of members) if (member.reportId !== earliest.itemId) changes.set(member.itemId, earliest.itemId);
  }
  return changes;
}
