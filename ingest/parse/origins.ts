/**
 * Where a report says it comes from, read off the page before its furniture is dropped: the value
 * of a 来源 line, a dateline (XX网讯 → XX网, 本网合肥讯 → 合肥), outlet names in credits
 * ("XX日报客户端记者 张三") and in the page header or trailer (XX融媒, 今日XX). The region resolver
 * reads places out of these, so each is kept short and as printed.
 */
import { findDateline } from './datelines.ts';
import { sliceRaw, type Line } from './lines.ts';
import { isOfficeName } from './offices.ts';
import { visibleLength } from './text.ts';
import { isCreditLine, isDatedMetaLine, isMetaLine, isOutletName, PAPER_CITATION } from './web-chrome.ts';

interface Found {
  index: number;
  at: number;
  text: string;
}

const SOURCE_FIELD = /(?:^|[\s|｜【[（(\d])(?:本文来源|文章来源|信息来源|来源|稿源|出处)\s*[:：丨|｜]\s*([^\s|｜丨【】[\]()（）:：,，。;；]+)/g;
const CLOSING_SOURCE = /[（(](?:本文来源|文章来源|信息来源|来源|稿源)\s*[:：]\s*([^（）()]{2,30})[）)]\s*$/;
/** A paragraph closing on the paper it was reprinted from: "…陪同调研。（《XX日报》2013年4月24日A01版）". */
const CLOSING_CITATION = /[（(]\s*《([^《》]{2,16}?)》\s*\d{4}年\d{1,2}月\d{1,2}日\s*(?:第\s*)?[A-Z]?\d{1,3}\s*版\s*[）)]\s*$/u;
/** Fields naming who wrote or issued the page: an office there is the contributor too. */
const ISSUER_FIELD = /(?:^|[\s|｜【[（(\d])(?:发布机构|发布单位|供稿单位|供稿|作者)\s*[:：丨|｜]\s*([^\s|｜丨【】[\]()（）:：,，。;；]+)/g;
/** A site's sponsor in its footer (主办单位：中共XX县委组织部, 版权所有：XX县融媒体中心): whose page it is. */
const SPONSOR_FIELD = /(?:^|[\s|｜【[（(©])(?:主办单位|主办|承办单位|承办|主管单位|主管|版权所有)\s*[:：丨|｜©]\s*([^\s|｜丨【】[\]()（）:：,，。;；]+)/g;
/** Footers run several fields on one line: longer than a meta line, still far short of a paragraph. */
const FOOTER_LINE_MAX = 200;
/** 来源 values that name no one: the site itself, the web, a reprint. */
const NOBODY = /^(本站|本网|本报|原创|网络|互联网|转载|综合|未知|佚名|其他|网友)$/;
/** What a 来源 value runs into when the page prints fields without spaces, and view counters. */
const VALUE_TAIL = /(作者|编辑|责编|责任编辑|发布时间|时间|日期|浏览次数|点击数|阅读量)$|\d+$/;
/** An outlet named before a credit word: "XX日报客户端记者", "XX报业全媒体记者". */
const CREDIT_OUTLET =
  /([\p{Script=Han}A-Za-z]{2,12}?(?:日报社|日报|晚报|报业|报社|报|网|电视台|客户端|融媒体中心|融媒|新闻社))(?:全媒体|融媒体|融媒|首席|特约|见习|实习)*(?:记者|通讯员)/gu;
/**
 * A bare place (来源：XX县, 发布机构：XX镇 — a town's or 苏木's own page) or an organization department's
 * own channel (XX组工, XX组微讯).
 */
const CONTRIBUTOR = /^\p{Script=Han}{2,10}(省|市|县|区|旗|州|盟|地区|镇|乡|苏木|街道)$|(组工|组微讯|组工微讯|组工网|组织部)$/u;

/**
 * A newspaper page's label naming its edition (A3：XX·乡镇, 第02版：XX新闻, B4版：XX): a county
 * paper's or a county edition's page, whose name is the place. Only the name is kept.
 */
const PAGE_LABEL = /^\s*(?:[A-Z]\d{1,2}\s*版?|第?\s*\d{1,2}\s*版)\s*[:：]\s*(\p{Script=Han}{2,6}?)(?=[*·•・_|｜\s—-]|新闻|要闻|综合|乡镇|$)/u;
/** Labels are short lines of the page's furniture. */
const PAGE_LABEL_LINE_MAX = 60;

export interface Origins {
  origins: string[];
  /** A 来源 value that names a contributor rather than a media outlet (来源：XX县, 来源：XX组工). */
  contributor: string | null;
}

function sourceValues(line: Line, found: Found[]): string[] {
  const values: string[] = [];
  // A sponsor says whose site it is, not who wrote the report: an origin, never the contributor.
  const add = (start: number, value: string, contributes = true): void => {
    let text = sliceRaw(line, start, start + value.length);
    while (VALUE_TAIL.test(text)) text = text.replace(VALUE_TAIL, '');
    if (visibleLength(text) >= 2 && !NOBODY.test(text)) {
      found.push({ index: line.index, at: start, text });
      if (contributes) values.push(text);
    }
  };
  if (visibleLength(line.norm) <= 80) {
    for (const match of line.norm.matchAll(SOURCE_FIELD)) {
      const value = match[1] as string;
      add(match.index + match[0].length - value.length, value);
    }
  }
  if (visibleLength(line.norm) <= 80) {
    for (const match of line.norm.matchAll(ISSUER_FIELD)) {
      const value = match[1] as string;
      // An issuing unit may be a bare place (发布机构 | XX镇); an author never is.
      const issuer = isOfficeName(value) || (!match[0].includes('作者') && CONTRIBUTOR.test(value));
      if (issuer) add(match.index + match[0].length - value.length, value);
    }
  }
  if (visibleLength(line.norm) <= FOOTER_LINE_MAX && !/[。；]/.test(line.norm)) {
    for (const match of line.norm.matchAll(SPONSOR_FIELD)) {
      const value = match[1] as string;
      add(match.index + match[0].length - value.length, value, false);
    }
  }
  const closing = CLOSING_SOURCE.exec(line.norm);
  if (closing) add(closing.index + closing[0].indexOf(closing[1] as string), (closing[1] as string).trim());
  const citation = CLOSING_CITATION.exec(line.norm);
  if (citation) add(citation.index + citation[0].indexOf(citation[1] as string), citation[1] as string, false);
  return values;
}

function creditOutlets(line: Line, found: Found[]): void {
  for (const match of line.norm.matchAll(CREDIT_OUTLET)) {
    const name = match[1] as string;
    if (!name.startsWith('本')) found.push({ index: line.index, at: match.index, text: sliceRaw(line, match.index, match.index + name.length) });
  }
}

/** Outlet names among the whitespace-separated fields of a dated line ("旅游 XX晚报 2022-09-19"). */
function fieldOutlets(line: Line, found: Found[]): void {
  let at = 0;
  for (const field of line.norm.split(/(\s+|[|｜])/)) {
    if (isOutletName(field)) found.push({ index: line.index, at, text: sliceRaw(line, at, at + field.length) });
    at += field.length;
  }
}

/**
 * Origins of a document. `printed` are its lines as printed, `outlets` the outlet-name lines the
 * page header and trailer hold, `consumed` the masthead's lines (a paper's name above its date).
 */
export function readOrigins(printed: Line[], outlets: Line[], consumed: Set<number>): Origins {
  const found: Found[] = outlets.map((line) => ({ index: line.index, at: 0, text: line.raw }));
  let contributor: string | null = null;
  for (const line of printed) {
    if (line.norm.length === 0) continue;
    for (const value of sourceValues(line, found)) {
      if (contributor === null && (isOfficeName(value) || CONTRIBUTOR.test(value.replace(/\s+/g, '')))) contributor = value.replace(/\s+/g, '');
    }
    const label = line.norm.length <= PAGE_LABEL_LINE_MAX ? PAGE_LABEL.exec(line.norm) : null;
    if (label) {
      const at = label[0].length - (label[1] as string).length;
      found.push({ index: line.index, at, text: sliceRaw(line, at, label[0].length) });
    }
    const citation = line.norm.length <= PAGE_LABEL_LINE_MAX ? PAPER_CITATION.exec(line.norm.trim()) : null;
    if (citation) {
      const at = line.norm.indexOf(citation[1] as string);
      found.push({ index: line.index, at, text: sliceRaw(line, at, at + (citation[1] as string).length) });
    }
    const dateline = findDateline(line.norm);
    if (dateline?.origin) {
      const at = line.norm.indexOf(dateline.origin);
      found.push({ index: line.index, at, text: sliceRaw(line, at, at + dateline.origin.length) });
    }
    // Credits and meta lines are short; the long lines of the body hold neither.
    if (line.norm.length > 100) continue;
    if (isCreditLine(line.norm)) creditOutlets(line, found);
    if (consumed.has(line.index) || isDatedMetaLine(line.norm) || isMetaLine(line.norm)) fieldOutlets(line, found);
  }
  found.sort((a, b) => a.index - b.index || a.at - b.at);
  const origins: string[] = [];
  const seen = new Set<string>();
  for (const { text } of found) {
    const key = text.replace(/\s+/g, '');
    if (!seen.has(key)) {
      seen.add(key);
      origins.push(key);
    }
  }
  return { origins, contributor };
}
