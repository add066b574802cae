/**
 * Page furniture: everything printed on the page that is not part of an item — distribution
 * lines, web footers, photo captions, page numbers, reporter credits, editor's marks. Dropped lines
 * become blank so paragraph breaks survive; the rules look at line shape, not at particular names.
 */
import { dropRepeats, furnitureRunsBefore } from './furniture-runs.ts';
import { blankLine, type Line } from './lines.ts';
import { isOfficeLine } from './offices.ts';
import { endsSentence, visibleLength } from './text.ts';
import { isWebChrome } from './web-chrome.ts';

const IMAGE_MARKDOWN = /!\[[^\]]*\]\([^)]*\)/g;
/** Web-page table rows leave runs of pipes behind ("… | ||||"). */
const TABLE_PIPES = /(\|\s*){2,}$|^\s*\|/;

/** Distribution and colophon lines: 报：/送：/发：/抄送：, 领导批示：, (共印 200 份). */
const DISTRIBUTION = /^(报|送|发|抄送|抄报|分送|印发|主送)\s*[:：]|^领导批示\s*[:：]?$|^[（(]?共印\s*\d+\s*份[）)]?$/;
/** Footer vocabulary of government and news websites. */
const WEB_FOOTER = /版权所有|copyright|©|举报电话|举报邮箱|许可证|icp|网监备|公网安备|网安备|主办单位|承办单位|技术支持|网站地图|网站标识码|关于我们|联系我们|建议使用.*浏览器/i;
/**
 * A newspaper's masthead as an e-paper page prints it above the article: who sponsors the paper, its
 * serial number and its tip-off line (中共XX市委主管主办 国内统一刊号: CN45-0003 爆料热线:…). The
 * sponsor named there is the paper's, never the report's subject.
 */
const NEWSPAPER_MASTHEAD = /主管主办|国内统一刊号|统一刊号\s*[:：]|\bCN\s?\d{2}\s?[-—－]\s?\d{4}|邮发代号|爆料热线|新闻热线|报料热线/i;
const WEB_CHROME = /【(打印|关闭|关闭窗口|返回顶部|字体|大|中|小)】|分享到|扫一扫|当前位置[:：]|^首页\s*[>›»]|[>›»]\s*正文$/;
/** Labelled meta lines of web articles and newspapers; their dates are read before this runs. */
const META_LABEL = /^[【[（(]?(来源|作者|发布时间|发布日期|发布者|浏览次数|点击数|阅读量|字号|责任编辑|编辑|责编|审核|审校|校对|初审|复审|终审|签发|核稿|撰稿|供稿|摄影|图片|文\/|图\/)\s*[:：/]/;
const REPORTER_CREDIT = /^(本报|本台|本刊|本网)?(特约|实习)?(记者|通讯员|实习生)\s*\S/;
const PAGE_NUMBER = /^([-—–－_\s]*\d{1,3}[-—–－_\s]*|第\s*\d+\s*页(\s*[,，]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|(第\s*[0-9一二三四五六七八九十]+|[A-Za-z]?\d{1,2})\s*版.{0,10})$/;
/** A credit line trailing its names: "■ 州委组织部/文 记者 张三/图", "李四/文", "王五/摄". */
const SLASH_CREDIT = /^[^\p{L}\p{N}]*[^，。；：:/\s][^，。；：:/]{1,20}\/\s*(?:文|图|摄)(?:\s+[^，。；：:/\s][^，。；：:/]{1,20}\/\s*(?:文|图|摄))*$/u;
const END_MARK = /^[（(](完|全文完|终)[）)]$/;
/** A newspaper's jump line: (上接1版), （下转第2版）, (转A3版), (接上页). */
const JUMP_LINE = /^[（(]?\s*(?:(?:上接|下转|转|接)\s*第?\s*[0-9０-９一二三四五六七八九十A-Za-z]{1,3}\s*[版页]|接上页|转下页)\s*[,，.。]?\s*[)）]?$/;
const PHOTO_CREDIT = /(供图|摄|摄影|图片来源\s*[:：].{0,20})$/;
const PHOTO_CAPTION_START = /^(图为|上图|下图|左图|右图|图\s*[:：])/;
/** A caption ending in what a photo shows: "XX村换届选举投票现场。", "…活动一角", "…合影留念。". */
const PHOTO_SUBJECT = /(现场|过程|场景|一角|合影|合影留念|瞬间|剪影|掠影|现场图)[。.]?$/;
/** A caption closed by its photo credit: "…现场。（本版图片由XX提供）", "…（XX供图）", "…（张三 摄）". */
const CAPTION_CREDIT = /[（(][^（）()]{0,30}(图片由|图片来源|供图|摄)[^（）()]{0,20}[）)]$|。\s*[\p{Script=Han}·]{2,4}\s*摄$/u;
/** Markup a page left in its text: "<img src=…>", "<br>", "</p>", and its spaces (&nbsp;). */
const HTML_TAG = /<\s*\/?\s*(?:img|br|p|div|span|a|font|strong|b|i|em|u|table|tbody|tr|td|th|section|iframe|video|audio|source|hr|input|script|style|meta|link|ul|ol|li|h[1-6]|center|sup|sub|figure|figcaption)\b[^<>]*(?:>|$)|&(?:nbsp|ensp|emsp|amp|quot|ldquo|rdquo|mdash|hellip);/gi;
/** Tags that break a page's lines: what a page copied with its markup printed on a line of its own. */
const BLOCK_TAG = /<\s*\/?\s*(?:img|br|p|div|table|tr|section|hr|ul|ol|li|h[1-6]|center|figure|figcaption|iframe|video)\b[^<>\n]*(?:>|$)/gim;

/** Text with the line-breaking tags a page left in it turned into line breaks (before lines are cut). */
export function breakAtTags(text: string): string {
  return text.includes('<') ? text.replace(BLOCK_TAG, '\n') : text;
}

/** A bare run of digits a page prints as an id or a counter ("0100702800100000…"). */
const DIGIT_RUN = /^\d{12,}$/;

/** True when a line (its simplified copy) is page furniture on its own. */
export function isFurnitureLine(norm: string): boolean {
  const text = norm.replace(IMAGE_MARKDOWN, '').trim();
  if (text.length === 0) return norm.length > 0;
  if (TABLE_PIPES.test(text) || /^[|\s]+$/.test(text)) return true;
  if (DISTRIBUTION.test(text) || PAGE_NUMBER.test(text) || END_MARK.test(text) || JUMP_LINE.test(text) || DIGIT_RUN.test(text)) return true;
  const length = visibleLength(text);
  if (length <= 120 && WEB_FOOTER.test(text) && !endsSentence(text)) return true;
  if (length <= 120 && NEWSPAPER_MASTHEAD.test(text) && !endsSentence(text)) return true;
  if (length <= 80 && WEB_CHROME.test(text)) return true;
  if (length <= 60 && META_LABEL.test(text)) return true;
  if (length <= 40 && REPORTER_CREDIT.test(text) && !/[。，；]/.test(text)) return true;
  if (length <= 50 && SLASH_CREDIT.test(text)) return true;
  if (length <= 60 && PHOTO_CAPTION_START.test(text)) return true;
  return isWebChrome(text);
}

function isPhotoCredit(norm: string): boolean {
  return visibleLength(norm) <= 30 && PHOTO_CREDIT.test(norm) && !/[。，；]/.test(norm);
}

/**
 * A photo caption: one short clause naming what the photo shows ("…唱票过程。"), or a short line
 * closed by the photo's credit ("…投票现场。（本版图片由XX提供）").
 */
export function isPhotoCaption(norm: string): boolean {
  const length = visibleLength(norm);
  if (length < 6 || length > 60) return false;
  if (CAPTION_CREDIT.test(norm)) return true;
  return length <= 40 && PHOTO_SUBJECT.test(norm) && !/[，,；;：:！？]/.test(norm) && (norm.match(/。/g) ?? []).length <= 1;
}

/** A short line that may be the caption above a credit: one sentence, no clause breaks. */
function isCaptionAbove(norm: string): boolean {
  return visibleLength(norm) <= 40 && !/[，,；;：:]/.test(norm);
}

/**
 * Blanks furniture lines. `page` (default) says the text is no bulletin with a masthead, so a
 * "相关新闻" tail ends it. A photo credit ("…供图", "记者 张三 摄") takes the caption printed right
 * above it along.
 */
export function dropFurniture(lines: Line[], options: { page?: boolean } = {}): Line[] {
  const runs = furnitureRunsBefore(lines, options.page ?? true);
  const out = lines.map((line, i) => (runs.has(i) ? blankLine(line.index) : stripInlineFurniture(line)));
  for (let i = 0; i < out.length; i++) {
    const line = out[i] as Line;
    if (line.raw.length === 0) continue;
    if (isOfficeLine(line.norm)) continue;
    if (isPhotoCredit(line.norm)) {
      out[i] = blankLine(line.index);
      const above = out[i - 1];
      if (above && above.raw.length > 0 && visibleLength(above.norm) <= 100) out[i - 1] = blankLine(above.index);
      continue;
    }
    if (line.norm.length <= 80 && isPhotoCaption(line.norm)) {
      out[i] = blankLine(line.index);
      if (CAPTION_CREDIT.test(line.norm)) for (const k of captionRowAfter(out, i)) out[k] = blankLine((out[k] as Line).index);
      // Captions of a row of photos stand one above the other, the credit closing the last.
      const above = out[i - 1];
      if (CAPTION_CREDIT.test(line.norm) && above && above.raw.length > 0 && isCaptionAbove(above.norm) && endsCaption(above.norm)) out[i - 1] = blankLine(above.index);
      continue;
    }
    if (isFurnitureLine(line.norm)) out[i] = blankLine(line.index);
  }
  return dropRepeats(out);
}

/** One short finished sentence, nothing quoted: what a photo of a row shows. */
function isRowCaption(norm: string): boolean {
  const text = norm.trim();
  return visibleLength(text) <= 50 && /。$/.test(text) && (text.match(/[。！？]/g) ?? []).length === 1 && !/[“”"：:]/.test(text);
}

/**
 * A row of photos whose first caption carries the credit ("…外景。张三摄") and the others none:
 * the caption lines right after it, up to a heading ("城市印象：") — never up to running text,
 * which a one-sentence lead paragraph could otherwise be mistaken for.
 */
function captionRowAfter(lines: Line[], at: number): number[] {
  const row: number[] = [];
  for (let k = at + 1; k < lines.length; k++) {
    const line = lines[k] as Line;
    if (line.raw.length === 0) continue;
    if (isRowCaption(line.norm)) {
      row.push(k);
      continue;
    }
    const heading = visibleLength(line.norm) <= 20 && !/[。！？，,]/.test(line.norm);
    return heading ? row : [];
  }
  return [];
}

/** A line that closes like a caption: a finished sentence or a bare noun phrase. */
function endsCaption(norm: string): boolean {
  return /[。.]$/.test(norm) || PHOTO_SUBJECT.test(norm);
}

/** Each pattern with a cheap test for lines that may hold it (this runs on every line). */
const INLINE_FURNITURE: { may: RegExp; pattern: RegExp }[] = [
  { may: /!\[/, pattern: IMAGE_MARKDOWN },
  { may: /[<&]/, pattern: HTML_TAG },
  // Mirror sites that convert scripts print a character's pinyin after it: 換屆(jiè), 活動(dòng).
  { may: /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/, pattern: /(?<=\p{Script=Han})[（(][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[）)]/gu },
  // A digital newspaper's metadata tail run into the last paragraph: "…时限。②3 2019-08-24 1 1XX日报
  // content_123.html 1标题/enpproperty-->" (page, date, counters, the page's file, the headline again).
  { may: /\.s?html?\b|enpproperty/i, pattern: /(?<=[。！？”）)])\s*[^。！？]{0,8}?\d{4}-\d{1,2}-\d{1,2}\s[^。！？]{0,60}?\.s?html?\b[^。！？]{0,60}$|\/?enpproperty\s*-->\s*$/gi },
  { may: /完[）)]\s*$/, pattern: /\s*[（(](完|全文完)[）)]\s*$/g },
  // A reporter's credit closing the text: "…。（记者 张三 通讯员 李四）".
  {
    may: /[）)]\s*$/,
    pattern: /(?<=[。！？”])\s*[（(](本报|本台|本网)?(特约|见习|实习)?(记者|通讯员|实习生|编辑)[^（）()]{1,30}[）)]\s*$/g,
  },
  // A summary label opening its text ("摘  要：<正>…"): the text stays, the label goes.
  { may: /^[【[]?[摘内提核]/, pattern: /^[【[]?(摘\s*要|内容提要|内容摘要|提要|核心提示)[】\]]?\s*[:：]\s*(<正>)?\s*/g },
  { may: /^<正>/, pattern: /^<正>\s*/g },
];

/**
 * Furniture printed inside a line: image markdown, a closing (完), a summary label. Found on the
 * simplified copy and cut at the same places from the printed text. (Datelines and their credits
 * stay here: an item without a headline is named by its first clause, dateline included.)
 */
export function stripInlineFurniture(line: Line): Line {
  let { raw, norm } = line;
  for (const { may, pattern } of INLINE_FURNITURE) {
    if (!may.test(norm)) continue;
    pattern.lastIndex = 0;
    const spans = [...norm.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length] as const).reverse();
    for (const [start, end] of spans) {
      raw = raw.length === norm.length ? raw.slice(0, start) + raw.slice(end) : norm.slice(0, start) + norm.slice(end);
      norm = norm.slice(0, start) + norm.slice(end);
    }
  }
  return { index: line.index, raw: raw.trim(), norm: norm.trim() };
}
