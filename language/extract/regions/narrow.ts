/**
 * Settles a name that several units share (城关区, 鼓楼区, 朝阳区) with what surrounds the item:
 * other places the item names, the publisher, the document title, the sibling items' regions.
 * Each source only narrows; a source that would leave nothing is ignored, and whatever is still
 * ambiguous at the end stays ambiguous — the resolver never guesses.
 */
import type { RegionRef } from '../../types.ts';
import type { Gazetteer } from '../../knowledge/gazetteer.ts';

/** The city a unit belongs to (itself for a city); null for provinces and 直辖市 districts. */
export function cityCodeOf(ref: RegionRef, gazetteer: Gazetteer): string | null {
  for (let index = ref.pathCodes.length - 1; index >= 0; index -= 1) {
    const code = ref.pathCodes[index];
    if (code !== undefined && gazetteer.byCode(code)?.level === 'city') return code;
  }
  return null;
}

/** Codes in order of how often the anchors name them (most frequent first, then first seen). */
function byFrequency(codes: (string | null | undefined)[]): string[] {
  const counts = new Map<string, number>();
  for (const code of codes) if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code);
}

/**
 * Keeps the candidates an anchor is, else those holding an anchor, else those inside an anchor (townships of a county publisher), else inside the
 * anchors' city, else inside their province; unchanged when none keeps any. Codes are tried one
 * at a time, the most named first.
 */
export function narrowByAnchors(candidates: RegionRef[], anchors: RegionRef[], gazetteer: Gazetteer): RegionRef[] {
  if (candidates.length < 2 || anchors.length === 0) return candidates;
  // The item writes one of the units out in full elsewhere (海南 in the headline, 海南省 in the body).
  const named = candidates.filter((candidate) => anchors.some((anchor) => anchor.code === candidate.code));
  if (named.length > 0) return named;
  // A candidate holding the places the item names is theirs: 镇江 of 镇江市 and 镇江新区, with 句容市
  // and 丹徒区 named, is the city that holds them, not the zone beside them.
  const holding = candidates.filter((candidate) => anchors.some((anchor) => anchor.code !== candidate.code && anchor.pathCodes.includes(candidate.code)));
  if (holding.length > 0 && holding.length < candidates.length) return holding;
  const levels = [
    byFrequency(anchors.map((anchor) => anchor.code)),
    byFrequency(anchors.map((anchor) => cityCodeOf(anchor, gazetteer))),
    byFrequency(anchors.map((anchor) => anchor.pathCodes[0])),
  ];
  for (const codes of levels) {
    for (const code of codes) {
      const inside = candidates.filter((candidate) => candidate.pathCodes.includes(code) && candidate.code !== code);
      if (inside.length > 0) return inside;
    }
  }
  return candidates;
}

/**
 * Between a current unit and an abolished one of the same name, the current one wins — unless
 * sibling items name abolished units of the same city (a 2016 伊春 bulletin: 伊春区, 翠峦区, 友好区).
 * Between two abolished ones, the later of a succession wins (无为县 of 巢湖 → 无为县 of 芜湖).
 */
export function preferByHistory(candidates: RegionRef[], siblings: RegionRef[], gazetteer: Gazetteer): RegionRef[] {
  if (candidates.length < 2) return candidates;
  const abolished = candidates.filter((candidate) => candidate.abolished === true);
  if (abolished.length === 0) return candidates;

  const oldCities = new Set(siblings.filter((sibling) => sibling.abolished).map((sibling) => cityCodeOf(sibling, gazetteer)));
  const historical = abolished.filter((candidate) => oldCities.has(cityCodeOf(candidate, gazetteer)));
  if (historical.length > 0) return historical;

  const current = candidates.filter((candidate) => candidate.abolished !== true);
  if (current.length > 0) return current;
  const codes = new Set(candidates.map((candidate) => candidate.code));
  const latest = candidates.filter((candidate) => !candidate.successorCode || !codes.has(candidate.successorCode));
  return latest.length > 0 ? latest : candidates;
}
