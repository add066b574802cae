/**
 * Shapes of structural lines: item markers (△ □ ■ ◆ ▲), section headings (★ 市内信息,
 * 【组织工作动态】), headlines, numbered parts (一、) and "place：" headlines.
 */
import { endsSentence, hasSentencePunctuation, visibleLength } from './text.ts';

/** Characters that open a bulletin item; a document uses one of them for its top-level items. */
export const ITEM_MARKERS = ['△', '▲', '□', '■', '◆', '◇', '●', '◎'] as const;

export function leadingMarker(norm: string): string | null {
  const first = norm.trimStart()[0];
  return first !== undefined && (ITEM_MARKERS as readonly string[]).includes(first) ? first : null;
}

/** The text after an item marker. */
export function afterMarker(text: string): string {
  return text.trimStart().slice(1).trimStart();
}

const SECTION_DECORATION = /^[★☆]\s*/;
const SECTION_BRACKETS = /^[【〖［[]\s*(.+?)\s*[】〗］\]]$/;

export interface SectionCandidate {
  /** Name as printed, decoration and spaces removed. */
  name: string;
  /** Printed with ★ or in 【】: a section heading even without items right after it. */
  decorated: boolean;
}

/** A short all-Chinese line that could head a section ("市内信息", "【组织工作动态】", "★ 市外参考"). */
export function sectionCandidate(raw: string, norm: string): SectionCandidate | null {
  let text = raw.trim();
  let check = norm.trim();
  let decorated = false;
  if (SECTION_DECORATION.test(check)) {
    decorated = true;
    text = text.replace(SECTION_DECORATION, '');
    check = check.replace(SECTION_DECORATION, '');
  }
  const bracketed = SECTION_BRACKETS.exec(check);
  if (bracketed) {
    decorated = true;
    text = SECTION_BRACKETS.exec(text)?.[1] ?? (bracketed[1] as string);
    check = bracketed[1] as string;
  }
  const compact = check.replace(/\s+/g, '');
  if (compact.length < 2 || compact.length > 12 || !/^[\p{Script=Han}·]+$/u.test(compact)) return null;
  return { name: text.replace(/\s+/g, ''), decorated };
}

/** Lines that open a printed table of contents. */
export function isTocHeader(norm: string): boolean {
  return /^(目\s*录|本期要目|本期目录|要\s*目|本期导读|导\s*读)$/.test(norm.trim());
}

/** A strict heading: short, no clause punctuation, not a finished sentence ("聚焦精准选配 注重人岗相适"). */
export function looksLikeHeading(norm: string, maxLength: number): boolean {
  const length = visibleLength(norm);
  return length >= 2 && length <= maxLength && !endsSentence(norm) && !hasSentencePunctuation(norm);
}

/** A lenient headline: short and not a finished sentence; commas allowed ("寿县：创建…，服务…"). */
export function canBeHeadline(norm: string, maxLength: number): boolean {
  const length = visibleLength(norm);
  return length >= 4 && length <= maxLength && !endsSentence(norm) && !/[。；;]/.test(norm);
}

/** "一、" "二、" …: parts of an article, or items when each names a place. */
export function numberedHeading(norm: string): boolean {
  return /^[一二三四五六七八九十]{1,3}[、.．]/.test(norm.trim());
}

/** Text without its "一、" or "（一）" numbering. */
export function withoutNumbering(text: string): string {
  return text.trim().replace(/^([一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])\s*/, '');
}

/** Starts with a place and a colon: "望江县：", "山西省大同市：", "四川省广安市广安区：". */
export function startsWithPlace(norm: string): boolean {
  return /^[\p{Script=Han}]{1,14}?(省|市|县|区|旗|州|盟|镇|乡|街道|社区|村)\s*[：:；]/u.test(norm.trim());
}

/**
 * A column entry's headline led by its place and a dash: "XX省XX县——标题", "XX市XX农场——标题"
 * (刊网互动, 各地经验 columns). The place opens with a county-level or higher name; a unit inside it
 * (农场, 镇, 街道) may follow before the dash.
 */
export function startsWithPlaceDash(norm: string): boolean {
  return /^[\p{Script=Han}]{1,14}?(省|市|县|区|旗|州|盟)[\p{Script=Han}]{0,10}?\s*(——|－－|--|—)\s*[^—－\-\s]/u.test(norm.trim());
}

/** Starts with a county-level or higher place and a colon: items rather than examples inside one. */
export function startsWithCountyOrAbove(norm: string): boolean {
  return /^[\p{Script=Han}]{1,14}?(省|市|县|区|旗|州|盟)\s*[：:]/u.test(norm.trim());
}
