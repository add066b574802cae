/**
 * Where the items of a roundup begin when no marker or byline says so: village reports run
 * together in one paragraph, datelined short reports, dated entries (★8月2日…; a day's news, each
 * paragraph on 9月12日), 【XX】 entries, （一） parts headed by a place,
 * 一、 parts or "XX县：" lines naming a place each, or paragraphs opening with places of one level.
 */
import { canBeHeadline, looksLikeHeading, numberedHeading, startsWithCountyOrAbove, startsWithPlace, startsWithPlaceDash, withoutNumbering } from './headings.ts';
import type { ItemKind, Layout, Role, Start, StartScan } from './item-types.ts';
import { type Line, sliceRaw } from './lines.ts';
import { findDateline } from './datelines.ts';
import { bracketEntry, isPlaceSubPart, placeLead, placeLeadStarts, splitPlaceSentences, splitRunTogether, splitSignedReports } from './roundups.ts';
import { firstSentenceEnd, hasSentencePunctuation, visibleLength } from './text.ts';

export function findPlaceStarts(scan: StartScan): void {
  const { lines, roles, starts, headingMaxLength, closesBefore } = scan;
  const text = lines.map((_, k) => k).filter((k) => roles[k] === 'text');
  const numbered = text.filter((k) => numberedHeading((lines[k] as Line).norm));
  // Parts naming places: "一、XX县：…", or "一、XX县推行…" when they name different places.
  const leads = numbered.map((k) => placeLead(withoutNumbering((lines[k] as Line).norm)));
  const distinctLeads = new Set(leads.map((lead) => lead?.name).filter((name) => name !== undefined)).size;
  const numberedPlaces = numbered.filter((k, i) => startsWithPlace(withoutNumbering((lines[k] as Line).norm)) || (distinctLeads >= 2 && leads[i] !== null));
  let chosen: number[] = [];
  let kind: ItemKind = 'numbered';
  if (numbered.length >= 2 && numberedPlaces.length >= numbered.length * 0.6) chosen = numbered;
  else {
    const opensBlock = (k: number): boolean => closesBefore(k - 1) && startsWithCountyOrAbove((lines[k] as Line).norm);
    // "XX县——标题" is a headline by its shape, whatever the line above ends with (a URL, a name).
    const dashed = (k: number): boolean => startsWithPlaceDash((lines[k] as Line).norm);
    const headlines = text.filter((k) => (opensBlock(k) || dashed(k)) && canBeHeadline((lines[k] as Line).norm, headingMaxLength) && k + 1 < lines.length);
    const paragraphs = text.filter((k) => opensBlock(k) && firstSentenceEnd((lines[k] as Line).norm) > 0);
    if (headlines.length >= 2) [chosen, kind] = [headlines, 'placeHeadline'];
    else if (paragraphs.length >= 2) [chosen, kind] = [paragraphs, 'placeParagraph'];
    else {
      const openers = text.filter((k) => closesBefore(k - 1)).map((k) => ({ k, norm: (lines[k] as Line).norm }));
      const order = new Map(openers.map((opener, i) => [opener.k, i]));
      const nextOpener = (a: number, b: number): boolean => order.get(b) === (order.get(a) ?? -2) + 1;
      [chosen, kind] = [placeLeadStarts(openers, nextOpener), 'lead'];
      if (introOutweighs(lines, text, chosen) && chosen.every((k) => opensWithAddress((lines[k] as Line).norm))) chosen = [];
      if (profilesNamedPlaces(lines, chosen)) chosen = [];
    }
  }
  for (const k of chosen) {
    roles[k] = 'start';
    starts.set(k, { kind, headline: kind === 'placeHeadline' ? [lines[k] as Line] : [], office: null });
  }
}

/**
 * A roundup's introduction is shorter than its reports. When the text before the first paragraph
 * opening with a place outweighs everything from there on, and each of those paragraphs gives its
 * place only as the address of a township or village ("长顺县敦操乡的“背篼干部”…", "罗甸县麻怀村
 * 党支部书记…" after a feature on their prefecture) rather than as the one acting ("松原市实施…"),
 * they are the article's closing examples, not reports of their own.
 */
function introOutweighs(lines: Line[], text: number[], chosen: number[]): boolean {
  const [first] = chosen;
  if (first === undefined) return false;
  const weight = (ks: number[]): number => ks.reduce((sum, k) => sum + visibleLength((lines[k] as Line).norm), 0);
  return weight(text.filter((k) => k < first)) > weight(text.filter((k) => k >= first));
}

/**
 * An article about two places' joint step (签订共建协议, 结对, 考察交流) introduces each party in a
 * paragraph of its own: "B区地处…，辖4镇8街道", "A区是…主城区之一，总面积…". A paragraph opening
 * with a place's profile — where it lies, its area, what it governs, what it is one of — is that
 * place's background, not its report; when every paragraph opening on a place profiles one the text
 * above has already named, they are the article's background and it stays one item.
 */
const PROFILE = /^(?:地处|位于|坐落|地跨|总面积|国土面积|陆域面积|面积|下辖|辖[\d一二三四五六七八九十])|^是[^。；;，,]{0,24}?(?:之一|城区|县城|门户|枢纽|大县|大市)/u;
function profilesNamedPlaces(lines: Line[], chosen: number[]): boolean {
  const [first] = chosen;
  if (first === undefined) return false;
  const above = lines.slice(0, first).map((line) => line.norm).join('');
  return chosen.every((k) => {
    const norm = (lines[k] as Line).norm;
    const lead = placeLead(norm);
    if (!lead) return false;
    const at = norm.indexOf(lead.name);
    return at >= 0 && PROFILE.test(norm.slice(at + lead.name.length)) && above.includes(lead.name);
  });
}

/** A township or village name right after the opening place: the place is an address. */
const ADDRESSED = /^\p{Script=Han}{2,4}?(?:乡|镇|街道|村|嘎查)(?![村民级里])/u;
function opensWithAddress(norm: string): boolean {
  const lead = placeLead(norm);
  if (!lead) return false;
  const at = norm.indexOf(lead.name);
  return at >= 0 && ADDRESSED.test(norm.slice(at + lead.name.length));
}

/**
 * Paragraphs running several reports together — village reports, signed short reports, sentences
 * each reporting another place — become one line per report.
 */
export function expandRunTogether(lines: Line[]): { lines: Line[]; reports: Set<Line> } {
  const reports = new Set<Line>();
  const expanded = lines.flatMap((line) => {
    const parts = splitRunTogether(line) ?? splitSignedReports(line) ?? splitPlaceSentences(line);
    parts?.forEach((part) => reports.add(part));
    return parts ?? [line];
  });
  return { lines: expanded, reports };
}

export function markStarts(chosen: Set<Line>, kind: ItemKind, lines: Line[], roles: Role[], starts: Map<number, Start>): void {
  lines.forEach((line, k) => {
    if (!chosen.has(line) || roles[k] !== 'text') return;
    roles[k] = 'start';
    starts.set(k, { kind, headline: [], office: null });
  });
}

/** "【XX】 text" lines, two or more: each opens an item headed by its bracket. */
export function findBracketStarts(lines: Line[], roles: Role[], starts: Map<number, Start>): void {
  const entries = lines.map((line, k) => (roles[k] === 'text' ? bracketEntry(line.norm) : null));
  if (entries.filter((entry) => entry !== null).length < 2) return;
  entries.forEach((entry, k) => {
    if (!entry) return;
    const line = lines[k] as Line;
    const heading = sliceRaw(line, 0, entry.textAt).replace(/[【】\s]/g, '');
    const rest: Line = { index: line.index, raw: sliceRaw(line, entry.textAt).trim(), norm: line.norm.slice(entry.textAt).trim() };
    roles[k] = 'start';
    starts.set(k, { kind: 'bracketed', headline: [{ index: line.index, raw: heading, norm: entry.heading }], office: null, rest });
  });
}

/**
 * "（一）XX社区。" parts headed by a place: each is an item, the 一、 part above them names their
 * section, and the text before the first part is the report's preamble.
 */
export function findPlacePartStarts(lines: Line[], roles: Role[], starts: Map<number, Start>, layout: Layout, headingMaxLength: number): void {
  const parts = lines.map((_, k) => k).filter((k) => roles[k] === 'text' && isPlaceSubPart((lines[k] as Line).norm));
  if (parts.length === 0) return;
  for (const k of parts) {
    roles[k] = 'start';
    starts.set(k, { kind: 'numbered', headline: [], office: null });
  }
  lines.forEach((line, k) => {
    if (roles[k] !== 'text' || !numberedHeading(line.norm) || !looksLikeHeading(line.norm, headingMaxLength)) return;
    roles[k] = 'section';
    layout.sectionNames.set(k, withoutNumbering(line.raw).replace(/\s+/g, ''));
  });
  layout.preambleOnly = layout.sectionNames.size > 0 && Math.min(...layout.sectionNames.keys()) < Math.min(...parts);
}

/**
 * A page of short news reports (简讯): two or more paragraphs opening with a dateline (本报讯,
 * XX网讯…) are separate reports, each with the headline printed right above it, if any.
 */
export function findDatelineStarts(scan: StartScan): void {
  const { lines, roles, starts, headingMaxLength, closesBefore } = scan;
  const datelined = lines.map((_, k) => k).filter((k) => roles[k] === 'text' && closesBefore(k - 1) && findDateline((lines[k] as Line).norm) !== null);
  if (datelined.length < 2) return;
  for (const k of datelined) {
    const above = lines[k - 1];
    const headed = above !== undefined && roles[k - 1] === 'text' && closesBefore(k - 2) && canBeHeadline(above.norm, headingMaxLength) && !hasSentencePunctuation(above.norm);
    const start = headed ? k - 1 : k;
    roles[start] = 'start';
    starts.set(start, { kind: 'lead', headline: [], office: null });
  }
}

/**
 * The date a paragraph opens its report with: at its very start (9月12日，…), after a chronicle's
 * star (★8月2日 …), or right after a purpose clause (为巩固…成果，9月12日，…).
 */
const ENTRY_DATE = /^(?:([★☆])\s*)?(?:为了?[^，,。；;]{2,30}[，,]\s*)?(\d{1,2}月\d{1,2}日)/u;

/** Paragraphs opening with the same date that make a day's page; a narrative's dated paragraphs differ. */
const SAME_DAY_ENTRIES = 3;

/**
 * A chronicle (大事记) prints each entry after a star and its date (★8月2日 旗委…; ★8月3日 …), and a
 * township's or county's page of the day's news runs paragraphs that each open on the same date
 * (9月12日，通辽市…调研。/ 9月12日，科左中旗开展…): each is a report of its own. Starred dated
 * entries count from two; unstarred ones only when three or more share one date, so an article
 * telling its story in dated steps (3月5日…；4月2日…) stays whole. A paragraph under an entry that
 * opens otherwise (同日…) stays in it.
 */
export function findDatedEntryStarts(scan: StartScan): void {
  const { lines, roles, starts, closesBefore } = scan;
  const entries = lines.map((_, k) => k).filter((k) => roles[k] === 'text' && closesBefore(k - 1))
    .map((k) => ({ k, match: ENTRY_DATE.exec((lines[k] as Line).norm) }))
    .filter((entry): entry is { k: number; match: RegExpExecArray } => entry.match !== null);
  const starred = entries.filter(({ match }) => match[1] !== undefined && !match[0].slice(1).trimStart().startsWith('为'));
  let chosen = starred.length >= 2 ? starred : [];
  if (chosen.length === 0) {
    const byDate = new Map<string, typeof entries>();
    for (const entry of entries) byDate.set(entry.match[2] as string, [...(byDate.get(entry.match[2] as string) ?? []), entry]);
    chosen = [...byDate.values()].find((group) => group.length >= SAME_DAY_ENTRIES) ?? [];
  }
  for (const { k } of chosen) {
    roles[k] = 'start';
    starts.set(k, { kind: 'lead', headline: [], office: null });
  }
}
