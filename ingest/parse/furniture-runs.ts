/**
 * Furniture that shows only across lines: a numbered breadcrumb list, everything after a
 * "相关新闻" tail, a headline or caption printed twice, a 内容提要 that repeats the lead.
 */
import { afterMarker, leadingMarker, numberedHeading } from './headings.ts';
import { blankLine, type Line } from './lines.ts';
import { endsSentence, hasSentencePunctuation, visibleLength } from './text.ts';
import { isTailMarker } from './web-chrome.ts';

/** Text long enough to be article body: a tail marker only counts after some of it. */
const BODY_LINE = 40;
/** A caption is short; printed again and again between paragraphs it is not text. */
const CAPTION_MAX = 40;
const CAPTION_MIN = 8;

const blanked = (lines: Line[], drop: (line: Line, i: number) => boolean): Line[] =>
  lines.map((line, i) => (line.raw.length > 0 && drop(line, i) ? blankLine(line.index) : line));

/** "1. 当前位置:" "2. 首页" "3. 组织工作"…: a run of short numbered lines naming the home page. */
function numberedBreadcrumbs(lines: Line[]): Set<number> {
  const drop = new Set<number>();
  let run: number[] = [];
  const close = (): void => {
    const names = run.map((i) => (lines[i] as Line).norm.replace(/^\d{1,2}\s*[.、．]\s*/, ''));
    if (run.length >= 3 && names.some((name) => /首页|当前位置|您的位置/.test(name))) run.forEach((i) => drop.add(i));
    run = [];
  };
  lines.forEach((line, i) => {
    if (line.raw.length === 0) return;
    const numbered = /^(\d{1,2})\s*[.、．]\s*(.*)$/.exec(line.norm);
    if (numbered && Number(numbered[1]) === run.length + 1 && visibleLength(numbered[2] ?? '') <= 10) run.push(i);
    else {
      close();
      if (numbered && Number(numbered[1]) === 1 && visibleLength(numbered[2] ?? '') <= 10) run.push(i);
    }
  });
  close();
  return drop;
}

/**
 * The editor's line that signs off a web article ("编辑: xxx", "责任编辑：张三", "【责任编辑:李四】"):
 * what a page prints after it is another story or the site's lists, never this article.
 */
const EDITOR_LINE = /^[【[（(]?\s*(责任编辑|本版编辑|值班编辑|网络编辑|编辑|责编)\s*[:：丨|｜/]\s*[^\s，。；,;]{1,20}(\s+(审核|校对|终审|复审|签发|监制|编审)\s*[:：丨|｜/]\s*[^\s，。；,;]{1,20})*\s*[】\]）)]?$/;
export function isEditorLine(norm: string): boolean {
  return norm.length <= 60 && EDITOR_LINE.test(norm.trim());
}

/** Index of the first tail marker (or closing editor line) after some body text, or -1. */
function tailStart(lines: Line[]): number {
  let seenBody = false;
  for (let i = 0; i < lines.length; i++) {
    const norm = (lines[i] as Line).norm;
    if (norm.length === 0) continue;
    if (seenBody && (isTailMarker(norm) || (/^[【[（(\s]*(责|本版|值班|网络)?编/.test(norm) && isEditorLine(norm)))) return i;
    if (visibleLength(norm) >= BODY_LINE) seenBody = true;
  }
  return -1;
}

/**
 * A short sentence on its own line. (A wrapped line's last piece, "工作。", may repeat too: it is
 * shorter, and the line before it is unfinished.)
 */
function isCaptionShaped(norm: string): boolean {
  const length = visibleLength(norm);
  return length >= CAPTION_MIN && length <= CAPTION_MAX && endsSentence(norm);
}

/** A line printed right again (a headline twice), or a short caption sentence printed several times. */
function repeats(lines: Line[]): Set<number> {
  const drop = new Set<number>();
  const counts = new Map<string, number>();
  for (const line of lines) if (line.norm.length > 0) counts.set(line.norm, (counts.get(line.norm) ?? 0) + 1);
  let previous: Line | null = null;
  lines.forEach((line, i) => {
    if (line.norm.length === 0) return;
    if (previous && previous.norm === line.norm) drop.add(i);
    else if ((counts.get(line.norm) ?? 0) >= 2 && isCaptionShaped(line.norm) && (previous === null || endsSentence(previous.norm))) drop.add(i);
    previous = line;
  });
  return drop;
}

/** A 内容提要/摘要 line whose text the lead paragraph repeats. */
function repeatedSummaries(lines: Line[]): Set<number> {
  const drop = new Set<number>();
  lines.forEach((line, i) => {
    const summary = /^[【[]?(内容提要|内容摘要|提要|摘\s*要|核心提示)[】\]]?\s*[:：]\s*(.{12})/.exec(line.norm);
    const head = summary?.[2];
    if (head && lines.slice(i + 1).some((later) => later.norm.includes(head))) drop.add(i);
  });
  return drop;
}

/** A photo caption under a marker is a bare noun phrase: short, no clause punctuation, no colon. */
const MARKED_CAPTION_MAX = 24;
/** Text before the first marker that makes the page one article the photos illustrate. */
const ARTICLE_BEFORE = 50;

/**
 * "▲村集体经济发展研究会议" lines inside one article: photo captions, not items. They are told by
 * having no text of their own — each stands right above another marked line, a numbered part of
 * the article (二、…) or the end — while every marked line is caption-shaped and the article's
 * text comes first. A bulletin's ▲ items each have their report under them.
 */
function markedCaptions(lines: Line[]): Set<number> {
  const filled = lines.map((line, i) => ({ line, i })).filter(({ line }) => line.norm.length > 0);
  const marker = filled.map(({ line }) => leadingMarker(line.norm)).find((m) => m !== null);
  if (!marker) return new Set();
  const marked = filled.map((entry, at) => ({ ...entry, at })).filter(({ line }) => leadingMarker(line.norm) === marker);
  const first = marked[0];
  if (!first) return new Set();
  const textBefore = filled.slice(0, first.at).reduce((sum, { line }) => sum + visibleLength(line.norm), 0);
  if (textBefore < ARTICLE_BEFORE) return new Set();
  const captionShaped = (norm: string): boolean => {
    const text = afterMarker(norm);
    const length = visibleLength(text);
    return length >= 2 && length <= MARKED_CAPTION_MAX && !hasSentencePunctuation(text) && !/[：:]/.test(text);
  };
  const bare = ({ at }: { at: number }): boolean => {
    const next = filled[at + 1]?.line.norm;
    return next === undefined || leadingMarker(next) === marker || numberedHeading(next);
  };
  if (!marked.every((entry) => captionShaped(entry.line.norm) && bare(entry))) return new Set();
  return new Set(marked.map(({ i }) => i));
}

/** Lines to blank, read on the page as printed: breadcrumb lists, the tail, repeated summaries. */
export function furnitureRunsBefore(lines: Line[], page: boolean): Set<number> {
  const drop = new Set([...numberedBreadcrumbs(lines), ...repeatedSummaries(lines), ...markedCaptions(lines)]);
  // A bulletin's own boxes (相关链接, 声明) are content; only a web page ends in a tail.
  const tail = page ? tailStart(lines) : -1;
  if (tail >= 0) for (let i = tail; i < lines.length; i++) drop.add(i);
  return drop;
}

/** Blanks repeated lines once the rest of the furniture is gone (so repeats count as adjacent). */
export function dropRepeats(lines: Line[]): Line[] {
  const drop = repeats(lines);
  return blanked(lines, (_, i) => drop.has(i));
}
