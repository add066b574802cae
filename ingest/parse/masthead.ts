/**
 * The masthead at the top of a bulletin: publication (安庆组工信息), issue (第 8 期), publisher
 * (中共安庆市委组织部研究室) and date. Without an issue line there is no masthead, but a date line at
 * the top (a newspaper's dateline, a web page's 发布时间) is still taken.
 */
import { findDate } from './dates.ts';
import { isTocHeader, leadingMarker } from './headings.ts';
import { isBlank, type Line } from './lines.ts';
import { hasSentencePunctuation, visibleLength } from './text.ts';

export interface Masthead {
  publication: string | null;
  issue: string | null;
  date: string | null;
  publisher: string | null;
  /** The year printed on the issue line (2020年第8期), whether or not a date is printed. */
  issueYear: number | null;
  /** Indexes of the lines the masthead occupies; they are not part of any item. */
  consumed: Set<number>;
}

/** The top lines before the first paragraph, table of contents or item. */
const TOP_LINES = 15;
const ISSUE = /(?<!总)第\s*([0-9０-９]+|[一二三四五六七八九十百〇零]+)\s*期/;
const PUBLISHER_LABEL = /^(主办|编印|编辑|主编|印发|编)\s*[:：]\s*/;
const PUBLISHER_TAIL = /\s*(编印|主办|编|印)$/;
const PUBLISHER_SUFFIX = /(部|室|办|委|厅|局|中心|会|处)$/;
const PAPER_NAME = /(报|刊|网|杂志|周刊|通讯)$/;

function topLines(lines: Line[]): Line[] {
  const top: Line[] = [];
  for (const line of lines) {
    if (isBlank(line)) continue;
    const text = line.norm;
    if (visibleLength(text) > 60 || /[。！？]$/.test(text)) break;
    if (/^[★☆【]/.test(text) || isTocHeader(text) || leadingMarker(text)) break;
    top.push(line);
    if (top.length >= TOP_LINES) break;
  }
  return top;
}

function normaliseIssue(number: string): string {
  return `第${number.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))}期`;
}

function isShortName(text: string, maxLength: number): boolean {
  const length = visibleLength(text);
  return length >= 2 && length <= maxLength && !hasSentencePunctuation(text) && !/\d/.test(text);
}

/** A date line: short, or mostly the date itself. */
function dateOfLine(norm: string): string | null {
  const found = findDate(norm);
  if (!found) return null;
  const dateShare = visibleLength(norm.slice(found.start, found.end)) / Math.max(1, visibleLength(norm));
  return dateShare >= 0.5 || (visibleLength(norm) <= 40 && !/[。，；]/.test(norm)) ? found.iso : null;
}

function publisherOf(line: Line): string | null {
  const found = findDate(line.norm);
  const cut = (text: string): string => (found ? text.slice(0, found.start) + text.slice(found.end) : text);
  const norm = cut(line.norm).trim().replace(PUBLISHER_LABEL, '').replace(PUBLISHER_TAIL, '');
  if (!isShortName(norm, 30) || !PUBLISHER_SUFFIX.test(norm)) return null;
  const source = line.raw.length === line.norm.length ? line.raw : line.norm;
  return cut(source).trim().replace(PUBLISHER_LABEL, '').replace(PUBLISHER_TAIL, '').replace(/\s+/g, '');
}

export function readMasthead(lines: Line[]): Masthead {
  const top = topLines(lines);
  const issueAt = top.findIndex((line) => ISSUE.test(line.norm));
  const dateAt = top.findIndex((line) => dateOfLine(line.norm) !== null);
  const date = dateAt >= 0 ? dateOfLine((top[dateAt] as Line).norm) : null;
  if (issueAt < 0) return datelineOnly(top, dateAt, date, lines);

  const issueLine = top[issueAt] as Line;
  const issueMatch = ISSUE.exec(issueLine.norm) as RegExpExecArray;
  const used = [issueAt];
  if (dateAt >= 0) used.push(dateAt);

  // The publication is printed before the issue, on its line or on a line of its own above.
  let publication: string | null = null;
  const issueYear = yearOnIssueLine(issueLine.norm);
  const before = issueLine.raw.slice(0, issueMatch.index).replace(/\d{4}\s*年/, '').replace(/\s+/g, '');
  if (isShortName(before, 20)) publication = before;
  else {
    for (let i = issueAt - 1; i >= 0 && publication === null; i--) {
      const line = top[i] as Line;
      if (isShortName(line.norm, 20) && !publisherOf(line)) {
        publication = line.raw.replace(/\s+/g, '');
        used.push(i);
      }
    }
  }

  let publisher: string | null = null;
  for (let i = 0; i < top.length && publisher === null; i++) {
    if (i === issueAt || (publication !== null && (top[i] as Line).raw.replace(/\s+/g, '') === publication)) continue;
    publisher = publisherOf(top[i] as Line);
    if (publisher) used.push(i);
  }

  // Everything from the top to the last masthead field belongs to the masthead.
  const last = Math.max(...used);
  const consumed = new Set(top.slice(0, last + 1).map((line) => line.index));
  return { publication, issue: normaliseIssue(issueMatch[1] as string), date, publisher, issueYear, consumed };
}

/** 2020年第8期, 第8期（2020年）, 2020 年 第 8 期: the year an issue belongs to. */
function yearOnIssueLine(norm: string): number | null {
  const match = /(?<!\d)((?:19|20)\d{2})\s*年/.exec(norm);
  return match ? Number(match[1]) : null;
}

/** Date labels of a page's meta line ("来源:XX 作者:XX 人气:134 发布时间:2021-04-28 08:56"). */
const DATE_LABEL = /(发布时间|发布日期|发表时间|更新时间|时间|日期)\s*[:：]\s*/g;
/** How far down a page's meta line may sit (navigation lists come first). */
const META_LINES = 40;

/** A date printed right after a date label anywhere on a short meta line, or null. */
export function labelledDate(norm: string): string | null {
  if (visibleLength(norm) > 120 || !/[间期]\s*[:：]/.test(norm) || /[。；]/.test(norm)) return null;
  for (const label of norm.matchAll(DATE_LABEL)) {
    const at = label.index + label[0].length;
    const found = findDate(norm.slice(at, at + 24));
    if (found && found.start === 0) return found.iso;
  }
  return null;
}

/** The first meta line with a labelled date above the article's first paragraph. */
function labelledDateLine(lines: Line[]): { line: Line; date: string } | null {
  let seen = 0;
  for (const line of lines) {
    if (isBlank(line)) continue;
    if (++seen > META_LINES || (visibleLength(line.norm) > 60 && /[。，,]/.test(line.norm))) return null;
    const date = labelledDate(line.norm);
    if (date) return { line, date };
  }
  return null;
}

/** No issue line: keep a top date line, and the paper's name printed right above it. */
function datelineOnly(top: Line[], dateAt: number, date: string | null, lines: Line[]): Masthead {
  const consumed = new Set<number>();
  if (dateAt < 0) {
    // A page's meta line runs its fields together, the date among them.
    const meta = labelledDateLine(lines);
    if (meta) {
      consumed.add(meta.line.index);
      return { publication: null, issue: null, date: meta.date, publisher: null, issueYear: null, consumed };
    }
  }
  if (dateAt >= 0) {
    const dateLine = top[dateAt] as Line;
    consumed.add(dateLine.index);
    const above = top[dateAt - 1];
    if (above && isShortName(above.norm, 12) && PAPER_NAME.test(above.norm.trim())) consumed.add(above.index);
  }
  return { publication: null, issue: null, date, publisher: null, issueYear: null, consumed };
}
