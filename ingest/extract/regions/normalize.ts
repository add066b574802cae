/**
 * The text the resolver reads: simplified characters (the gazetteer is simplified; 廣安區 must
 * read as 广安区) and no whitespace (PDF wraps split names: "望江 县").
 */
import * as OpenCC from 'opencc-js/t2cn';
import { containsTraditional } from '../../text/traditional.ts';

let converter: ((text: string) => string) | undefined;

export function normalizeForRegions(text: string): string {
  const compact = text.replace(/\s+/g, '');
  if (!containsTraditional(compact)) return compact;
  // 'tw' converts character by character (no phrase tables), which is all place names need.
  const convert = (converter ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));
  return convert(compact);
}

/** The first sentences of a body, where the subject locality is introduced. */
export function leadSentences(text: string, sentences = 2, maxLength = 240): string {
  let end = 0;
  let found = 0;
  while (end < text.length && end < maxLength && found < sentences) {
    if ('。！？!?\n'.includes(text[end] ?? '')) found += 1;
    end += 1;
  }
  return text.slice(0, end);
}
