/**
 * Prints a planned bulletin as the text a PDF or Word conversion gives: masthead, the synthetic
 * marker, an optional table of contents, sections, items in one of the genre's layouts, line
 * wraps, PDF spaces, page numbers and the distribution lines at the foot.
 */
import type { ItemDraft } from './items.ts';
import { DISTRIBUTION_LINES, EDITOR_NAMES, SYNTHETIC_MARKER } from './phrases.ts';
import type { Random } from './random.ts';

/**
 * How items are introduced: △title。body (inline), □title on its own line, 一、title, a bare
 * "XX县：" headline line, or a headline signed by a byline line (中共XX县委组织部).
 */
export type ItemLayout = 'inline' | 'markerHeadline' | 'numbered' | 'placeHeadline' | 'bylined';

export interface SectionPlan {
  name: string;
  items: ItemDraft[];
}

export interface DocumentPlan {
  publication: string;
  issue: number;
  year: number;
  month: number;
  day: number;
  publisher: string;
  layout: ItemLayout;
  /** △ □ ■ for the marker layouts. */
  marker: string;
  /** Section headings printed as ★ 市内信息, 【市内信息】 or 市内信息. */
  sectionStyle: 'star' | 'bracket' | 'plain';
  sections: SectionPlan[];
  toc: boolean;
  /** Hard-wrap width in characters, or null for one line per paragraph. */
  wrapWidth: number | null;
  pdfSpaces: boolean;
}

/** Word documents pad the publisher and date apart with full-width spaces. */
const IDEOGRAPHIC_SPACE = '\u3000';
const CHINESE_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** 1 → 一, 12 → 十二, 28 → 二十八 (numbered headings and written-out dates). */
export function chineseNumber(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n] as string;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${ones === 0 ? '' : CHINESE_DIGITS[ones]}`;
}

function dateLine(plan: DocumentPlan, random: Random): string {
  const { year, month, day } = plan;
  if (plan.pdfSpaces) return `${year} 年 ${month} 月 ${day} 日`;
  if (random.chance(0.15)) {
    const writtenYear = [...String(year)].map((d) => CHINESE_DIGITS[Number(d)]).join('');
    return `${writtenYear}年${chineseNumber(month)}月${chineseNumber(day)}日`;
  }
  return `${year}年${month}月${day}日`;
}

function issueLine(plan: DocumentPlan, random: Random): string {
  if (plan.pdfSpaces) return `第 ${plan.issue} 期`;
  const roll = random.next();
  if (roll < 0.2) return `${plan.year}年第${plan.issue}期`;
  if (roll < 0.35) return `第${plan.issue}期（总第${plan.issue + 100 * (plan.year - 2010)}期）`;
  return `第${plan.issue}期`;
}

function masthead(plan: DocumentPlan, random: Random): string[] {
  const lines = [plan.publication, '', issueLine(plan, random), ''];
  const date = dateLine(plan, random);
  if (random.chance(0.3)) lines.push(`${plan.publisher}${IDEOGRAPHIC_SPACE.repeat(4)}${date}`);
  else lines.push(plan.publisher, '', date);
  // Printed under the masthead for readers; a 来源 line is page furniture to the parser.
  lines.push('', SYNTHETIC_MARKER, '');
  return lines;
}

function sectionHeading(name: string, style: DocumentPlan['sectionStyle']): string {
  if (style === 'star') return `★ ${name}`;
  return style === 'bracket' ? `【${name}】` : name;
}

/** Contents: ★ sections with their headlines and page numbers, long headlines wrapped in two. */
function tableOfContents(plan: DocumentPlan, random: Random): string[] {
  const lines = random.chance(0.5) ? ['本期要目', ''] : [];
  let page = 1;
  for (const section of plan.sections) {
    lines.push(`★ ${section.name}`);
    for (const item of section.items) {
      page += random.int(0, 2);
      const title = item.title;
      if (title.length > 22) lines.push(title.slice(0, 20), '', `${title.slice(20)} ${page}`, '');
      else lines.push(`${title}${random.chance(0.5) ? '……' : ' '}${page}`);
    }
  }
  lines.push('', '领导批示：', '', '');
  return lines;
}

const ALNUM = /[A-Za-z0-9.%]/;

/** Cuts a paragraph at the page width; never between two digits, which healing would space apart. */
export function wrapParagraph(text: string, width: number): string[] {
  const lines: string[] = [];
  let rest = text;
  while (rest.length > width) {
    let cut = width;
    while (cut > width / 2 && ALNUM.test(rest[cut - 1] ?? '') && ALNUM.test(rest[cut] ?? '')) cut--;
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest.length > 0) lines.push(rest);
  return lines;
}

/** One break inside a sentence, sometimes with a blank line between the halves. */
function breakMidSentence(text: string, from: number, random: Random): string[] {
  const start = Math.max(from, 45);
  if (text.length < start + 20) return [text];
  for (let tries = 0; tries < 8; tries++) {
    const at = random.int(start, text.length - 10);
    const before = text[at - 1] ?? '';
    const after = text[at] ?? '';
    if (/[。！？；：]/.test(before) || /[，。、；！？）”]/.test(after) || (ALNUM.test(before) && ALNUM.test(after))) continue;
    if (!/[，、]/.test(text.slice(0, at))) continue;
    return random.chance(0.3) ? [text.slice(0, at), '', text.slice(at)] : [text.slice(0, at), text.slice(at)];
  }
  return [text];
}

function isCommonHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return code >= 0x4e00 && code <= 0x9fff;
}

/** Spaces PDF extraction leaves between Chinese characters, one every 30–100 characters. */
function addPdfSpaces(text: string, random: Random): string {
  let out = '';
  let from = 0;
  let at = random.int(20, 100);
  while (at < text.length - 1) {
    if (isCommonHan(text[at - 1]) && isCommonHan(text[at])) {
      out += `${text.slice(from, at)} `;
      from = at;
      at += random.int(30, 100);
    } else at++;
  }
  return out + text.slice(from);
}

/** The printed lines of one paragraph; `keep` characters at the start are never broken. */
function printParagraph(text: string, plan: DocumentPlan, random: Random, keep = 0): string[] {
  if (plan.wrapWidth !== null) {
    const lines = wrapParagraph(text, plan.wrapWidth);
    // A page break inside a paragraph: the page number stands between the halves.
    if (lines.length > 3 && random.chance(0.08)) lines.splice(2, 0, '', `- ${random.int(2, 9)} -`, '');
    return lines;
  }
  return random.chance(0.12) ? breakMidSentence(text, keep + 10, random) : [text];
}

function itemLines(item: ItemDraft, ordinal: number, plan: DocumentPlan, random: Random): string[] {
  const paragraphs = item.paragraphs.map((text) => (plan.pdfSpaces ? addPdfSpaces(text, random) : text));
  const trailingOffice = plan.layout !== 'bylined' && random.chance(0.4);
  if (trailingOffice) {
    const last = paragraphs.length - 1;
    // Wrapped text gets it on a line of its own, so a wrap never cuts the parenthesis apart.
    const ownLine = plan.wrapWidth !== null || random.chance(0.5);
    paragraphs[last] = `${paragraphs[last]}${ownLine ? '\n' : ''}（${item.office}）`;
  }
  const lines: string[] = [];
  const body = (from: number): void => {
    for (const paragraph of paragraphs.slice(from)) {
      for (const part of paragraph.split('\n')) lines.push(...printParagraph(part, plan, random));
    }
  };
  switch (plan.layout) {
    case 'inline': {
      const head = `${plan.marker}${item.title}。`;
      const [first = '', ...more] = `${head}${paragraphs[0]}`.split('\n');
      lines.push(...printParagraph(first, plan, random, head.length), ...more);
      body(1);
      break;
    }
    case 'markerHeadline':
      lines.push(`${plan.marker}${item.title}`);
      body(0);
      break;
    case 'numbered':
      lines.push(`${chineseNumber(ordinal)}、${item.title}`);
      body(0);
      break;
    case 'placeHeadline':
      lines.push(item.title);
      body(0);
      break;
    case 'bylined':
      lines.push(item.title, random.chance(0.3) ? `■${item.office}` : item.office, '');
      body(0);
      break;
  }
  return lines;
}

function footer(random: Random): string[] {
  const lines = [''];
  if (random.chance(0.5)) lines.push(`责任编辑：${random.pick(EDITOR_NAMES)}`);
  for (const line of DISTRIBUTION_LINES) if (random.chance(0.8)) lines.push(line);
  lines.push(`（共印 ${random.int(4, 30) * 10} 份）`);
  return lines;
}

/** The whole bulletin as text (LF line ends, ending with a newline). */
export function printDocument(plan: DocumentPlan, random: Random): string {
  const lines = masthead(plan, random);
  if (plan.toc) lines.push(...tableOfContents(plan, random));
  for (const section of plan.sections) {
    if (section.name) lines.push('', sectionHeading(section.name, plan.sectionStyle), '');
    section.items.forEach((item, i) => {
      lines.push(...itemLines(item, i + 1, plan, random), '');
      if (random.chance(0.1)) lines.push(`- ${random.int(2, 12)} -`, '');
    });
  }
  lines.push(...footer(random));
  return `${lines.join('\n')}\n`;
}
