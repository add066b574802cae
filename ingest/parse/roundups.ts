/**
 * Roundups: one report that covers several localities in turn, each a separate item. Their shapes,
 * read without a gazetteer:
 *   - 【XX】 entries, the bracket heading and its text on one line ("【基层治理】 XX村依托…");
 *   - paragraphs that each open with a different place of one level ("A市充分发挥…" "B市实行…");
 *   - an abstract running several village reports together ("…；XX县XX镇XX村党支部…；YY区…");
 *   - sub-numbered parts each headed by a place ("（一）XX街道XX社区。…") under a 一、 part.
 */
import { findDateline } from './datelines.ts';
import type { Line } from './lines.ts';

const BRACKET_ENTRY = /^【\s*([\p{Script=Han}·]{2,12})\s*】\s*(?=\S)/u;
const NOT_AN_ENTRY = /^(编者按|编者的话|按语|编者|导读|摘要|提要)$/;

/** "【基层治理】 正文…": the heading and where the entry's text begins, or null. */
export function bracketEntry(norm: string): { heading: string; textAt: number } | null {
  const match = BRACKET_ENTRY.exec(norm);
  if (!match || NOT_AN_ENTRY.test(match[1] as string)) return null;
  return { heading: match[1] as string, textAt: match[0].length };
}

const PLACE_LEAD = /^(\p{Script=Han}{2,4}?)(省|市|县|区|旗|州|盟)/u;
/** Common nouns that end like a place: 小区, 社区, 园区, 城市, 超市… */
const COMMON_NOUN = /(小区|社区|园区|城区|街区|景区|山区|库区|辖区|片区|校区|营区|厂区|灾区|战区|专区|分区|商区|牧区|农区|垦区|湖区|老区|苏区|边区|城市|都市|超市|集市|夜市|门市|上市|股市|[省市县区][市县区])$/u;
/** 自治区/自治州/自治县 alone is the report's own region speaking of itself (自治区党委…), as 全省 is. */
const SELF_REFERENCE = /^自治[区州县旗]$/u;
/** The ending begins a word instead of closing a name: 市场, 市民, 区域 ("企业是市场经济的主体"). */
const WORD_FROM_ENDING = /^(市[场民容值政面井]|区[域块位间别])/u;
/** Openings that only look like a name: 全市, 该县, 各区, 县委…, or a name that is a phrase. */
const NOT_A_NAME = /^[全该我本各每此其两多一二三四五六七八九十这那近今去省市县区在对据]|^.+[委组党部的在对为把与及等个年月日村镇乡是有]/u;

/** The place a paragraph opens with ("芜湖市" in "芜湖市充分发挥…"), or null. */
export function placeLead(norm: string): { name: string; level: string } | null {
  // 中共湛江市非公有制经济组织工委… names 湛江市, as the paragraph after it does.
  const text = norm.replace(/^中共/, '');
  const match = PLACE_LEAD.exec(text);
  if (!match || NOT_A_NAME.test(match[1] as string) || COMMON_NOUN.test(match[0]) || SELF_REFERENCE.test(match[0])) return null;
  if (WORD_FROM_ENDING.test(text.slice(match[0].length - 1))) return null;
  if (findDateline(norm)) return null;
  const next = text[match[0].length];
  // "XX市：" headlines and "XX市委" organs are read elsewhere; a name runs on into its verb.
  if (next === undefined || /[：:，,。、委直级属]/.test(next)) return null;
  return { name: match[0], level: match[2] as string };
}

/**
 * Paragraph positions (of `candidates`, in order) that open one locality each: the level shared by
 * the most different names, when two of them open consecutive paragraphs. A paragraph naming the
 * same place as the one before continues it.
 */
export function placeLeadStarts(candidates: { k: number; norm: string }[], consecutive: (a: number, b: number) => boolean): number[] {
  const leads = candidates.map(({ k, norm }) => ({ k, lead: placeLead(norm) })).filter((entry) => entry.lead !== null);
  const byLevel = new Map<string, { k: number; name: string }[]>();
  for (const { k, lead } of leads) {
    if (!lead) continue;
    byLevel.set(lead.level, [...(byLevel.get(lead.level) ?? []), { k, name: lead.name }]);
  }
  let best: number[] = [];
  for (const entries of byLevel.values()) {
    const starts = entries.filter((entry, i) => i === 0 || !samePlace(entries[i - 1]?.name ?? '', entry.name));
    const places = starts.filter((entry, i) => starts.findIndex((other) => samePlace(other.name, entry.name)) === i);
    const adjacent = starts.some((entry, i) => i > 0 && consecutive((starts[i - 1] as { k: number }).k, entry.k));
    if (places.length >= 2 && adjacent && starts.length > best.length) best = starts.map((entry) => entry.k);
  }
  return best;
}

/**
 * Two openings name one place when one is the other with its city's short name before it: a
 * headline writes "衡水阜城县创建…" and its paragraphs go on "阜城县把…" — one county's report.
 */
function samePlace(a: string, b: string): boolean {
  return a === b || a.endsWith(b) || b.endsWith(a);
}

/** "XX县XX镇XX村…" opening a report: a township and its village, with or without the county. */
const VILLAGE_CHAIN = /^(\p{Script=Han}{2,8}?(?:县|区|市|旗))?\p{Script=Han}{2,6}?(?:镇|乡)\p{Script=Han}{1,6}?村/u;
const NOT_A_CHAIN = /^[全该各每本我其此在对经从据]/;
/** A roundup names at least this many counties' villages in one paragraph. */
const MIN_RUN_TOGETHER = 3;

/**
 * Splits a paragraph that runs several village reports together at the sentences that open with a
 * county's township and village. Returns the reports (the introduction before them is left out),
 * or null when the paragraph is no such roundup.
 */
export function splitRunTogether(line: Line): Line[] | null {
  if (line.norm.length < 120 || !/[镇乡]\p{Script=Han}{1,6}?村/u.test(line.norm)) return null;
  const cuts: number[] = [];
  let withCounty = 0;
  const consider = (at: number): void => {
    const rest = line.norm.slice(at, at + 30);
    const chain = NOT_A_CHAIN.test(rest) ? null : VILLAGE_CHAIN.exec(rest);
    if (!chain) return;
    cuts.push(at);
    if (chain[1] !== undefined) withCounty++;
  };
  consider(0);
  for (const match of line.norm.matchAll(/[。；;！？]\s*/g)) consider(match.index + match[0].length);
  if (withCounty < MIN_RUN_TOGETHER) return null;
  const source = line.raw.length === line.norm.length ? line.raw : line.norm;
  return cuts.map((start, i) => {
    const end = cuts[i + 1] ?? line.norm.length;
    return { index: line.index, raw: source.slice(start, end).trim(), norm: line.norm.slice(start, end).trim() };
  });
}

/**
 * A reporter's signature closing a short report: a finished sentence, then one to four names in
 * parentheses ("。（刘某某）", "。(王某 李某某)"), optionally after 通讯员/记者.
 */
const SIGNATURE = /[。！？!?]\s*[（(]\s*(?:(?:通讯员|记者|供稿|文\/图|文)[：:\s]*)?\p{Script=Han}{2,4}(?:[\s、，,]+\p{Script=Han}{2,4}){0,3}\s*[）)]\s*/gu;
/** Words in parentheses after a sentence that are no one's name: (完), (待续), (图文), (试行)… */
const NOT_A_SIGNATURE = /[（(]\s*(?:完|待续|未完|图|图文|摄|试行|暂行|草案|下同|详见|见图|上|下|续)\s*[）)]/u;
/** How a signed report opens after the one before: 在X乡，… / X镇… / 近日，… */
const REPORT_OPENING = /^(?:在\p{Script=Han}{2,8}?(?:镇|乡|村|街道|社区|县|区|市|旗)|\p{Script=Han}{2,8}?(?:镇|乡|街道|县|区|市|旗)|近日|日前|连日来|今年以来|近年来|\d{1,2}月\d{1,2}日)/u;

/**
 * Splits a paragraph that runs several short reports together, each signed by its reporter's name
 * in parentheses ("…提出了指导意见。（某某） 在某乡，…提出了要求。（某某）"): two signatures or more,
 * the last closing the paragraph, every report after a signature opening as a report does. Returns
 * the reports, or null when the paragraph is no such compilation.
 */
export function splitSignedReports(line: Line): Line[] | null {
  const text = line.norm;
  const signatures = [...text.matchAll(SIGNATURE)].filter((match) => !NOT_A_SIGNATURE.test(match[0]));
  if (signatures.length < 2) return null;
  const last = signatures[signatures.length - 1] as RegExpMatchArray;
  const tail = text.slice((last.index ?? 0) + last[0].length).replace(/[\s|｜]+/g, '');
  if (tail.length > 0) return null;
  const cuts = [0];
  for (const match of signatures.slice(0, -1)) {
    const at = (match.index ?? 0) + match[0].length;
    if (!REPORT_OPENING.test(text.slice(at))) return null;
    cuts.push(at);
  }
  const source = line.raw.length === line.norm.length ? line.raw : line.norm;
  return cuts.map((start, i) => {
    const end = cuts[i + 1] ?? text.length;
    return { index: line.index, raw: source.slice(start, end).trim(), norm: text.slice(start, end).trim() };
  });
}

/**
 * A sentence (or a clause after ；) opening on a place of county level or above, named in full, as the
 * one acting or by its organ: "湖北省委宣传部做到…", "陕西省西安市高陵县为…", "江西婺源县委成立…",
 * "鹿泉区石井乡探索…".
 */
const PLACE_SENTENCE = /^(?:中共)?(\p{Script=Han}{2,4}?(?:自治区|省|市|县|区|旗|州|盟))(?:\p{Script=Han}{2,4}?(?:市|县|区|旗|州|盟)){0,2}/u;
/** Openings that only look like a place: 全省, 该市, 各县, 省委…, or a phrase ending like one. */
const NOT_A_PLACE_SENTENCE = /^(?:[全该我本各每此其两多一二三四五六七八九十这那近今去省市县区]|.*[的了在对为把与及等个年月日镇乡村])/u;
/**
 * What confirms a sentence's opening as a place: its organ (委, 直属, 国资委, 党…), a township or
 * village under it, or the verb of what it did (推出, 实施, 为…, 对…) — not the rest of a word
 * that merely ends like a place (随着市场, 纳入全省).
 */
const PLACE_CONFIRMED = /^(?:委|直|国资委|党|人民政府|政府|组织部|[为对将把在以从通向让]|推出|推行|实施|探索|建立|开展|组织|坚持|做到|要求|注重|着力|创新|面对|开办|打造|成立|出台|印发|制定|聚焦|围绕|突出|深化|持续|积极|大力|全面|率先|\p{Script=Han}{1,5}?(?:镇|乡|街道|村|社区|嘎查))/u;
/** A paragraph is a roundup of places from this many sentences opening on different places. */
const MIN_PLACE_SENTENCES = 3;
/** A report shorter than this is a list item, not a locality's report. */
const MIN_PLACE_REPORT = 20;

/** The place a sentence opens on, as written ("湖北省", "陕西省西安市高陵县"), and the rank of its first unit. */
function sentencePlace(text: string): { name: string; rank: number } | null {
  const match = PLACE_SENTENCE.exec(text);
  const first = match?.[1] ?? '';
  if (!match || NOT_A_PLACE_SENTENCE.test(first) || COMMON_NOUN.test(first) || findDateline(text)) return null;
  if (!PLACE_CONFIRMED.test(text.slice(match[0].length))) return null;
  return { name: match[0], rank: /(?:省|自治区)$/.test(first) ? 1 : /[市州盟]$/.test(first) ? 2 : 3 };
}

/**
 * Splits a paragraph made of reports from several places, each sentence naming its place in full
 * at its start ("江苏省委宣传部要求…。湖北省委宣传部做到…。吉林省直机关工委组织…。"): the paragraph
 * opens on a place, three sentences or more name different places, none is a short list item, and
 * the first place is not a province over the cities after it (its examples). A sentence naming no
 * place stays with the report before it.
 */
export function splitPlaceSentences(line: Line): Line[] | null {
  const text = line.norm;
  if (text.length < 3 * MIN_PLACE_REPORT) return null;
  const cuts: number[] = [];
  const ranks: number[] = [];
  const places = new Set<string>();
  const consider = (at: number): void => {
    const place = sentencePlace(text.slice(at, at + 32));
    if (!place || places.has(place.name)) return;
    places.add(place.name);
    cuts.push(at);
    ranks.push(place.rank);
  };
  consider(0);
  // A paragraph opening on anything but a place is one place's article citing examples.
  if (cuts[0] !== 0) return null;
  for (const match of text.matchAll(/[。；;！？!?]\s*/g)) consider(match.index + match[0].length);
  if (cuts.length < MIN_PLACE_SENTENCES) return null;
  // A province opening a paragraph on its cities (山东省…。济宁市…。青州市…) cites them as examples.
  const [firstRank, ...laterRanks] = ranks;
  if (firstRank === 1 && laterRanks.every((rank) => rank > 1)) return null;
  const source = line.raw.length === line.norm.length ? line.raw : line.norm;
  const slice = (start: number, end: number): Line => ({ index: line.index, raw: source.slice(start, end).trim(), norm: text.slice(start, end).trim() });
  const reports = cuts.map((start, i) => slice(start, cuts[i + 1] ?? text.length));
  return reports.some((report) => report.norm.length < MIN_PLACE_REPORT) ? null : reports;
}

const SUB_NUMBERING = /^[（(][一二三四五六七八九十]{1,3}[）)]\s*/;
const PLACE_HEADED = /^\p{Script=Han}{2,20}(社区|村|街道|镇|乡|县|区|市|旗|盟|嘎查|居委会)$/u;

/** "（一）XX区XX街XX社区。…": a sub-numbered part headed by a place alone. */
export function isPlaceSubPart(norm: string): boolean {
  const numbering = SUB_NUMBERING.exec(norm);
  if (!numbering) return false;
  const rest = norm.slice(numbering[0].length);
  const end = rest.search(/[。：:]/);
  return end > 0 && PLACE_HEADED.test(rest.slice(0, end));
}
