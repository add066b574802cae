/**
 * Finds curated practices in an item by canonical name, alias and pattern. Text is normalised
 * first (simplified characters, half-width ASCII, PDF spaces and quote marks removed) so
 * “单元长”制度, 单元长制度 and 单 元 长 all hit; `matched` is reported as written in the item.
 */
import type { PracticeDefinition, PracticeMatch } from '../../graph/model.ts';
import { closePdfSpaces, normalizeChinese, normalizeWithOffsets } from '../segment/chinese-text.ts';
import { AnchorIndex, practiceAnchors } from './practice-anchors.ts';

export interface PracticeHit {
  practice: PracticeDefinition;
  /** Offsets in the normalised text. */
  start: number;
  end: number;
}

/** A practice named in a clause, with the few characters written just before it (推行, 依托…). */
export interface PracticeMention {
  name: string;
  lead: string;
}

/** How many characters before a mention are kept as its lead: enough for a verb and 了/全面. */
const MENTION_LEAD = 6;

export interface PracticeMatcher {
  /**
   * Practices of an item: title hits first, then the text's by mentions and first occurrence; no duplicates.
   * `reportedOn` (practice → how many of the item's numbers report on it) settles a tie in mentions.
   */
  match(title: string, text: string, reportedOn?: ReadonlyMap<string, number>): PracticeMatch[];
  /** Canonical name of the first practice a clause mentions, or null. */
  practiceOfClause(clause: string): string | null;
  /** Every practice a clause names, in order, with its lead (normalised text); no duplicates. */
  mentionsIn(clause: string): PracticeMention[];
  /** The curated practice whose hit covers all of `name` (quotes and spaces ignored), or null. */
  practiceNamed(name: string): PracticeDefinition | null;
  /** Raw hits on already-normalised text (for callers that keep their own offsets). */
  hitsIn(normalizedText: string): PracticeHit[];
}

interface CompiledPractice {
  practice: PracticeDefinition;
  expression: RegExp;
  /** Literal text one of which every hit contains; null: no cheap test, always scan. */
  anchors: string[] | null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What a pattern's `.` stands for: any character but one that ends a clause (、 joins lists, so it may be crossed). */
const WITHIN_CLAUSE = '[^，。；：！？,;:!?\\n]';

/**
 * A pattern with every unescaped `.` outside a character class replaced by WITHIN_CLAUSE, so a
 * gap such as 小区.{0,2}党支部 never reaches across a full stop or comma into the next clause.
 */
export function withinClause(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern[index] ?? '';
    if (char === '\\') {
      out += char + (pattern[index + 1] ?? '');
      index += 1;
    } else if (inClass) {
      if (char === ']') inClass = false;
      out += char;
    } else if (char === '[') {
      inClass = true;
      out += char;
    } else {
      out += char === '.' ? WITHIN_CLAUSE : char;
    }
  }
  return out;
}

/** One alternation per practice: literal names longest first (so the longest spelling wins), then patterns. */
function compilePractice(practice: PracticeDefinition): CompiledPractice {
  const literals = [practice.name, ...practice.aliases]
    .map((term) => normalizeChinese(term, { dropQuotes: true }))
    .sort((a, b) => b.length - a.length);
  const sources = [...literals.map(escapeRegExp), ...practice.patterns.map((pattern) => `(?:${withinClause(pattern)})`)];
  return { practice, expression: new RegExp(sources.join('|'), 'gu'), anchors: practiceAnchors(literals, practice.patterns) };
}

interface CompiledTaxonomy {
  practices: CompiledPractice[];
  anchors: AnchorIndex;
}

function compileTaxonomy(taxonomy: PracticeDefinition[]): CompiledTaxonomy {
  const practices = taxonomy.map(compilePractice);
  return { practices, anchors: new AnchorIndex(practices.map((entry) => entry.anchors)) };
}

/**
 * Hits of every practice in a normalised text. With some 300 practices, most of which a text
 * does not mention, only the practices whose anchors occur in the text run their expression
 * (one walk over the text finds them), which keeps the matcher at thousands of items a second.
 */
function findHits(compiled: CompiledTaxonomy, text: string): PracticeHit[] {
  if (text.length === 0) return [];
  const hits: PracticeHit[] = [];
  for (const index of compiled.anchors.candidates(text)) {
    const { practice, expression } = compiled.practices[index]!;
    for (const found of text.matchAll(expression)) {
      if (found[0].length === 0) continue;
      hits.push({ practice, start: found.index, end: found.index + found[0].length });
    }
  }
  return joinPhraseHits(dropNestedHits(hits).sort((a, b) => a.start - b.start || b.end - a.end), text);
}

/** What may stand between two hits of one phrase: a character that is neither punctuation nor joins a list (、和及与或). */
const PHRASE_GAP = /^[^，。；：！？、,;:!?\s“”"'‘’（）()和及与或]?$/u;

/**
 * Two hits of one practice with at most a character between them are one phrase its spellings both
 * hit (擂台大比武: 擂台 and 比武), one mention, not two.
 */
function joinPhraseHits(hits: PracticeHit[], text: string): PracticeHit[] {
  const joined: PracticeHit[] = [];
  const last = new Map<PracticeDefinition, PracticeHit>();
  for (const hit of hits) {
    const before = last.get(hit.practice);
    if (before && hit.start >= before.end && PHRASE_GAP.test(text.slice(before.end, hit.start))) {
      before.end = Math.max(before.end, hit.end);
      continue;
    }
    const copy = { ...hit };
    last.set(hit.practice, copy);
    joined.push(copy);
  }
  return joined;
}

/**
 * A hit lying inside a longer hit of another practice is part of that practice's wording
 * (小区党组织 inside 小区党组织书记), not a mention of its own.
 */
function dropNestedHits(hits: PracticeHit[]): PracticeHit[] {
  return hits.filter(
    (hit) =>
      !hits.some(
        (other) =>
          other.practice !== hit.practice &&
          other.start <= hit.start &&
          other.end >= hit.end &&
          other.end - other.start > hit.end - hit.start,
      ),
  );
}

const OPENING_QUOTES = new Set('“„‟「『‘‚‛〝');
const CLOSING_QUOTES = new Set('”」』’〞');
const STRAIGHT_QUOTES = new Set('"\'＂＇');

/** Straight quotes open or close by parity: the first of a pair opens. */
function quoteRole(original: string, index: number): 'open' | 'close' | null {
  const char = original[index] ?? '';
  if (OPENING_QUOTES.has(char)) return 'open';
  if (CLOSING_QUOTES.has(char)) return 'close';
  if (!STRAIGHT_QUOTES.has(char)) return null;
  let before = 0;
  for (let i = 0; i < index; i += 1) if (original[i] === char) before += 1;
  return before % 2 === 0 ? 'open' : 'close';
}

/** The written text of a hit, widened to its quote marks when it starts or ends inside them. */
function writtenText(original: string, from: number, to: number): string {
  let start = from;
  let end = to;
  let opens = 0;
  let closes = 0;
  for (let i = from; i < to; i += 1) {
    const role = quoteRole(original, i);
    if (role === 'open') opens += 1;
    if (role === 'close') closes += 1;
  }
  if (closes > opens && quoteRole(original, start - 1) === 'open') start -= 1;
  if (opens > closes && quoteRole(original, end) === 'close') end += 1;
  return closePdfSpaces(original.slice(start, end));
}

interface LocatedMatch {
  match: PracticeMatch;
  /** 0 for the title, 1 for the text. */
  field: number;
  position: number;
  /** Where the hit ends in the normalised field. */
  end: number;
  /** Named in a purpose clause (为…，…助推…): the end the report serves, not what it did. */
  purpose: boolean;
  /** Named as the frame of what follows (在开展创先争优活动中，…): the campaign, not what was done. */
  frame: boolean;
  /** Named in a sentence saying what the work is a measure of (这是该区加强…的举措之一): the report's subject. */
  declared: boolean;
  /** Named as a rate (党组织覆盖率100%): a measure of the work. */
  rate: boolean;
}

/** Where a clause ends: what a purpose clause runs up to. */
const CLAUSE_END = /[，。；：！？,;:!?\n]/u;
/** A purpose clause opens with 为/为了 (为进一步…); 助推/助力 introduce the end a measure serves. */
const PURPOSE_OPENING = /^\s*为了?/u;
const PURPOSE_VERB = /助推|助力/u;

/** "在开展…活动中，" — a clause that sets the scene for the sentence's work. */
const FRAME_BEFORE = /在(?:深入|扎实|全面|集中)?(?:开展|推进|实施|参加)?(?:党的)?$/u;
/** What closes a campaign's frame: its 活动/教育 and 中 (在…工作中 frames the report's own work, not a campaign). */
const FRAME_AFTER = /^(?:活动|学习教育|专题教育|教育实践活动|实践活动)(?:期间|中)(?:[，,]|$)/u;
const CAMPAIGN_FRAME_AFTER = /^(?:期间|中)(?:[，,]|$)/u;
const CAMPAIGN = /(?:活动|教育)$/u;

/** Whether the hit spanning `start`–`end` of normalised text frames its clause as a campaign (在开展X活动中，…). */
function inFrameClause(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !CLAUSE_END.test(text[from - 1] ?? '')) from -= 1;
  if (!FRAME_BEFORE.test(text.slice(from, start))) return false;
  const after = text.slice(end, end + 12);
  return FRAME_AFTER.test(after) || (CAMPAIGN.test(text.slice(start, end)) && CAMPAIGN_FRAME_AFTER.test(after));
}

/** Whether the hit at `start` of normalised text lies in a purpose clause. */
function inPurposeClause(text: string, start: number): boolean {
  let from = start;
  while (from > 0 && !CLAUSE_END.test(text[from - 1] ?? '')) from -= 1;
  const before = text.slice(from, start);
  return PURPOSE_OPENING.test(before) || PURPOSE_VERB.test(before);
}

/** Where a sentence ends. */
const SENTENCE_END = /[。！？!?\n]/u;
/** 这是/此举是…的(具体)举措(之一), 这是…的一个缩影: the sentence names what the work reported is an instance of. */
const DECLARED_OPENING = /^\s*(?:这|此举|此)(?:也|正|就)?是/u;
const DECLARED_CLOSING = /(?:举措|措施|缩影)(?:之一)?\s*$/u;

/** Whether the hit at `start`–`end` of normalised text lies in a sentence saying what the work is a measure of. */
function inDeclaringSentence(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1] ?? '')) from -= 1;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to] ?? '')) to += 1;
  return DECLARED_OPENING.test(text.slice(from, start)) && DECLARED_CLOSING.test(text.slice(end, to));
}

/**
 * A campaign column's banner printed before the headline and its bar ("奋斗百年路 启航新征程·学党史
 * 悟思想 办实事 开新局丨X市…"): several slogans, the outlet's campaign, not the report's practice.
 */
const HEADLINE_BAR = /[丨｜|]/u;
function inColumnBanner(original: string, from: number): boolean {
  const bar = original.search(HEADLINE_BAR);
  if (bar < 0 || from > bar) return false;
  return original.slice(0, bar).split(/[\s·•]+/u).filter((chunk) => chunk.length > 0).length >= 3;
}

function locate(compiled: CompiledTaxonomy, original: string, field: number): LocatedMatch[] {
  const normalized = normalizeWithOffsets(original, { dropQuotes: true });
  const located: LocatedMatch[] = [];
  for (const hit of findHits(compiled, normalized.text)) {
    const from = normalized.origin[hit.start] ?? 0;
    const to = (normalized.origin[hit.end - 1] ?? from) + 1;
    located.push({
      match: { name: hit.practice.name, category: hit.practice.category, matched: writtenText(original, from, to) },
      field,
      position: hit.start,
      end: hit.end,
      purpose: inPurposeClause(normalized.text, hit.start) || (field === 0 && inColumnBanner(original, from)),
      frame: inFrameClause(normalized.text, hit.start, hit.end),
      declared: field === 1 && inDeclaringSentence(normalized.text, hit.start, hit.end),
      rate: normalized.text.slice(hit.start, hit.end + 1).endsWith('率'),
    });
  }
  return located;
}

/** The text's hits in its first sentence when the item has no headline (its title is the text's first clause); else none. */
function leadHits(title: string, text: string, headline: LocatedMatch[], inText: LocatedMatch[]): Set<LocatedMatch> {
  const normalized = normalizeChinese(text, { dropQuotes: true });
  if (headline.some((entry) => entry.field === 0) || !normalized.startsWith(normalizeChinese(title, { dropQuotes: true }))) return new Set();
  const end = normalized.search(SENTENCE_END);
  return new Set(inText.filter((entry) => end < 0 || entry.position < end));
}

export function createPracticeMatcher(taxonomy: PracticeDefinition[]): PracticeMatcher {
  const compiled = compileTaxonomy(taxonomy);

  function hitsIn(normalizedText: string): PracticeHit[] {
    return findHits(compiled, normalizedText);
  }

  return {
    match(title, text, reportedOn) {
      const inText = locate(compiled, text, 1);
      const mentions = new Map<string, number>();
      // A practice named as the frame of a sentence (在开展创先争优活动中，X县…) is its setting: not counted.
      for (const { match, frame } of inText) if (!frame) mentions.set(match.name, (mentions.get(match.name) ?? 0) + 1);
      // A headline's purpose clause (为进一步增强集体经济…, …助推干部担当作为) names the end the work
      // serves, not the work: such a practice is ranked with the text's, ahead of those named as often.
      // A headline's frame (在开展创先争优活动中…, an item named by its first clause) is its setting: ranked
      // with the text's.
      // A headline's rate (党组织覆盖率100%) reports a measure of the work: ranked with the text's, the
      // headline's naming it counted as one of its mentions.
      const headline = locate(compiled, title, 0).map((entry) => (entry.purpose ? { ...entry, field: 1, position: -1 } : entry.frame || entry.rate ? { ...entry, field: 1 } : entry));
      for (const { match, rate, purpose } of headline) if (rate && !purpose) mentions.set(match.name, (mentions.get(match.name) ?? 0) + 1);
      // A headline compound names its work by its last word (青年干部培训班 is a training class): a practice
      // read from the words before the head that another practice's hit runs on past is its modifier.
      const modifiers = new Set(headline.filter((a) => a.field === 0 && headline.some((b) => b.field === 0 && b.position > a.position && b.position < a.end && b.end > a.end)));
      const modifierOf = (entry: LocatedMatch): number => (modifiers.has(entry) ? 1 : 0);
      // A sentence saying what the work is a measure of (这是该区加强年轻干部培养的举措之一) names the
      // report's subject: ranked right after the headline's practices, ahead of what the text names more often.
      const declared = (entry: LocatedMatch): number => (entry.field === 1 && entry.declared ? 0 : 1);
      // An item printed without a headline is named by its first clause: its lead sentence (导语) says
      // what the report is about, so of practices named as often, the one the lead names comes first.
      const lead = leadHits(title, text, headline, inText);
      const inLead = (entry: LocatedMatch): number => (lead.has(entry) ? 0 : 1);
      const located = [...headline, ...inText];
      const mentionsOf = (entry: LocatedMatch): number => mentions.get(entry.match.name) ?? 0;
      // The text's practices named as often: the one the item's numbers report on is its subject
      // (党组织领办合作社…领办合作社112家, not 村级集体经济 named once in passing as well).
      const numbersOf = (entry: LocatedMatch): number => (entry.field === 1 ? (reportedOn?.get(entry.match.name) ?? 0) : 0);
      // A report keeps returning to its subject: the headline's practices first, each group by how
      // often the text names them, the earlier first when as often.
      located.sort((a, b) => a.field - b.field || declared(a) - declared(b) || modifierOf(a) - modifierOf(b) || mentionsOf(b) - mentionsOf(a) || inLead(a) - inLead(b) || numbersOf(b) - numbersOf(a) || Number(a.frame) - Number(b.frame) || a.position - b.position);
      const seen = new Set<string>();
      const matches: PracticeMatch[] = [];
      for (const { match } of located) {
        if (seen.has(match.name)) continue;
        seen.add(match.name);
        matches.push(match);
      }
      return matches;
    },
    practiceOfClause(clause) {
      const first = hitsIn(normalizeChinese(clause, { dropQuotes: true }))[0];
      return first ? first.practice.name : null;
    },
    mentionsIn(clause) {
      const normalized = normalizeChinese(clause, { dropQuotes: true });
      const mentions: PracticeMention[] = [];
      for (const hit of hitsIn(normalized)) {
        if (mentions.some((mention) => mention.name === hit.practice.name)) continue;
        mentions.push({ name: hit.practice.name, lead: normalized.slice(Math.max(0, hit.start - MENTION_LEAD), hit.start) });
      }
      return mentions;
    },
    practiceNamed(name) {
      const normalized = normalizeChinese(name, { dropQuotes: true });
      if (normalized.length === 0) return null;
      const whole = hitsIn(normalized).find((hit) => hit.start === 0 && hit.end === normalized.length);
      return whole ? whole.practice : null;
    },
    hitsIn,
  };
}
