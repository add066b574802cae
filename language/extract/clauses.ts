/**
 * Clauses as the gold annotation counts them: spans between ，。；：,;: (and ！？), never at 、.
 * A line break ends a clause only where it ends a heading or a paragraph (a blank line after a
 * figure does); a line cut by a page break or a PDF wrap is joined, since the parser may hand over text
 * whose wraps are not healed. A figure glued to a percentage (100%8月2日) marks a lost paragraph
 * break, and ends the sentence there.
 */

export interface Clause {
  /** The clause as written, trimmed, with line breaks inside it removed (spaces kept). */
  text: string;
  /** Offsets of the raw span in the source text. */
  start: number;
  end: number;
  /** Index of the sentence (span between 。；！？ or paragraph breaks) holding the clause. */
  sentence: number;
  /** Index of the full sentence (span between 。！？ or paragraph breaks): ；-parts share it. */
  period: number;
}

const CLAUSE_END = new Set(['，', ',', '：', ':']);
const SENTENCE_END = new Set(['。', '；', ';', '！', '？', '!', '?']);
const SEMICOLONS = new Set(['；', ';']);
/** A line at least this long that stops mid-sentence was cut by a wrap, not ended. */
const WRAPPED_LINE_MIN = 25;
const LINE_STARTS_BLOCK = /^\s*(?:[△□■●★◆▲◇]|[一二三四五六七八九十]+、|\d+[、.．]\D|[（(][一二三四五六七八九十\d]+[)）])/;

/** True when a comma or colon sits between digits as a separator (1,381 / 9:30), not a boundary. */
function isNumericSeparator(text: string, index: number): boolean {
  const ch = text[index];
  if (ch === ',') return /\d$/.test(text.slice(0, index)) && /^\d{3}(?!\d)/.test(text.slice(index + 1));
  if (ch === ':') return /\d$/.test(text.slice(0, index)) && /^\d{2}(?!\d)/.test(text.slice(index + 1));
  return false;
}

/** Decides whether the line break at `index` ends a clause (and a sentence). */
function lineBreakEnds(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const previousLine = text.slice(lineStart, index).replace(/\s+/g, '');
  if (previousLine === '') return false;
  const nextLineEnd = text.indexOf('\n', index + 1);
  const nextLine = text.slice(index + 1, nextLineEnd === -1 ? undefined : nextLineEnd);
  if (LINE_STARTS_BLOCK.test(nextLine)) return true;
  const last = previousLine[previousLine.length - 1] ?? '';
  // A blank line after a figure or a bracket is a paragraph break (成功率100%⏎⏎8月2日…); after a
  // Han character it may be a page break inside a word (单元⏎⏎长), which the length rule decides.
  if (nextLine.trim() === '' && !/[\u3400-\u9fff]/.test(last)) return true;
  if (CLAUSE_END.has(last) || SENTENCE_END.has(last)) return true;
  return previousLine.length < WRAPPED_LINE_MIN;
}

/** A raw clause span as reported: trimmed, line breaks inside removed, spaces kept. */
export function cleanClauseText(raw: string): string {
  return raw.replace(/[ \t\u3000]*\r?\n\s*/g, '').trim();
}

export function splitClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  let sentence = 0;
  let period = 0;
  let start = 0;
  const close = (end: number, endsSentence: boolean, next = end + 1, endsPeriod = endsSentence): void => {
    const raw = text.slice(start, end);
    const cleaned = cleanClauseText(raw);
    if (cleaned) {
      const offset = raw.length - raw.trimStart().length;
      clauses.push({ text: cleaned, start: start + offset, end, sentence, period });
    }
    if (endsSentence && cleaned) sentence += 1;
    if (endsPeriod && cleaned) period += 1;
    start = next;
  };
  for (let index = 0; index < text.length; index += 1) {
    const ch = text[index] ?? '';
    if (SENTENCE_END.has(ch)) close(index, true, index + 1, !SEMICOLONS.has(ch));
    else if (CLAUSE_END.has(ch) && !isNumericSeparator(text, index)) close(index, false);
    else if (ch === '\n' && lineBreakEnds(text, index)) close(index, true);
    // 成功率100%8月2日: no figure follows a percentage directly; a paragraph break was lost there.
    else if ((ch === '%' || ch === '％') && /[\d０-９]/.test(text[index + 1] ?? '')) close(index + 1, true, index + 1);
  }
  close(text.length, true);
  return clauses;
}
