/**
 * The parser works on lines with two faces: `raw` as printed (what the output keeps) and `norm`,
 * a simplified-Chinese copy used only to recognise structure, so traditional-character bulletins
 * (市內信息, 組織部) are read by the same rules as simplified ones.
 */
import * as OpenCC from 'opencc-js/t2cn';
import { normalizeText } from '../read/normalize.ts';
import { containsTraditional } from '../../language/text/traditional.ts';

export interface Line {
  /** 0-based position in the document. */
  index: number;
  /** Text as printed, trimmed; "" for a blank line. */
  raw: string;
  /** Simplified-Chinese copy of `raw` for structure detection. */
  norm: string;
}

let toSimplified: ((text: string) => string) | undefined;

/** Builds the converter once (its tables take a moment to load), so no parse call pays for it. */
export function prepareSimplifier(): (text: string) => string {
  return (toSimplified ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));
}

/** Traditional → simplified, character by character ('tw' keeps lengths, unlike phrase tables). */
export function simplify(text: string): string {
  if (!containsTraditional(text)) return text;
  return prepareSimplifier()(text);
}

/** Splits text into trimmed lines with their simplified copies. */
export function toLines(text: string, convertTraditional = true): Line[] {
  const raws = normalizeText(text).split('\n').map((line) => line.trim());
  const norms = convertTraditional ? simplify(raws.join('\n')).split('\n') : raws;
  // Conversion never adds newlines, but fall back to the raw text if it ever does.
  const aligned = norms.length === raws.length;
  return raws.map((raw, index) => ({ index, raw, norm: aligned ? (norms[index] as string) : raw }));
}

export function isBlank(line: Line): boolean {
  return line.raw.length === 0;
}

export function blankLine(index: number): Line {
  return { index, raw: '', norm: '' };
}

/**
 * Cuts the printed text at positions found in `norm`; character conversion keeps lengths, and when
 * it did not, the simplified text is the best available copy.
 */
export function sliceRaw(line: Pick<Line, 'raw' | 'norm'>, start: number, end?: number): string {
  const source = line.raw.length === line.norm.length ? line.raw : line.norm;
  return source.slice(start, end);
}
