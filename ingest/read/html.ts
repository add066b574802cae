/**
 * A saved web page → the article's text. Government pages wrap one article in navigation, banners,
 * breadcrumbs, share buttons and footers; the article is the element holding the most Chinese
 * text in paragraphs. Its block elements become lines; its headline and publication time, which
 * usually sit just outside it, are put in front. Many such pages are GBK: the charset comes from
 * the bytes and the page's <meta>.
 */
import { HTMLElement, NodeType, parse } from 'node-html-parser';
import type { Node } from 'node-html-parser';
import { createError } from '../../errors/catalogue.ts';
import { decodeText, looksBinary } from './decode.ts';
import type { ReadResult } from './reader.ts';

export async function readHtml(bytes: Uint8Array, file: string): Promise<ReadResult> {
  const { text, encoding } = decodeHtmlBytes(bytes);
  if (looksBinary(text)) throw createError('INPUT_UNREADABLE', file, 'binary content, not a web page / 二进制内容，不是网页');
  return { text: htmlToArticleText(text), encoding };
}

/** Declared charsets that mean GBK in practice, as browsers treat them. */
const GB_LABELS = /^(gb2312|gbk|x-gbk|gb18030|cp936|windows-936|euc-cn|hz-gb-2312)$/i;

/**
 * Bytes of a page → its text. Valid UTF-8 (or a BOM) wins over the declaration, which pages
 * copied between systems often get wrong; otherwise the declared charset, else GB18030.
 */
export function decodeHtmlBytes(bytes: Uint8Array): { text: string; encoding: string } {
  const detected = decodeText(bytes);
  if (detected.encoding !== 'gb18030') return detected;
  const declared = declaredCharset(bytes);
  if (declared && !GB_LABELS.test(declared) && !/^utf-?8$/i.test(declared)) {
    try {
      return { text: new TextDecoder(declared).decode(bytes), encoding: declared.toLowerCase() };
    } catch {
      // Unknown label: fall through to the detected encoding.
    }
  }
  return detected;
}

export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

/** Never article text. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'select', 'button', 'nav', 'aside', 'head', 'object', 'embed', 'textarea']);
/** Elements that start a new line. */
const BLOCKS = new Set(['p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'main', 'table', 'blockquote', 'ul', 'ol', 'dl', 'dd', 'dt', 'pre', 'hr', 'header', 'footer', 'center', 'figure', 'figcaption', 'caption', 'form', 'tbody', 'thead', 'address']);
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;
const countHan = (text: string): number => text.match(HAN)?.length ?? 0;
const DATE_LINE = /(?:发布|發布|发稿|發稿|更新|成文)?(?:时间|時間|日期)\s*[:：]\s*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)/;

export function htmlToArticleText(html: string): string {
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true, noscript: true, pre: true } });
  for (const tag of DROPPED) for (const element of root.querySelectorAll(tag)) element.remove();
  // Page-level headers and footers (site banner, copyright) go; an article's own <header> stays.
  for (const tag of ['header', 'footer']) {
    for (const element of root.querySelectorAll(tag)) if (!element.closest('article')) element.remove();
  }
  const body = root.querySelector('body') ?? root;
  const article = findArticle(body);
  const lines = blockText(article).split('\n').map((line) => line.replace(/[ \t\u00a0\u3000]+/g, ' ').trim());
  const front: string[] = [];
  const headline = article.querySelector('h1, h2') ? null : headlineBefore(body, article) ?? pageTitle(root);
  if (headline && !lines.some((line) => line.includes(headline))) front.push(headline);
  const date = DATE_LINE.exec(body.text)?.[0];
  if (date && !lines.some((line) => DATE_LINE.test(line))) front.push(date.trim());
  return collapse([...front, '', ...lines]).join('\n').trim();
}

/** The element whose paragraphs hold the most Chinese text (a paragraph counts for its parent, half for the grandparent). */
function findArticle(body: HTMLElement): HTMLElement {
  const scores = new Map<HTMLElement, number>();
  const add = (element: HTMLElement | null, score: number): void => {
    if (element) scores.set(element, (scores.get(element) ?? 0) + score);
  };
  for (const element of body.querySelectorAll('*')) {
    const tag = element.rawTagName?.toLowerCase();
    // Pages without <p> put the text straight into a <div> or <td>, lines split by <br>.
    const own = tag === 'p' ? countHan(element.text) : countHan(ownText(element));
    if (own < 10) continue;
    const container = tag === 'p' ? element.parentNode : element;
    add(container, own);
    add(container?.parentNode ?? null, own / 2);
  }
  let best: HTMLElement = body;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) [best, bestScore] = [element, score];
  }
  return best;
}

function ownText(element: HTMLElement): string {
  return element.childNodes.filter((node) => node.nodeType === NodeType.TEXT_NODE).map((node) => node.text).join('');
}

/** The text of an element, a line per block, table cells separated by spaces. */
function blockText(node: Node): string {
  if (node.nodeType === NodeType.TEXT_NODE) return node.text.replace(/\s*\n\s*/g, ' ');
  if (!(node instanceof HTMLElement)) return '';
  const tag = node.rawTagName?.toLowerCase() ?? '';
  if (tag === 'br') return '\n';
  const inner = node.childNodes.map(blockText).join('');
  if (tag === 'td' || tag === 'th') return ` ${inner} `;
  return BLOCKS.has(tag) ? `\n${inner}\n` : inner;
}

/** The last heading-like element before the article in document order, outside it. */
function headlineBefore(body: HTMLElement, article: HTMLElement): string | null {
  let found: string | null = null;
  for (const element of body.querySelectorAll('*')) {
    if (element === article) break;
    const tag = element.rawTagName?.toLowerCase() ?? '';
    const looksLikeTitle = /^h[1-3]$/.test(tag) || /(^|[\s_-])(title|biaoti|bt|tit)([\s_-]|$)/i.test(`${element.classNames} ${element.id}`);
    if (!looksLikeTitle) continue;
    const text = element.text.replace(/\s+/g, ' ').trim();
    if (countHan(text) >= 4 && text.length <= 80) found = text;
  }
  return found;
}

/** <title> usually reads "headline - site name": the part with the most Chinese. */
function pageTitle(root: HTMLElement): string | null {
  const title = root.querySelector('title')?.text.trim();
  if (!title) return null;
  const parts = title.split(/\s*[-_|–—]{1,2}\s*/).sort((a, b) => countHan(b) - countHan(a));
  return parts[0] && countHan(parts[0]) >= 4 ? parts[0] : null;
}

function collapse(lines: string[]): string[] {
  return lines.filter((line, index) => line !== '' || (index > 0 && lines[index - 1] !== ''));
}
