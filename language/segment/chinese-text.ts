/**
 * Character-level clean-up of Chinese text before matching or segmenting. Every step maps one
 * input character to at most one output character, so callers can keep an offset map back to the
 * text as written (the practice matcher reports hits in the original spelling).
 */
import * as OpenCC from 'opencc-js';
import { convertOneForOne } from '../text/traditional.ts';

/** Quote marks that wrap practice names: “单元长”制度, 「大党委」, "两委". */
export const QUOTE_CHARS = '“”"„‟「」『』\'‘’‚‛＂＇〝〞';

const traditionalToSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** Converts traditional characters to simplified, one character for one, so offsets survive. */
export function toSimplified(text: string): string {
  return convertOneForOne(text, traditionalToSimplified);
}

/** Full-width ASCII (ＡＢＣ１２３，（）＋) to half-width; other characters unchanged. */
export function toHalfWidth(char: string): string {
  const code = char.charCodeAt(0);
  return code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : char;
}

const ASCII_WORD_CHAR = /[A-Za-z0-9]/;

/**
 * A whitespace run is a PDF wrap or padding artefact unless it separates two ASCII words
 * ("5D 直通车" → "5D直通车", "组织员 队伍" → "组织员队伍", "QQ 群" → "QQ群", "A B" stays).
 */
function keepsSpace(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  return before !== undefined && after !== undefined && ASCII_WORD_CHAR.test(before) && ASCII_WORD_CHAR.test(after);
}

export interface NormalizeOptions {
  /** Delete quote marks (for matching names written with or without quotes). */
  dropQuotes: boolean;
}

export interface NormalizedText {
  text: string;
  /** origin[i] = index in the input of output character i. */
  origin: number[];
}

/**
 * Simplified characters, half-width ASCII, PDF spaces removed (one space kept between ASCII
 * words), optionally quotes removed; with the offset of every output character in the input.
 */
export function normalizeWithOffsets(input: string, options: NormalizeOptions): NormalizedText {
  const simplified = toSimplified(input);
  // Character codes and one array join: this runs over every item's title and text.
  const out: string[] = [];
  const origin: number[] = [];
  let index = 0;
  while (index < simplified.length) {
    const code = simplified.charCodeAt(index);
    if (isSpaceCode(code)) {
      let end = index + 1;
      while (end < simplified.length && isSpaceCode(simplified.charCodeAt(end))) end += 1;
      if (keepsSpace(simplified, index, end)) {
        out.push(' ');
        origin.push(index);
      }
      index = end;
      continue;
    }
    if (!(options.dropQuotes && QUOTE_CODES.has(code))) {
      out.push(code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : (simplified[index] ?? ''));
      origin.push(index);
    }
    index += 1;
  }
  return { text: out.join(''), origin };
}

const QUOTE_CODES = new Set(Array.from(QUOTE_CHARS, (char) => char.charCodeAt(0)));

/** The characters `\s` matches, by code (ASCII blanks first, the rare Unicode spaces after). */
function isSpaceCode(code: number): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

const QUOTE_RUN = new RegExp(`[${QUOTE_CHARS.replace(/[\\\]^-]/g, '\\$&')}]+`, 'gu');
const FULL_WIDTH_ASCII = /[\uff01-\uff5e]/g;

/**
 * The normalised text alone: the same steps as normalizeWithOffsets in the same order, as
 * whole-string replacements (no offset bookkeeping) since segmenting and clause matching call
 * this for every passage and clause.
 */
export function normalizeChinese(input: string, options: NormalizeOptions): string {
  const simplified = toSimplified(input);
  let text = /\s/.test(simplified) ? closePdfSpaces(simplified) : simplified;
  text = text.replace(FULL_WIDTH_ASCII, toHalfWidth);
  return options.dropQuotes ? text.replace(QUOTE_RUN, '') : text;
}

/** Deletes PDF whitespace (keeping one space between ASCII words); characters otherwise as written. */
export function closePdfSpaces(text: string): string {
  return text.replace(/\s+/g, (run, offset: number) => (keepsSpace(text, offset, offset + run.length) ? ' ' : ''));
}
