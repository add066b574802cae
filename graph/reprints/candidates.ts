/**
 * What a store reads to group a batch's new copies (docs/decisions/0010-reprint-candidates.md):
 * the stored copies of their places without report ids (kept in memory, copy-cache.ts), the ones
 * the rule lets a new copy link, and then every copy of the reports those belong to, which
 * assignReports relabels.
 */
import { linked, type NewCopy, type StoredCopy } from './groups.ts';

/**
 * The stored candidates some new copy links (their report ids need not be known yet): only the
 * reports of these can change, so they are all a store must read in full — every copy of them.
 */
export function linkedCandidates<Copy extends Omit<StoredCopy, 'reportId'>>(candidatesByKey: ReadonlyMap<string, readonly Copy[]>, incoming: readonly NewCopy[]): Copy[] {
  const found = new Set<Copy>();
  for (const copy of incoming) {
    for (const other of candidatesByKey.get(copy.placeKey) ?? []) if (linked(copy, other)) found.add(other);
  }
  return [...found];
}

/** Bits a name signature spreads names over: whole numbers below 2^52 stay exact in JS and SQL alike. */
const NAME_BITS = 52;

/**
 * A signature of the names a copy has: one bit per name (FNV-1a of its UTF-16 codes, modulo 52),
 * 0 for none. Two copies sharing a name share its bit, so a store may pass over the copies whose
 * signature shares no bit with a probe's (an integer test, before reading a row) and check the
 * names themselves after (a shared bit can be two names). Stored: changing it needs a migration.
 */
export function nameBits(names: readonly string[]): number {
  const bits = new Set<number>();
  for (const name of names) {
    let hash = 0x811c9dc5;
    for (let index = 0; index < name.length; index += 1) hash = Math.imul(hash ^ name.charCodeAt(index), 0x01000193);
    bits.add((hash >>> 0) % NAME_BITS);
  }
  return [...bits].reduce((sum, bit) => sum + 2 ** bit, 0);
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
