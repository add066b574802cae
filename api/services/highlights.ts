/**
 * Snippets of the passages that earned a hit, with the query's terms wrapped in <em>…</em>.
 * Terms are found on normalised text (simplified, no PDF spaces) and mapped back, so 單元長 and
 * "单 元 长" are marked too; everything outside the marks is HTML-escaped.
 */
import { normalizeWithOffsets } from '../../language/segment/chinese-text.ts';
import type { Highlight } from './types.ts';

export interface HighlightOptions {
  /** Characters of passage text per snippet. */
  maxChars?: number;
  /** Snippets per hit. */
  maxSnippets?: number;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

interface Span {
  start: number;
  end: number;
}

/** Non-overlapping spans of the terms in the original text, longest term first at each position. */
export function findTermSpans(text: string, terms: string[]): Span[] {
  const normalized = normalizeWithOffsets(text, { dropQuotes: false });
  const wanted = [...new Set(terms.map((term) => normalizeWithOffsets(term, { dropQuotes: true }).text).filter((term) => term.length > 0))]
    .sort((a, b) => b.length - a.length);
  const spans: Span[] = [];
  let index = 0;
  while (index < normalized.text.length) {
    const term = wanted.find((candidate) => normalized.text.startsWith(candidate, index));
    if (term === undefined) {
      index += 1;
      continue;
    }
    const start = normalized.origin[index] ?? 0;
    const end = (normalized.origin[index + term.length - 1] ?? start) + 1;
    spans.push({ start, end });
    index += term.length;
  }
  return spans;
}

/** One snippet: a window of the text around its first marked term, marks applied, rest escaped. */
export function snippet(text: string, terms: string[], maxChars = 120): string {
  const spans = findTermSpans(text, terms);
  const first = spans[0];
  // Start a little before the first term so it is read in its sentence.
  const from = first === undefined || text.length <= maxChars ? 0 : Math.max(0, Math.min(first.start - Math.floor(maxChars / 6), text.length - maxChars));
  const to = Math.min(text.length, from + maxChars);
  let html = from > 0 ? '…' : '';
  let cursor = from;
  for (const span of spans) {
    if (span.start < from || span.end > to) continue;
    html += escapeHtml(text.slice(cursor, span.start)) + `<em>${escapeHtml(text.slice(span.start, span.end))}</em>`;
    cursor = span.end;
  }
  html += escapeHtml(text.slice(cursor, to));
  return to < text.length ? `${html}…` : html;
}

/** Snippets for the passages that earned the hit (in the order given), at most `maxSnippets`. */
export function highlightPassages(
  passages: { index: number; text: string }[],
  earned: number[],
  terms: string[],
  options: HighlightOptions = {},
): Highlight[] {
  const byIndex = new Map(passages.map((passage) => [passage.index, passage]));
  const order = earned.length > 0 ? [...new Set(earned)] : passages.map((passage) => passage.index);
  const chosen = order.slice(0, options.maxSnippets ?? 2).flatMap((index) => {
    const passage = byIndex.get(index);
    return passage ? [passage] : [];
  });
  return chosen.map((passage) => ({ passageIndex: passage.index, snippet: snippet(passage.text, terms, options.maxChars) }));
}
