import { describe, expect, it } from 'vitest';
import {
  addCopies, assignReports, linkedCandidates, nameBits, sketchText, type NewCopy, type StoredCopy,
} from '../../../../graph/reprints/index.ts';
import { labelledPairs } from './labelled-pairs.ts';

type Placed = StoredCopy & { placeKey: string };

/** assignReports as both stores run it: the places' copies without report ids, then only the reports of those a new copy links. */
function assignFromLinked(stored: readonly Placed[], incoming: NewCopy[]): Map<string, string> {
  const skip = new Set(incoming.map((copy) => copy.itemId));
  const candidatesByKey = new Map<string, Omit<Placed, 'reportId'>[]>();
  const places = new Set(incoming.map((copy) => copy.placeKey));
  for (const { reportId: _unread, ...copy } of stored.filter((placed) => places.has(placed.placeKey))) {
    if (!skip.has(copy.itemId)) candidatesByKey.set(copy.placeKey, [...(candidatesByKey.get(copy.placeKey) ?? []), copy]);
  }
  const linkedIds = new Set(linkedCandidates(candidatesByKey, incoming).map((copy) => copy.itemId));
  const reports = new Set(stored.filter((copy) => linkedIds.has(copy.itemId)).map((copy) => copy.reportId));
  const byKey = new Map<string, StoredCopy[]>();
  addCopies(byKey, stored.filter((copy) => reports.has(copy.reportId)).map((copy) => ({ ...copy })), skip);
  return assignReports(byKey, incoming);
}

/** assignReports as before: every stored copy of the batch's places. */
function assignFromPlaces(stored: readonly Placed[], incoming: NewCopy[]): Map<string, string> {
  const places = new Set(incoming.map((copy) => copy.placeKey));
  const byKey = new Map<string, StoredCopy[]>();
  addCopies(byKey, stored.filter((copy) => places.has(copy.placeKey)).map((copy) => ({ ...copy })), new Set());
  return assignReports(byKey, incoming);
}

/** Every side of the labelled pairs as a copy: one document each, dated by a small generator. */
const sides = labelledPairs.flatMap((pair) => [pair.a, pair.b]).flatMap((side, index): NewCopy[] => {
  const placeKey = side.regionCode ?? (side.mention === null ? null : `mention:${side.mention}`);
  if (placeKey === null) return [];
  const date = index % 5 === 4 ? null : `2020-0${1 + ((index * 7) % 9)}-1${index % 10}`;
  return [{ itemId: `doc${index}:1`, documentId: `doc${index}`, date, practices: side.practices, sketch: sketchText(side.text), placeKey }];
}).filter((copy) => copy.sketch.shingles >= 36);

describe('reading only the reports a batch links', () => {
  it('signs names with one bit each, the same in every process (SQLite stores the signature)', () => {
    expect(nameBits([])).toBe(0);
    expect(nameBits(['社区大党委'])).toBe(2 ** 48);
    expect(nameBits(['双报到'])).toBe(2 ** 2);
    expect(nameBits(['社区大党委', '双报到', '社区大党委'])).toBe(2 ** 48 + 2 ** 2);
    // Copies sharing a name share its bit: the signature never passes over a copy the rule can link.
    // (Above 2^31, so tested by division: JS's & is 32-bit; SQLite's is 64-bit.)
    const hasBitOf = (signature: number, name: string): boolean => Math.floor(signature / nameBits([name])) % 2 === 1;
    for (const side of sides) for (const name of side.practices) expect(hasBitOf(nameBits(side.practices), name)).toBe(true);
  });

  it('groups every batch of the labelled copies as reading every copy of their places would', () => {
    // Stored in every split of the copies into an earlier part and a batch, one batch after another.
    for (let split = 1; split < sides.length; split += 1) {
      const stored: Placed[] = [];
      const before = sides.slice(0, split);
      for (const [itemId, reportId] of assignReports(new Map(), before)) {
        stored.push({ ...before.find((copy) => copy.itemId === itemId)!, reportId });
      }
      const batch = sides.slice(split, split + 6);
      const expected = assignFromPlaces(stored, batch);
      expect(assignFromLinked(stored, batch)).toEqual(expected);
    }
  });

  it('moves the copies of a joined report that share no practice with the new copy', () => {
    const body = labelledPairs[0]!.a.text;
    const copy = (id: string, date: string, practices: string[]): NewCopy => ({ itemId: `${id}:1`, documentId: id, date, practices, sketch: sketchText(body), placeKey: '990101' });
    // The province's copy names both practices and links the newspaper's, which names only the second.
    const stored: Placed[] = [
      { ...copy('province', '2020-07-12', ['社区大党委', '双报到']), reportId: 'paper:1' },
      { ...copy('paper', '2020-07-05', ['双报到']), reportId: 'paper:1' },
    ];
    const county = copy('county', '2020-06-28', ['社区大党委']);
    const moved = new Map([['county:1', 'county:1'], ['province:1', 'county:1'], ['paper:1', 'county:1']]);
    expect(assignFromLinked(stored, [county])).toEqual(moved);
  });
});
