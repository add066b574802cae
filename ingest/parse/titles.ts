/**
 * Titles. A printed headline is kept as printed (two lines joined by one space); an inline headline
 * ("△望江县：出台《意见》…建设。body") runs to the first 。; an item without a headline is named by
 * its first clause.
 */
import { afterMarker, canBeHeadline, looksLikeHeading, withoutNumbering } from './headings.ts';
import type { Line } from './lines.ts';
import { compactSpaces, endsSentence, firstClause, firstSentenceEnd, hasSentencePunctuation, removeSpacesBetweenHan, stripEmphasis, visibleLength } from './text.ts';
import { healWraps, type Paragraph, type WrapContext } from './wraps.ts';

/** An inline headline longer than this is a sentence, not a headline. */
const INLINE_TITLE_MAX = 100;

export interface TitleStyle {
  /** The document's text is full of PDF spaces, so spaces between Chinese characters are noise. */
  pdfSpaces: boolean;
}

/** Headline text as printed: emphasis removed, extraction spaces removed where they are noise. */
export function cleanTitle(text: string, style: TitleStyle): string {
  const plain = stripEmphasis(text).replace(/\s+/g, ' ').trim();
  const spaced = style.pdfSpaces ? removeSpacesBetweenHan(plain) : plain;
  return spaced.replace(/(\d)([-–~～]) (\d)/g, '$1$2$3').replace(/[。.]$/, '');
}

export interface SplitTitle {
  title: string;
  /** Whether the title is a printed headline (not a first clause). */
  printed: boolean;
  /** The body's paragraphs, title removed. */
  body: Paragraph[];
}

/** A line with its leading marker or numbering removed, on both faces. */
function stripOpening(line: Line, kind: 'marker' | 'numbered' | 'plain'): Line {
  if (kind === 'plain') return line;
  const strip = kind === 'marker' ? afterMarker : withoutNumbering;
  return { index: line.index, raw: strip(line.raw), norm: strip(line.norm) };
}

function cut(line: Paragraph, start: number, end?: number): Paragraph {
  const source = line.raw.length === line.norm.length ? line.raw : line.norm;
  return { raw: source.slice(start, end).trim(), norm: line.norm.slice(start, end).trim() };
}

/** The first line's own 。 ends the headline; the rest of the line starts the body. */
function inlineTitle(first: Paragraph): { title: Paragraph; rest: Paragraph } | null {
  const end = firstSentenceEnd(first.norm);
  if (end <= 0 || visibleLength(first.norm.slice(0, end)) > INLINE_TITLE_MAX) return null;
  return { title: cut(first, 0, end), rest: cut(first, end + 1) };
}

/**
 * The next line finishes a headline the page width cut ("…村民小组长" / "队伍建设。望江县…"): the
 * first line is as long as printed lines get and the next one closes a short fragment with 。.
 */
function finishesWrappedTitle(first: Line, next: Line): boolean {
  const end = firstSentenceEnd(next.norm);
  return visibleLength(first.norm) >= 16 && end > 0 && visibleLength(next.norm.slice(0, end)) <= 12 && !hasSentencePunctuation(next.norm.slice(0, end));
}

/** Title and body of an item whose first line opens with a marker, a numbering or a place. */
export function splitOpeningTitle(lines: Line[], opening: 'marker' | 'numbered' | 'plain', context: WrapContext, style: TitleStyle): SplitTitle {
  const [firstLine, ...rest] = lines;
  if (!firstLine) return { title: '', printed: false, body: [] };
  let first = stripOpening(firstLine, opening);
  const next = rest[0];
  if (next && !inlineTitle(first) && finishesWrappedTitle(first, next) && !endsSentence(first.norm)) {
    first = { index: first.index, raw: first.raw + next.raw, norm: first.norm + next.norm };
    rest.shift();
  }
  const inline = inlineTitle(first);
  if (inline) {
    const restLine: Line = { index: first.index, ...inline.rest };
    return { title: cleanTitle(inline.title.raw, style), printed: true, body: healWraps([restLine, ...rest], context, true) };
  }
  const narrow = context.wrapWidth === null || visibleLength(first.norm) < context.wrapWidth * 0.8;
  if (rest.length > 0 && narrow && canBeHeadline(first.norm, context.headingMaxLength)) {
    return { title: cleanTitle(first.raw, style), printed: true, body: healWraps(rest, context) };
  }
  const paragraphs = healWraps([first, ...rest], context);
  const [head, ...others] = paragraphs;
  const healed = head ? inlineTitle(head) : null;
  if (head && healed) {
    const body = healed.rest.raw.length > 0 ? [healed.rest, ...others] : others;
    return { title: cleanTitle(healed.title.raw, style), printed: true, body };
  }
  return untitled(paragraphs, style);
}

/** Opening quotes or book-title marks left open at the end of `text` (“…、 or 《…). */
function openQuotes(text: string): number {
  const count = (pattern: RegExp): number => (text.match(pattern) ?? []).length;
  return count(/[“「『《]/g) - count(/[”」』》]/g);
}

/**
 * A headline the page broke inside a quoted name ("…举行“一机关一品牌、" / "一支部一特色”评定会"):
 * the first line leaves a quote open, the next closes it, and both are headline-short.
 */
function breaksInsideQuote(first: Line, next: Line, maxLength: number): boolean {
  if (openQuotes(first.norm) <= 0 || openQuotes(next.norm) >= 0) return false;
  if (hasSentencePunctuation(first.norm) || hasSentencePunctuation(next.norm)) return false;
  return canBeHeadline(next.norm, maxLength) && visibleLength(first.norm) + visibleLength(next.norm) <= maxLength * 1.5;
}

/**
 * Title and body of text with no marker: a first line that is a heading of its own (no clause
 * punctuation, or set apart by a blank line), or else the first clause.
 */
/** A headline's second line opened by a dash: ——X县力抓党建促脱贫纪实. */
const SUBTITLE = /^\s*(?:——|－－|--)\s*\S/;

export function splitArticleTitle(lines: Line[], context: WrapContext, style: TitleStyle): SplitTitle {
  const [printedFirst, printedNext] = lines;
  const broken = printedFirst && printedNext && lines[2] && breaksInsideQuote(printedFirst, printedNext, context.headingMaxLength);
  if (broken) lines = [{ index: printedFirst.index, raw: printedFirst.raw.trimEnd() + printedNext.raw.trimStart(), norm: printedFirst.norm.trimEnd() + printedNext.norm.trimStart() }, ...lines.slice(2)];
  const [first, next] = lines;
  if (first && next && canBeHeadline(first.norm, context.headingMaxLength)) {
    const setApart = next.index > first.index + 1;
    const narrow = context.wrapWidth === null || visibleLength(first.norm) < context.wrapWidth * 0.8;
    if (narrow && (setApart || !hasSentencePunctuation(first.norm))) {
      // A subtitle printed under the headline and opened by its dash (——X县…纪实) is the headline's second line.
      if (SUBTITLE.test(next.norm) && canBeHeadline(next.norm, context.headingMaxLength) && !endsSentence(next.norm)) {
        return { title: `${cleanTitle(first.raw, style)} ${cleanTitle(next.raw, style)}`, printed: true, body: healWraps(lines.slice(2), context) };
      }
      return { title: cleanTitle(first.raw, style), printed: true, body: healWraps(lines.slice(1), context) };
    }
  }
  return untitled(healWraps(lines, context), style);
}

/** "地名：正题" opening a paragraph: a short name, a colon, then the headline proper. */
const NAMED_HEAD = /^([\p{Script=Han}·]{2,8})\s*[:：]\s*(?=\S)/u;
/** What a colon after a speaker, a label or a list opener introduces is no headline's subject. */
const NOT_A_PLACE = /(指出|强调|表示|要求|认为|说|称|获悉|介绍|提出|明确|了解|据悉|悉|报道|讯|消息|通知|公告|按|问|答|如下|为|是|有|即|包括|主要|具体|分别|其中|原标题|标题|关键词|摘要|提要|导读|总结|附件|备注|注)$/;

/**
 * The first clause of a paragraph; a headline run into its text ("河南XX：2021年度…圆满落幕 …")
 * keeps its place name with its main title rather than stopping at the colon.
 */
function openingClause(text: string): string {
  const named = NAMED_HEAD.exec(text);
  if (named && !NOT_A_PLACE.test(named[1] as string)) {
    const rest = text.slice(named[0].length);
    const clause = firstClause(rest);
    if (visibleLength(clause) >= 4) return text.slice(0, named[0].length) + clause;
  }
  return firstClause(text);
}

/** No printed headline: the first clause names the item, and the text keeps it. */
function untitled(paragraphs: Paragraph[], style: TitleStyle): SplitTitle {
  const head = paragraphs[0];
  const clause = head ? openingClause(stripEmphasis(head.raw)) : '';
  return { title: cleanTitle(clause, style), printed: false, body: paragraphs };
}

/**
 * Paragraph text for the body: emphasis marks and PDF spaces removed. A heading inside the body
 * keeps its separating spaces, like a title.
 */
export function cleanBody(text: string, style: TitleStyle, headingMaxLength: number): string {
  if (looksLikeHeading(text, headingMaxLength)) return cleanTitle(text, style);
  return compactSpaces(stripEmphasis(text));
}
