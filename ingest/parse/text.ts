/**
 * Character-level helpers for Chinese bulletin text: PDF-extraction spaces, sentence ends,
 * clauses and markdown emphasis.
 */

const HAN = /\p{Script=Han}/u;
/** CJK and full-width punctuation, including curly quotes and the book-title marks. */
const CJK_PUNCT = /[\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026\u00b7]/;

export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

function isCjkLike(ch: string | undefined): boolean {
  return ch !== undefined && (HAN.test(ch) || CJK_PUNCT.test(ch));
}

/**
 * Removes the spaces PDF extraction leaves inside Chinese text ("党务干部 队伍", "培训 1000 名",
 * "1- 2 名"): a space goes when either neighbour is a Chinese character or Chinese punctuation.
 * Spaces between Latin words and numbers stay.
 */
export function compactSpaces(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim().replace(/(\d)([-–~～]) (\d)/g, '$1$2$3');
  let out = '';
  for (let i = 0; i < collapsed.length; i++) {
    const ch = collapsed[i] as string;
    if (ch === ' ' && (isCjkLike(collapsed[i - 1]) || isCjkLike(collapsed[i + 1]))) continue;
    out += ch;
  }
  return out;
}

/** Removes only spaces standing between two Chinese characters; separators after punctuation stay. */
export function removeSpacesBetweenHan(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/(\p{Script=Han}) (?=\p{Script=Han})/gu, '$1');
}

/** Counts spaces between two Chinese characters: a high rate betrays PDF extraction. */
export function countHanSpaces(text: string): number {
  return (text.match(/\p{Script=Han} +(?=\p{Script=Han})/gu) ?? []).length;
}

/** Markdown emphasis (`**bold**`, `__bold__`) carried over from converted documents. */
export function stripEmphasis(text: string): string {
  return text.replace(/\*\*|__/g, '');
}

/** Length without whitespace: how long a line "looks" on the page. Counted by hand: it runs on every line many times. */
export function visibleLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x20 ? code !== 0x3000 && code !== 0xa0 && code !== 0xfeff && !(code >= 0x2000 && code <= 0x200a) && code !== 0x2028 && code !== 0x2029 && code !== 0x202f && code !== 0x205f && code !== 0x1680 && code !== 0x85 : !(code === 0x20 || (code >= 0x09 && code <= 0x0d))) length++;
  }
  return length;
}

const SENTENCE_FINAL = /[。！？!?；;：:…]/;
const CLOSERS = /[”’」』）)】》"']/;

/** True when a line ends a sentence (also "。”" and "！）"), so the next line starts afresh. */
export function endsSentence(line: string): boolean {
  const trimmed = line.trimEnd();
  let i = trimmed.length - 1;
  while (i >= 0 && CLOSERS.test(trimmed[i] as string)) i--;
  if (i < 0) return false;
  return SENTENCE_FINAL.test(trimmed[i] as string);
}

/** True when the text contains a clause break (，。；！？), which headings rarely have. */
export function hasSentencePunctuation(text: string): boolean {
  return /[，。；！？,;!?]/.test(text);
}

/** The text up to the first clause boundary (，。；：,;: and ！？), "、" is not a boundary. */
export function firstClause(text: string): string {
  const match = /[，。；：,;:！？!?]/.exec(text);
  return (match ? text.slice(0, match.index) : text).trim();
}

const OPENING = '《“‘「『（(【[';
const CLOSING = '》”’」』）)】]';

/**
 * Index of the first "。" (or ！？) that is not inside brackets or quotes, or -1: an inline headline
 * ends there ("△望江县：出台《意见》…建设。body").
 */
export function firstSentenceEnd(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (OPENING.includes(ch)) depth++;
    else if (CLOSING.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[。！？!?]/.test(ch)) return i;
  }
  return -1;
}
