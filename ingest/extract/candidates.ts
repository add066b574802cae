/**
 * Candidate practices: named mechanisms an item puts in quotes that the curated taxonomy does not
 * know yet — “54321”帮扶机制, “四个一”整顿举措, 社区“红领工作站”. The genre quotes many other
 * things too (slogans, colloquialisms such as “家底”, lists), so a quoted span counts only when it
 * reads as a name: a mechanism noun follows it or ends it, or it is a numbered formula.
 */
import type { CandidatePractice } from '../../graph/model.ts';
import { closePdfSpaces, normalizeChinese } from '../segment/chinese-text.ts';
import type { PracticeMatcher } from './practices.ts';

/** A quoted span on one line: “…”, 「…」, 『…』, "…", ‘…’. */
const QUOTED = /“([^“”\n]{1,40})”|「([^「」\n]{1,40})」|『([^『』\n]{1,40})』|"([^"\n]{1,40})"|‘([^‘’\n]{1,40})’/g;

/** Nouns that, written right after the quote, make it the name of a mechanism. */
const FOLLOWING_NOUN =
  /^([\u4e00-\u9fff]{0,6}?)(工作机制|机制|制度|模式|工作法|举措|措施|工程|行动|服务圈|工作室|工作站|计划|制)/u;
/** Words that tie a following noun to the sentence rather than to the name (等基层组织生活制度). */
const FUNCTION_CHARS = /[的了和与及等是在为将把对从向以按由并]/u;

/** Endings that make a quoted span a name by itself: 红领工作站, 三点半课堂, 双千工程. */
const NAME_ENDING =
  /(机制|制度|模式|工作法|工程|行动|计划|服务圈|圈|站|室|库|队|课堂|讲堂|学校|学院|党校|清单|超市|驿站|之家|联盟|中心|台账|榜|擂台|基金|公约|积分|指数|书院|直通车|制)$/u;
/** Numbered formulas: 54321, 四个一, 三个报告, 十大员, 双千工程, 5D直通车. */
const NUMBERED = /^[0-9一二三四五六七八九十百千万两双]|[0-9]/u;
/** Punctuation inside the quote marks a slogan or a list, not a name. */
const LIST_PUNCTUATION = /[，、。；：！？,;:!?…—·()《》\s]/u;

/** Formulaic phrases that are ordinary Chinese, not anyone's mechanism. */
const COMMON_PHRASES = new Set([
  '一对一', '一对多', '一帮一', '一条龙', '一把手', '一刀切', '一盘棋', '一揽子', '一键通', '两委', '两新', '三农',
  '最后一公里', '最后一米', '面对面', '点对点', '零距离', '一站式', '双职工', '两不愁三保障',
  // Numeral idioms (成语) that open many slogans.
  '双管齐下', '一举两得', '三令五申', '四面八方', '五湖四海', '千方百计', '万无一失', '一心一意', '一马当先',
  '百花齐放', '十全十美', '一以贯之', '一体推进', '两手抓',
]);

/** Questions and dated remarks are quoted speech (“2024年怎么干”), not names. */
const QUOTED_SPEECH = /怎么|什么|如何|为何|吗|呢|\d{4}年/u;

const MAX_NAME_LENGTH = 12;

function followingNoun(text: string, from: number): string {
  const ahead = normalizeChinese(text.slice(from, from + 16), { dropQuotes: false });
  const found = FOLLOWING_NOUN.exec(ahead);
  if (!found) return '';
  const qualifier = found[1] ?? '';
  if (FUNCTION_CHARS.test(qualifier)) return '';
  return found[0];
}

/** Length of the written noun in the original (it may contain PDF spaces). */
function writtenLength(text: string, from: number, noun: string): number {
  let consumed = 0;
  let index = from;
  while (consumed < noun.length && index < text.length) {
    if (!/\s/.test(text[index] ?? '')) consumed += 1;
    index += 1;
  }
  return index - from;
}

function readsAsName(inner: string, noun: string): boolean {
  return noun.length > 0 || NAME_ENDING.test(inner) || NUMBERED.test(inner);
}

export function findCandidatePractices(text: string, matcher: PracticeMatcher): CandidatePractice[] {
  const candidates: CandidatePractice[] = [];
  const seen = new Set<string>();
  for (const found of text.matchAll(QUOTED)) {
    const rawInner = found.slice(1).find((group) => group !== undefined) ?? '';
    const inner = normalizeChinese(rawInner, { dropQuotes: true });
    if (inner.length < 2 || inner.length > MAX_NAME_LENGTH) continue;
    if (LIST_PUNCTUATION.test(inner) || QUOTED_SPEECH.test(inner) || COMMON_PHRASES.has(inner)) continue;
    const end = found.index + found[0].length;
    const noun = NAME_ENDING.test(inner) ? '' : followingNoun(text, end);
    const name = inner + noun;
    if (name.length < 3 || !readsAsName(inner, noun)) continue;
    if (matcher.practiceNamed(inner) || matcher.practiceNamed(name)) continue;
    if (seen.has(name)) continue;
    seen.add(name);
    const matched = closePdfSpaces(text.slice(found.index, end + writtenLength(text, end, noun)));
    candidates.push({ name, matched });
  }
  return candidates;
}
