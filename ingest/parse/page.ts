/**
 * The page around a single web or newspaper article. Its headline is printed right above the meta
 * line (date, 来源, byline credit); what is printed above the headline is page header (slogans,
 * channel names, site banners) and an outlet's name standing alone in the header or after the last
 * paragraph is furniture too. A date printed before the headline ("10.23 标题") is not part of it.
 */
import { blankLine, type Line, sliceRaw } from './lines.ts';
import { isPersonsByline } from './offices.ts';
import { endsSentence, visibleLength } from './text.ts';
import { bannerOutlet, isCreditLine, isDatedMetaLine, isMetaLine, isOutletName, originalTitle } from './web-chrome.ts';

export interface Page {
  lines: Line[];
  /** Outlet names standing alone in the header or the trailer, in page order. */
  outlets: Line[];
}

/** How far down the header may reach: a portal page can print dozens of short menu and link lines first. */
const HEADER_LINES = 60;
/** Header lines are short; a longer one is text and is never dropped as header. */
const HEADER_LINE_MAX = 40;
const DATE_PREFIX = /^\d{1,2}\s*[.\-/]\s*\d{1,2}\s+(?=\p{Script=Han})/u;

/** A line of running text (the article has begun). */
function isParagraph(norm: string): boolean {
  return visibleLength(norm) > 50 && /[，。,；]/.test(norm);
}

function isMeta(line: Line, consumed: Set<number>): boolean {
  return consumed.has(line.index) || isMetaLine(line.norm) || isDatedMetaLine(line.norm) || isCreditLine(line.norm);
}

/** Position (in `printed`) of the first meta line of the header, or -1. */
function firstMetaLine(printed: Line[], consumed: Set<number>): number {
  let seen = 0;
  for (let i = 0; i < printed.length && seen < HEADER_LINES; i++) {
    const line = printed[i] as Line;
    if (line.raw.length === 0) continue;
    if (isParagraph(line.norm)) return -1;
    if (isMeta(line, consumed)) return i;
    seen++;
  }
  return -1;
}

/** A page title copied with its site: "标题_XX新闻网", "标题 - XX县人民政府". */
const SITE_TITLE = /^(.{4,60}?)\s*(?:_|\s[-—|｜]\s|[|｜])\s*([^_|｜\s]{2,24})$/;

function splitSiteTitle(line: Line): { title: Line; site: Line } | null {
  const match = SITE_TITLE.exec(line.norm);
  if (!match || !isOutletName(match[2] as string)) return null;
  const head = match[1] as string;
  const siteAt = match[0].length - (match[2] as string).length;
  return {
    title: { index: line.index, raw: sliceRaw(line, 0, head.length).trim(), norm: head.trim() },
    site: { index: line.index, raw: sliceRaw(line, siteAt), norm: match[2] as string },
  };
}

/**
 * A WeChat copy that lost its line breaks: the account, the posting time and the poster's
 * province (IP 属地) run into the text — "XX组工2025年12月18日17:12江苏在XX区…".
 */
const GLUED_ACCOUNT_HEADER = new RegExp(
  '^([\\p{Script=Han}A-Za-z]{2,16}?)\\s*\\d{4}年\\d{1,2}月\\d{1,2}日\\s*\\d{1,2}:\\d{2}\\s*' +
  '(?:(?:北京|天津|上海|重庆|河北|山西|内蒙古|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|香港|澳门|台湾)(?![省市区县委人政党]))?\\s*',
  'u',
);

function splitGluedAccountHeader(line: Line): { text: Line; account: Line } | null {
  const match = GLUED_ACCOUNT_HEADER.exec(line.norm);
  const account = match?.[1];
  if (!match || !account || match[0].length >= line.norm.length) return null;
  return {
    text: { index: line.index, raw: sliceRaw(line, match[0].length).trim(), norm: line.norm.slice(match[0].length).trim() },
    account: { index: line.index, raw: sliceRaw(line, 0, account.length), norm: account },
  };
}

/** Account and channel names are short: "XX组工", "XX先锋", "XX发布". */
function isNameLike(norm: string): boolean {
  return isOutletName(norm) || (visibleLength(norm) <= 10 && /(组工|组微讯|微讯|先锋|党建|发布|之窗)$/.test(norm)) || visibleLength(norm) <= 6;
}

/** The first line after the meta line is a headline, with text after it. */
function headlineBelow(lines: Line[], meta: number): boolean {
  const after = lines.slice(meta + 1).filter((line) => line.raw.length > 0 && !isOutletName(line.norm));
  const [first, second] = after;
  if (!first || !second) return false;
  const length = visibleLength(first.norm);
  return length >= 4 && length <= HEADER_LINE_MAX && !endsSentence(first.norm) && !/[。；;]/.test(first.norm);
}

/** A date label with its date (and time) printed inside a line: "…落幕时间:2021-12-20 百舸争流…". */
const RUN_IN_DATE = /(发布时间|发布日期|发表时间|时间|日期)\s*[:：]\s*(\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?)(\s*\d{1,2}:\d{2}(:\d{2})?)?\s*/;
/** How many of the first lines may run a headline into its date. */
const RUN_IN_LINES = 12;

/**
 * A page copied without its line breaks runs the headline, its date field and the first paragraph
 * into one line ("XX:2021年度…圆满落幕时间:2021-12-20百舸争流…"): the line is cut into the headline,
 * the date line and the text, each standing apart. Lines are numbered afresh.
 */
export function splitRunInDate(lines: Line[]): Line[] {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < RUN_IN_LINES; i++) {
    const line = lines[i] as Line;
    if (line.raw.length === 0) continue;
    seen++;
    if (!/[间期]\s*[:：]\s*\d{4}/.test(line.norm)) continue;
    const match = RUN_IN_DATE.exec(line.norm);
    if (!match || match.index === 0) continue;
    const head = line.norm.slice(0, match.index).trim();
    const length = visibleLength(head);
    if (length < 4 || length > HEADER_LINE_MAX || /[。；，,]/.test(head) || isMetaLine(head) || isDatedMetaLine(head)) continue;
    const end = match.index + match[0].length;
    const pieces = [sliceRaw(line, 0, match.index), sliceRaw(line, match.index, end), sliceRaw(line, end)];
    const norms = [head, line.norm.slice(match.index, end), line.norm.slice(end)];
    const parts: Line[] = [];
    pieces.forEach((raw, k) => {
      if (raw.trim().length === 0) return;
      if (parts.length > 0) parts.push(blankLine(0));
      parts.push({ index: 0, raw: raw.trim(), norm: (norms[k] as string).trim() });
    });
    const out = [...lines.slice(0, i), ...parts, ...lines.slice(i + 1)];
    return out.map((entry, index) => ({ ...entry, index }));
  }
  return lines;
}

function withoutDatePrefix(line: Line): Line {
  const prefix = DATE_PREFIX.exec(line.norm);
  if (!prefix || visibleLength(line.norm) > HEADER_LINE_MAX) return line;
  const source = line.raw.length === line.norm.length ? line.raw : line.norm;
  return { index: line.index, raw: source.slice(prefix[0].length), norm: line.norm.slice(prefix[0].length) };
}

/**
 * Reads the page of a report without a bulletin masthead. `printed` are the lines as printed,
 * `cleaned` the same lines with furniture blanked, `consumed` the masthead's (date) lines.
 */
export function readPage(printed: Line[], cleaned: Line[], consumed: Set<number>): Page {
  const lines = [...cleaned];
  const outlets: Line[] = [];
  const drop = (i: number): void => {
    lines[i] = blankLine((lines[i] as Line).index);
  };
  const filled = (i: number): boolean => (lines[i] as Line).raw.length > 0;

  // The page's own title line: its site is an origin, its headline is printed again below or stands.
  const top = lines.findIndex((line) => line.raw.length > 0);
  const glued = top >= 0 ? splitGluedAccountHeader(lines[top] as Line) : null;
  if (glued) {
    outlets.push(glued.account);
    lines[top] = glued.text;
  }
  const siteTitle = top >= 0 && !glued ? splitSiteTitle(lines[top] as Line) : null;
  if (siteTitle) {
    outlets.push(siteTitle.site);
    lines[top] = siteTitle.title;
    const next = lines.findIndex((line, i) => i > top && line.raw.length > 0);
    if (next >= 0 && (lines[next] as Line).norm === siteTitle.title.norm) drop(next);
  }

  const meta = firstMetaLine(printed, consumed);
  let headline = -1;
  if (meta >= 0) {
    const above = [...Array(meta).keys()].filter(filled).reverse();
    headline = above.find((i) => !isOutletName((lines[i] as Line).norm)) ?? -1;
    // A finished sentence above the meta line is text: that meta line closes the article instead.
    if (headline >= 0 && endsSentence((lines[headline] as Line).norm)) return finishPage(lines, outlets, -1);
    // A channel or account name above the meta line, the headline printed below it (WeChat copies).
    if (headline >= 0 && isNameLike((lines[headline] as Line).norm) && headlineBelow(lines, meta)) {
      outlets.push(printed[headline] as Line);
      headline = -1;
    }
    // A byline of persons (张小红, 王明 记者 李 华) printed over the meta line: the headline is above it.
    const overByline = above[above.indexOf(headline) + 1];
    if (headline >= 0 && overByline !== undefined && isPersonsByline((lines[headline] as Line).norm)) headline = overByline;
    // A subtitle ("——XX纪实") under its headline keeps the headline; so does a subtitle under a
    // headline the page also printed as its title on top.
    const upper = above[above.indexOf(headline) + 1];
    if (headline >= 0 && /^[—－-]{1,2}/.test((lines[headline] as Line).norm) && upper !== undefined) headline = upper;
    else if (headline >= 0 && upper !== undefined && upper !== top && (lines[upper] as Line).norm === (lines[top] as Line | undefined)?.norm) headline = upper;
    // A kicker (引题) printed over the headline and ending on its dash ("XX市以党建引领乡村治理——")
    // leads into the headline: it is read as the headline's first part, not dropped with the header.
    const kicker = headline >= 0 ? above[above.indexOf(headline) + 1] : undefined;
    if (headline >= 0 && kicker !== undefined && KICKER.test((lines[kicker] as Line).norm)) {
      lines[headline] = withKicker(lines[kicker] as Line, lines[headline] as Line);
    }
    // A two-line headline (主题 over 副题): the 原标题 line under the meta names the upper line, which
    // is then the headline's first part, not page header ("以党建为统领 助力乡村振兴" over "X市加快…").
    const first = headline >= 0 ? above[above.indexOf(headline) + 1] : undefined;
    const original = originalTitleAfter(printed, meta);
    if (headline >= 0 && first !== undefined && original !== null && squeeze((lines[first] as Line).norm) === squeeze(original)) {
      lines[headline] = withKicker(lines[first] as Line, lines[headline] as Line);
    }
    for (const i of above) {
      if (i === headline) continue;
      const line = lines[i] as Line;
      if (isOutletName(line.norm)) outlets.push(printed[i] as Line);
      const banner = bannerOutlet(line.norm);
      if (banner !== null) outlets.push({ index: line.index, raw: banner, norm: banner });
      if (i > headline || visibleLength(line.norm) <= HEADER_LINE_MAX) drop(i);
    }
    // Outlet names between the meta line and the first paragraph ("XX报网 / 微信公众号").
    for (let i = meta + 1; i < lines.length && !isParagraph((lines[i] as Line).norm); i++) {
      if (filled(i) && isOutletName((lines[i] as Line).norm)) {
        outlets.push(printed[i] as Line);
        drop(i);
      }
    }
  }
  if (meta < 0) dropLeadingOutlets(lines, printed, outlets);
  return finishPage(lines, outlets, headline);
}

const squeeze = (text: string): string => text.replace(/\s+/g, '');

/** The 原标题 printed within a few lines after the meta line, or null. */
function originalTitleAfter(printed: Line[], meta: number): string | null {
  const after = printed.slice(meta + 1).filter((line) => line.raw.length > 0).slice(0, 4);
  for (const line of after) {
    const title = originalTitle(line.norm);
    if (title !== null) return title;
  }
  return null;
}

/** With no meta line, outlet names opening the page ("XX网-YY频道") are its header, not a headline. */
function dropLeadingOutlets(lines: Line[], printed: Line[], outlets: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.raw.length === 0) continue;
    if (!isOutletName(line.norm)) return;
    outlets.push(printed[i] as Line);
    lines[i] = blankLine(line.index);
  }
}

/** A kicker line: a short phrase closed by a dash, nothing after it (…推动干部人才培养——). */
const KICKER_DASH = /\s*(?:——|－－|--)\s*$/;
const KICKER = /^[^。！？!?]{4,40}?(?:——|－－|--)\s*$/;

/** The headline read with the kicker printed over it, the kicker's closing dash removed. */
function withKicker(kicker: Line, headline: Line): Line {
  const strip = (text: string): string => text.trim().replace(KICKER_DASH, '');
  return { index: headline.index, raw: `${strip(kicker.raw)} ${headline.raw.trim()}`, norm: `${strip(kicker.norm)} ${headline.norm.trim()}` };
}

/** The headline loses a printed date; outlet names after the last paragraph go to the outlets. */
function finishPage(lines: Line[], outlets: Line[], headline: number): Page {
  let first = headline >= 0 ? headline : lines.findIndex((line) => line.raw.length > 0);
  // A page opening on a kicker (…——) over a short headline line: the two are the headline.
  if (headline < 0 && first >= 0 && KICKER.test((lines[first] as Line).norm)) {
    const next = lines.findIndex((line, i) => i > first && line.raw.length > 0);
    const main = next >= 0 ? (lines[next] as Line) : undefined;
    if (main && visibleLength(main.norm) <= HEADER_LINE_MAX && !endsSentence(main.norm)) {
      lines[next] = withKicker(lines[first] as Line, main);
      lines[first] = blankLine((lines[first] as Line).index);
      first = next;
    }
  }
  if (first >= 0) lines[first] = withoutDatePrefix(lines[first] as Line);

  // The trailer: outlet names after the last paragraph.
  let last = lines.length - 1;
  while (last >= 0 && !isParagraph((lines[last] as Line).norm)) last--;
  for (let i = last + 1; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.raw.length > 0 && isOutletName(line.norm)) {
      outlets.push(line);
      lines[i] = blankLine(line.index);
    }
  }
  return { lines, outlets: outlets.sort((a, b) => a.index - b.index) };
}
