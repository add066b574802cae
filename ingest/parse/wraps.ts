/**
 * Healing line wraps. PDF text breaks lines mid-sentence, sometimes with a blank line between the
 * halves ("…其中网格\n\n党支部推荐"); a line that does not end a sentence continues on the next one,
 * unless it is a heading of its own ("聚焦精准选配 注重人岗相适").
 */
import { looksLikeHeading } from './headings.ts';
import type { Line } from './lines.ts';
import { endsSentence, visibleLength } from './text.ts';

export interface Paragraph {
  raw: string;
  norm: string;
}

export interface WrapContext {
  /** Longest heading, in characters. */
  headingMaxLength: number;
  /** Typical width of hard-wrapped lines, or null when lines are whole paragraphs. */
  wrapWidth: number | null;
}

/**
 * Hard-wrapped text (a PDF copied line by line) has most lines unfinished and of nearly the same
 * length: the page width. Text with whole paragraphs per line has no width, even when page breaks
 * and headings leave a few unfinished lines of any length.
 */
export function estimateWrapWidth(lines: Line[]): number | null {
  const filled = lines.filter((line) => line.norm.length > 0);
  const open = filled.filter((line) => visibleLength(line.norm) >= 10 && !endsSentence(line.norm));
  if (open.length < 4 || open.length < filled.length * 0.5) return null;
  const lengths = open.map((line) => visibleLength(line.norm)).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] as number;
  // A paragraph's last line is never longer than the page: finished lines far longer than the open
  // ones are whole paragraphs, and the open lines between them headings (an e-paper's headline,
  // subtitle and section heads, each set off by blank lines).
  const finished = filled.filter((line) => endsSentence(line.norm)).map((line) => visibleLength(line.norm)).sort((a, b) => a - b);
  if (finished.length >= 2 && (finished[Math.floor(finished.length / 2)] as number) > median * 2) return null;
  const nearMedian = lengths.filter((length) => Math.abs(length - median) <= median * 0.2).length;
  return nearMedian >= lengths.length * 0.6 ? median : null;
}

/** A line that stands as a heading rather than a wrapped piece of a sentence. */
export function isStandaloneHeading(norm: string, context: WrapContext): boolean {
  if (!looksLikeHeading(norm, context.headingMaxLength)) return false;
  return context.wrapWidth === null || visibleLength(norm) < context.wrapWidth * 0.8;
}

function joiner(left: string, right: string): string {
  return /[A-Za-z0-9]$/.test(left) && /^[A-Za-z0-9]/.test(right) ? ' ' : '';
}

/**
 * Joins wrapped lines into paragraphs; blank lines do not end a sentence that is still open.
 * `runningStart` says the first line is the tail of a line whose headline was cut off, so it
 * cannot be a heading however short it is.
 */
export function healWraps(lines: Line[], context: WrapContext, runningStart = false): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: (Paragraph & { lines: number }) | null = null;
  for (const line of lines) {
    if (line.raw.length === 0) continue;
    const continues =
      current !== null &&
      !endsSentence(current.norm) &&
      !(current.lines === 1 && !(runningStart && paragraphs.length === 0) && isStandaloneHeading(current.norm, context));
    if (current !== null && continues) {
      current.raw += joiner(current.raw, line.raw) + line.raw;
      current.norm += joiner(current.norm, line.norm) + line.norm;
      current.lines++;
    } else {
      if (current) paragraphs.push({ raw: current.raw, norm: current.norm });
      current = { raw: line.raw, norm: line.norm, lines: 1 };
    }
  }
  if (current) paragraphs.push({ raw: current.raw, norm: current.norm });
  return paragraphs;
}
