/**
 * Finds the numeric claims of a text: every quantity with a measure word, minus what only looks
 * like one — dates and years (2021-12-20 glued to the next word too), ordinals (第8期), document numbers (〔2020〕5号), numbers inside
 * 《》 titles or short quoted names (“10分钟服务圈”), codes and formulas (5G, 1+6), and Chinese
 * numerals that name things rather than count them (三会一课, 四个一, 千人计划).
 */
import { APPROXIMATE_PREFIX, readQuantityAt, toHalfWidth } from './numbers.ts';
import type { QuantityMatch } from './numbers.ts';

/** Quoted names longer than this are sentences, and their numbers are claims. */
const QUOTED_NAME_MAX = 20;
/** Longer digit runs are phone numbers, codes or ids. */
const DIGIT_RUN_MAX = 7;

const YEAR_FOLLOWERS = /^(?:底|初|末|度|代|前|后|以来|来|中|起|春|夏|秋|冬|上半年|下半年|\s*\d+\s*月)/;
/** 日 counts as a duration only in deadlines (10日内) or spans (连续3日); elsewhere it is a date. */
const DAY_DURATION_AFTER = /^(?:以内|之内|内)/;
const DAY_DURATION_BEFORE = /(?:连续|历时|用时|每|仅用|只用)\s*$/;
/**
 * An age is a claim as a threshold (45周岁以下的…) or as a measured age (平均年龄为41岁); elsewhere
 * it describes someone (28岁的…, 70岁以上老人, 80岁以上党员).
 */
const AGE_UNITS = new Set(['岁', '周岁']);
const AGE_THRESHOLD_AFTER = /^\s*(?:以下|以内)/;
/** An age bar written before the age: 年满60周岁不再担任…, 不满18周岁的…. */
const AGE_BAR_BEFORE = /(?:(?<![今去明当])年满|不满|未满)\s*$/;
/** 年龄 earlier in the clause (平均年龄由52岁降到45岁), or a change of age (较上届下降4.6岁). */
const AGE_MEASURED_BEFORE = /年龄[^，,。；;：:]*$|(?:降至|降到|降低|下降|下降到|下降至|缩小|减小|提高|增加)\s*了?\s*$/;
const AGE_WINDOW = 16;

interface Span {
  start: number;
  end: number;
}

/** Spans whose numbers are names, not claims: 《titles》, short quotes, 〔document numbers〕. */
function protectedSpans(text: string): Span[] {
  const spans: Span[] = [];
  const add = (pattern: RegExp, maxInner: number): void => {
    for (const match of text.matchAll(pattern)) {
      const inner = match[0].length - 2;
      if (inner <= maxInner) spans.push({ start: match.index, end: match.index + match[0].length });
    }
  };
  add(/《[^《》]*》/g, Number.POSITIVE_INFINITY);
  add(/[〔［[【][^〔〕［］[\]【】]{0,12}[〕］\]】]/g, Number.POSITIVE_INFINITY);
  add(/“[^“”\n]*”|「[^「」\n]*」|‘[^‘’\n]*’/g, QUOTED_NAME_MAX);
  // ASCII double quotes open and close alike: pair them in order, line by line.
  add(/"[^"\n]*"/g, QUOTED_NAME_MAX);
  return spans;
}

function inside(spans: Span[], index: number): boolean {
  return spans.some((span) => index > span.start && index < span.end);
}

/** Where a numeral may start: an Arabic digit, 百分之, or a composed Chinese numeral (二十, 一百二十, 十五). */
function numeralStartAt(text: string, index: number): boolean {
  const ch = text[index] ?? '';
  const previous = text[index - 1] ?? '';
  if (/\d/.test(ch)) return !/[\d.]/.test(previous);
  if (text.startsWith('百分之', index)) return true;
  if (!/[一二两三四五六七八九十]/.test(ch) || /[零〇一二两三四五六七八九十百千万亿]/.test(previous)) return false;
  return /^(?:[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九][百千])/.test(text.slice(index, index + 4));
}

function isNonClaim(text: string, match: QuantityMatch, spans: Span[]): boolean {
  const before = text.slice(Math.max(0, match.start - 6), match.start);
  const after = text.slice(match.end, match.end + 6);
  const numeral = text.slice(match.start, match.end);
  if (inside(spans, match.start)) return true;
  if (/第\s*$/.test(before)) return true;
  // 2021-12-20, 2019/08/24: a part of a date or code, whatever word is glued after it.
  if (/\d\s*[-/]\s*$/.test(before) || /^\s*[-/]\s*\d/.test(after)) return true;
  if (/[A-Za-z+＋#№]\s*$/.test(before) || /^\s*[+＋A-Za-z]/.test(after)) return true;
  if ((/\d+/.exec(numeral)?.[0].length ?? 0) > DIGIT_RUN_MAX) return true;
  if (match.chinese && (match.value < 10 || match.range !== null)) return true;
  if (match.unit === '年') {
    if (match.value >= 1900 && match.value <= 2100) return true;
    if (YEAR_FOLLOWERS.test(after)) return true;
  }
  if (match.unit === '日' && !DAY_DURATION_AFTER.test(after) && !DAY_DURATION_BEFORE.test(before)) return true;
  if (match.unit === '个' && /^[一二三四五六七八九十]/.test(after)) return true;
  if (AGE_UNITS.has(match.unit) && !AGE_THRESHOLD_AFTER.test(after) && !AGE_BAR_BEFORE.test(text.slice(0, match.start))) {
    if (!AGE_MEASURED_BEFORE.test(text.slice(Math.max(0, match.start - AGE_WINDOW), match.start))) return true;
  }
  return false;
}

export interface QuantityMention extends QuantityMatch {
  /** The number is a claim worth reporting (false for dates, ordinals, names…). */
  claim: boolean;
}

/** Every quantity in the text, in order, each marked claim or not; offsets refer to `text`. */
export function findQuantityMentions(text: string): QuantityMention[] {
  const scan = toHalfWidth(text);
  const spans = protectedSpans(scan);
  const mentions: QuantityMention[] = [];
  let index = 0;
  while (index < scan.length) {
    if (!numeralStartAt(scan, index)) {
      index += 1;
      continue;
    }
    const match = readQuantityAt(scan, index);
    if (!match) {
      index += 1;
      while (index < scan.length && /[\d.,零〇一二两三四五六七八九十百千]/.test(scan[index] ?? '')) index += 1;
      continue;
    }
    const prefixed = APPROXIMATE_PREFIX.test(scan.slice(Math.max(0, match.start - 4), match.start));
    mentions.push({ ...match, approximate: match.approximate || prefixed, claim: !isNonClaim(scan, match, spans) });
    index = match.end;
  }
  return mentions;
}
