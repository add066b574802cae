/**
 * The parse stage: bulletin text → masthead + items. Works on structure (masthead shape, markers,
 * headline + byline, section headings, page furniture), never on particular names.
 */
import { createError } from '../../errors/catalogue.ts';
import type { ParsedDocument, ParsedItem, Parser } from '../../language/types.ts';
import { findDate } from './dates.ts';
import { stripDateline } from './datelines.ts';
import { breakAtTags, dropFurniture } from './furniture.ts';
import { groupItems, type ItemGroup } from './items.ts';
import { blankLine, type Line, prepareSimplifier, toLines } from './lines.ts';
import { readMasthead } from './masthead.ts';
import { splitTrailingOffice } from './offices.ts';
import { readOrigins } from './origins.ts';
import { readPage, splitRunInDate } from './page.ts';
import { countHanSpaces, visibleLength } from './text.ts';
import { cleanBody, cleanTitle, splitArticleTitle, splitOpeningTitle, type SplitTitle, type TitleStyle } from './titles.ts';
import { dropTableOfContents, findTableOfContents } from './toc.ts';
import { isOutletName } from './web-chrome.ts';
import { estimateWrapWidth, healWraps, type WrapContext } from './wraps.ts';

export interface ParserOptions {
  /** Longest line still read as a headline or heading, in characters (default 40). */
  headingMaxLength?: number;
  /** Read traditional-character text through a simplified copy (default true). */
  convertTraditional?: boolean;
}

export function createParser(options: ParserOptions = {}): Parser {
  const headingMaxLength = options.headingMaxLength ?? 40;
  const convertTraditional = options.convertTraditional ?? true;
  // Loaded with the parser rather than on the first traditional-character document.
  if (convertTraditional) prepareSimplifier();
  return {
    parse(text: string, source: string): ParsedDocument {
      if (text.trim().length === 0) throw createError('INPUT_EMPTY', source);
      return parseDocument(toLines(breakAtTags(text), convertTraditional), source, headingMaxLength);
    },
  };
}

function parseDocument(printedLines: Line[], source: string, headingMaxLength: number): ParsedDocument {
  const allLines = splitRunInDate(printedLines);
  const masthead = readMasthead(allLines);
  const withoutMasthead = allLines.map((line) => (masthead.consumed.has(line.index) ? blankLine(line.index) : line));
  const withoutFurniture = dropFurniture(withoutMasthead, { page: masthead.issue === null });
  // A report without a bulletin masthead is a web or newspaper page: its header goes too.
  const page = masthead.issue === null ? readPage(allLines, withoutFurniture, masthead.consumed) : { lines: withoutFurniture, outlets: [] };
  const { origins, contributor } = readOrigins(allLines, page.outlets, masthead.consumed);
  const body = dropTableOfContents(page.lines, findTableOfContents(page.lines));

  const context: WrapContext = { headingMaxLength, wrapWidth: estimateWrapWidth(body) };
  const style: TitleStyle = { pdfSpaces: hasPdfSpaces(body) };
  const groups = groupItems(body, headingMaxLength);
  const preamble = groups.find((group) => group.kind === 'preamble');
  const built = groups.filter((group) => group.kind !== 'preamble').map((group, i) => buildItem(group, i + 1, context, style));
  // A 来源 naming a contributor speaks for a single report; in a roundup it could be any item's.
  const only = built.length === 1 ? built[0] : undefined;
  if (only) only.item.office ??= contributor;
  const preambleTitle = preamble ? splitGroup(preamble, context, style) : null;
  const documentHeadline = preambleTitle?.printed ? preambleTitle.title : null;
  const firstHeadline = documentHeadline ?? built.find((item) => item.printed)?.item.title ?? built[0]?.item.title ?? null;

  return {
    source,
    // An item's headline never names the document: under it, every other item would cite it as their bulletin.
    title: masthead.publication ?? documentHeadline ?? outletName(page.outlets) ?? sourceName(source),
    contextTitle: masthead.publication ?? firstHeadline,
    issueYear: masthead.issueYear,
    issue: masthead.issue,
    date: masthead.date,
    publisher: masthead.publisher,
    origins,
    items: built.map((entry) => entry.item),
  };
}

function splitGroup(group: ItemGroup, context: WrapContext, style: TitleStyle): SplitTitle {
  switch (group.kind) {
    case 'bylined':
    case 'bracketed':
    case 'placeHeadline': {
      const title = group.headline.map((line) => cleanTitle(line.raw, style)).join(' ');
      return { title, printed: true, body: healWraps(group.lines, context) };
    }
    case 'marker':
      return splitOpeningTitle(group.lines, 'marker', context, style);
    case 'numbered':
      return splitOpeningTitle(group.lines, 'numbered', context, style);
    case 'placeParagraph':
      return splitOpeningTitle(group.lines, 'plain', context, style);
    case 'lead':
    case 'leading':
    case 'preamble':
    case 'article':
      return splitArticleTitle(group.lines, context, style);
  }
}

function buildItem(group: ItemGroup, ordinal: number, context: WrapContext, style: TitleStyle): { item: ParsedItem; printed: boolean } {
  const { title, printed, body } = splitGroup(group, context, style);
  // Under a printed headline the dateline (本报讯（记者…）) is furniture; without one it opens the title.
  if (printed && body[0]) body[0] = stripDateline(body[0]);
  let office = group.office;
  const last = body[body.length - 1];
  if (last) {
    const tail = splitTrailingOffice(last.raw, last.norm);
    if (tail) {
      office ??= tail.office;
      body[body.length - 1] = { raw: tail.rest, norm: tail.rest };
    }
  }
  const text = body
    .map((paragraph) => cleanBody(paragraph.raw, style, context.headingMaxLength))
    .filter((paragraph) => paragraph.length > 0)
    .join('\n');
  return { item: { ordinal, section: group.section, title, office, text, date: itemDate(text) }, printed };
}

/** How far into an item its own date may sit: a dateline's place (本报讯（记者 X）2021年3月5日，…). */
const ITEM_DATE_REACH = 16;

/** A full date opening the item's body, where a dateline puts it; a date later in the text is an event's. */
function itemDate(text: string): string | null {
  const found = findDate(text.slice(0, ITEM_DATE_REACH + 12));
  return found !== null && found.start <= ITEM_DATE_REACH ? found.iso : null;
}

/** The first outlet the page prints in its header or trailer (XX日报, XX融媒), as printed. */
function outletName(outlets: Line[]): string | null {
  const outlet = outlets.find((line) => isOutletName(line.norm));
  return outlet ? outlet.raw.trim() : null;
}

/** The file or upload name without folders, extension or a scheme (upload:): what a document without a masthead is called. */
export function sourceName(source: string): string {
  const base = source.split(/[\\/]/).pop() ?? source;
  return base.replace(/^[A-Za-z][\w+.-]*:/, '').replace(/\.[A-Za-z0-9]{1,5}$/, '') || source;
}

/** Many spaces between Chinese characters inside long lines betray PDF extraction. */
function hasPdfSpaces(lines: Line[]): boolean {
  const long = lines.filter((line) => visibleLength(line.norm) > 60).map((line) => line.norm);
  const spaces = long.reduce((sum, text) => sum + countHanSpaces(text), 0);
  const han = long.reduce((sum, text) => sum + (text.match(/\p{Script=Han}/gu) ?? []).length, 0);
  return spaces >= 3 && spaces * 1000 >= han;
}
