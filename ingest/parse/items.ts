/**
 * Finding where items begin. In order of evidence:
 *   1. item markers (△ □ ■ ◆ ▲ — the first one used at a line start is the document's) and
 *      headlines signed by a byline line ("中共伊春区委组织部", "■中共大同市委组织部");
 *   2. without those, the shapes of a roundup (roundup-starts.ts): village reports run together in
 *      one paragraph, datelined short reports, dated entries (★8月2日…, a day's page), 【XX】 entries, （一） parts headed by a place, "一、" parts that each name a
 *      place, "XX县：" headline lines or "XX县：…。" paragraphs, paragraphs opening with places;
 *   3. otherwise the body is one article, however many 一、二、三 parts it has.
 * Section headings (★ 市内信息, 【组织工作动态】, or a short line right above an item) are kept on
 * the items that follow them.
 */
import { afterMarker, canBeHeadline, leadingMarker, sectionCandidate } from './headings.ts';
import type { ItemGroup, ItemKind, Layout, Role, Start } from './item-types.ts';
import { isBlank, type Line } from './lines.ts';
import { bylineOffice, isOfficeLine, leadingOffice, splitTrailingOffice } from './offices.ts';
import { expandRunTogether, findBracketStarts, findDatedEntryStarts, findDatelineStarts, findPlacePartStarts, findPlaceStarts, markStarts } from './roundup-starts.ts';
import { endsSentence, visibleLength } from './text.ts';

export type { ItemGroup, ItemKind, Layout, Role, Start } from './item-types.ts';

/** Leading text shorter than this is left-over furniture, not an item. */
const MIN_LEADING_ITEM = 50;
const EDITOR_NOTE = /^[【[（(]?(编者按|编者的话|按语|编者|开栏语|开篇语|开栏的话)/;

/** A line after which a new block may start: a finished sentence or an office in parentheses. */
function closesParagraph(line: Line): boolean {
  return endsSentence(line.norm) || splitTrailingOffice(line.raw, line.norm) !== null;
}

export function groupItems(allLines: Line[], headingMaxLength: number): ItemGroup[] {
  const { lines, reports } = expandRunTogether(allLines.filter((line) => !isBlank(line)));
  // Lines printed after a blank line (or after dropped furniture).
  const blankBefore = new Set<number>();
  let afterBlank = false;
  for (const line of allLines) {
    if (isBlank(line)) afterBlank = true;
    else {
      if (afterBlank) blankBefore.add(line.index);
      afterBlank = false;
    }
  }
  const roles: Role[] = lines.map((line) => (isOfficeLine(line.norm) ? 'byline' : 'text'));
  const starts = new Map<number, Start>();

  const isSection = (k: number): boolean => {
    const line = lines[k];
    return line !== undefined && roles[k] === 'text' && sectionCandidate(line.raw, line.norm) !== null;
  };
  const closesBefore = (k: number): boolean =>
    k < 0 || roles[k] !== 'text' || isSection(k) || closesParagraph(lines[k] as Line);

  const layout: Layout = { sectionNames: new Map(), preambleOnly: false };
  findMarkerStarts(lines, roles, starts);
  findBylinedStarts(lines, roles, starts, { headingMaxLength, blankBefore, isSection, closesBefore });
  findOfficeLedStarts(lines, roles, starts, { headingMaxLength, blankBefore, isSection, closesBefore });
  if (starts.size === 0) markStarts(reports, 'lead', lines, roles, starts);
  const scan = { lines, roles, starts, headingMaxLength, closesBefore };
  if (starts.size === 0) findDatelineStarts(scan);
  if (starts.size === 0) findDatedEntryStarts(scan);
  if (starts.size === 0) findBracketStarts(lines, roles, starts);
  if (starts.size === 0) findPlacePartStarts(lines, roles, starts, layout, headingMaxLength);
  if (starts.size === 0) findPlaceStarts(scan);

  // A short all-Chinese line is a section heading when decorated or when an item follows it.
  lines.forEach((line, k) => {
    if (roles[k] !== 'text') return;
    const candidate = sectionCandidate(line.raw, line.norm);
    if (candidate && (candidate.decorated || roles[k + 1] === 'start')) roles[k] = 'section';
  });

  return assemble(lines, roles, starts, starts.size === 0 ? 'article' : 'leading', layout);
}

/**
 * "▲三亚…党建联盟揭牌成立" under a photo repeats the headline printed above it: a caption, not an
 * item's start.
 */
function repeatsEarlierLine(lines: Line[], k: number): boolean {
  const text = afterMarker((lines[k] as Line).norm).replace(/\s+/g, '');
  return text.length > 0 && lines.slice(0, k).some((line) => line.norm.replace(/\s+/g, '') === text);
}

function findMarkerStarts(lines: Line[], roles: Role[], starts: Map<number, Start>): void {
  const opensItem = (k: number): string | null => {
    const line = lines[k] as Line;
    const marker = roles[k] === 'text' ? leadingMarker(line.norm) : null;
    return marker && !repeatsEarlierLine(lines, k) ? marker : null;
  };
  const marker = lines.map((_, k) => opensItem(k)).find((m) => m !== null);
  if (!marker) return;
  lines.forEach((line, k) => {
    if (opensItem(k) === marker) {
      roles[k] = 'start';
      starts.set(k, { kind: 'marker', headline: [], office: null });
    }
  });
}

interface BylineContext {
  headingMaxLength: number;
  blankBefore: Set<number>;
  isSection: (k: number) => boolean;
  closesBefore: (k: number) => boolean;
}

/** A byline with one or two headline lines above it opens an item; a lone byline signs the one before. */
function findBylinedStarts(lines: Line[], roles: Role[], starts: Map<number, Start>, context: BylineContext): void {
  const headlineLike = (k: number): boolean => {
    const line = lines[k];
    if (line === undefined || roles[k] !== 'text') return false;
    const section = sectionCandidate(line.raw, line.norm);
    return !section?.decorated && canBeHeadline(line.norm, context.headingMaxLength);
  };
  lines.forEach((line, b) => {
    if (roles[b] !== 'byline' || !headlineLike(b - 1)) return;
    const last = lines[b - 1] as Line;
    let first = b - 1;
    const upper = lines[b - 2];
    const upperJoins = upper !== undefined && headlineLike(b - 2) && (!context.blankBefore.has(last.index) || !context.isSection(b - 2));
    if (upperJoins && context.closesBefore(b - 3)) first = b - 2;
    else if (!context.closesBefore(b - 2)) return;
    const headline = lines.slice(first, b);
    for (let k = first; k < b; k++) roles[k] = 'headline';
    roles[first] = 'start';
    starts.set(first, { kind: 'bylined', headline, office: bylineOffice(line.raw, line.norm), bylineAt: b });
  });
}

/**
 * An office closed by a colon with the headline printed under it ("海棠区委组织部：" / "“三点”发力
 * 凝聚…") opens an item, as a byline under a headline does: collections of units' experience print
 * each unit's section so.
 */
function findOfficeLedStarts(lines: Line[], roles: Role[], starts: Map<number, Start>, context: BylineContext): void {
  lines.forEach((line, k) => {
    const headline = lines[k + 1];
    if (roles[k] !== 'text' || roles[k + 1] !== 'text' || !headline || !context.closesBefore(k - 1)) return;
    const office = leadingOffice(line.raw, line.norm);
    if (!office || sectionCandidate(headline.raw, headline.norm)?.decorated || !canBeHeadline(headline.norm, context.headingMaxLength)) return;
    // The body follows the headline: a further line, not the end of the text.
    if (lines[k + 2] === undefined) return;
    roles[k] = 'start';
    roles[k + 1] = 'headline';
    starts.set(k, { kind: 'bylined', headline: [headline], office });
  });
}

function assemble(lines: Line[], roles: Role[], starts: Map<number, Start>, leadingKind: ItemKind, layout: Layout): ItemGroup[] {
  const groups: ItemGroup[] = [];
  let section: string | null = null;
  let current: ItemGroup | null = null;
  const signedBylines = new Set([...starts.values()].map((start) => start.bylineAt));
  const close = (): void => {
    if (current?.kind === 'leading' && layout.preambleOnly) current.kind = 'preamble';
    if (current && (current.lines.length > 0 || current.headline.length > 0) && keepGroup(current)) groups.push(current);
    current = null;
  };
  lines.forEach((line, k) => {
    const role = roles[k];
    if (role === 'section') {
      close();
      section = layout.sectionNames.get(k) ?? sectionCandidate(line.raw, line.norm)?.name ?? null;
    } else if (role === 'start') {
      close();
      const start = starts.get(k) as Start;
      current = { kind: start.kind, section, headline: start.headline, office: start.office, lines: [] };
      if (start.rest) current.lines.push(start.rest);
      else if (start.kind !== 'bylined' && start.kind !== 'placeHeadline') current.lines.push(line);
    } else if (role === 'byline') {
      // A byline under a headline was taken with it; one standing alone signs the item it ends.
      if (!signedBylines.has(k)) {
        current ??= { kind: leadingKind, section, headline: [], office: null, lines: [] };
        current.office ??= bylineOffice(line.raw, line.norm);
      }
    } else if (role === 'text') {
      current ??= { kind: leadingKind, section, headline: [], office: null, lines: [] };
      current.lines.push(line);
    }
  });
  close();
  return groups;
}

/** Text before the first item counts only when it is a real article, not a note or furniture. */
function keepGroup(group: ItemGroup): boolean {
  if (group.kind !== 'leading') return true;
  const first = group.lines[0];
  if (first && EDITOR_NOTE.test(first.norm)) return false;
  return group.lines.reduce((sum, line) => sum + visibleLength(line.norm), 0) >= MIN_LEADING_ITEM;
}
