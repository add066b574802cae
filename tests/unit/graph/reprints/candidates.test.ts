import { describe, expect, it } from 'vitest';
import {
  addCopies, assignReports, joinedReports, linkedCandidates, nameBits, probesOf, sketchText, type NewCopy, type PlaceProbe, type StoredCopy,
} from '../../../../graph/reprints/index.ts';
import { labelledPairs } from './labelled-pairs.ts';

type Placed = StoredCopy & { placeKey: string };

/** What both stores' candidate reads return for a probe: the place's copies naming a probe practice or none. */
function read(stored: readonly Placed[], probes: PlaceProbe[]): Placed[] {
  return stored.filter((copy) => probes.some((probe) => probe.placeKey === copy.placeKey
    && (probe.practices === null || copy.practices.length === 0 || copy.practices.some((name) => probe.practices!.includes(name)))));
}

/** assignReports as the stores now run it: candidates, then the rest of the reports they join. */
function assignFromCandidates(stored: readonly Placed[], incoming: NewCopy[]): Map<string, string> {
  const skip = new Set(incoming.map((copy) => copy.itemId));
  const byKey = new Map<string, StoredCopy[]>();
  addCopies(byKey, read(stored, probesOf(incoming)).map((copy) => ({ ...copy })), skip);
  const joined = new Set(joinedReports(byKey, incoming));
  addCopies(byKey, stored.filter((copy) => joined.has(copy.reportId)).map((copy) => ({ ...copy })), skip);
  return assignReports(byKey, incoming);
}

/** assignReports as SQLite runs it: the candidates without report ids, then only the reports of those a new copy links. */
function assignFromLinked(stored: readonly Placed[], incoming: NewCopy[]): Map<string, string> {
  const skip = new Set(incoming.map((copy) => copy.itemId));
  const candidatesByKey = new Map<string, Omit<Placed, 'reportId'>[]>();
  for (const { reportId: _unread, ...copy } of read(stored, probesOf(incoming))) {
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

describe('reading only the copies a batch can link', () => {
  it('probes each place once, with every practice its new copies name, or the whole place when one names none', () => {
    const copy = (placeKey: string, practices: string[]): NewCopy => ({ itemId: `${placeKey}:${practices.join()}`, documentId: 'd', date: null, practices, sketch: sketchText(''), placeKey });
    expect(probesOf([copy('990101', ['社区大党委']), copy('990102', ['网格化管理']), copy('990101', ['双报到', '社区大党委'])])).toEqual([
      { placeKey: '990101', practices: ['社区大党委', '双报到'] },
      { placeKey: '990102', practices: ['网格化管理'] },
    ]);
    expect(probesOf([copy('990101', ['社区大党委']), copy('990101', []), copy('990101', ['双报到'])])).toEqual([{ placeKey: '990101', practices: null }]);
  });

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
      expect(assignFromCandidates(stored, batch)).toEqual(expected);
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
    expect(read(stored, probesOf([county])).map((found) => found.itemId)).toEqual(['province:1']);
    const moved = new Map([['county:1', 'county:1'], ['province:1', 'county:1'], ['paper:1', 'county:1']]);
    expect(assignFromCandidates(stored, [county])).toEqual(moved);
    expect(assignFromLinked(stored, [county])).toEqual(moved);
  });
});
