/**
 * A simplified-Chinese copy of a text, one character for one, so offsets found in the copy point
 * at the same characters in the text as written. The number and kind rules are written in
 * simplified characters; this lets them read traditional bulletins (萬元, 不少於, 預計) too.
 */
import * as OpenCC from 'opencc-js/t2cn';
import { containsTraditional } from '../text/traditional.ts';

let convert: ((text: string) => string) | undefined;

export function simplifiedCopy(text: string): string {
  if (!containsTraditional(text)) return text;
  const toSimplified: (text: string) => string = (convert ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));
  const whole = toSimplified(text);
  if (whole.length === text.length) return whole;
  // A phrase table changed the length: convert character by character instead.
  return Array.from(text, (char) => {
    const single = toSimplified(char);
    return single.length === char.length ? single : char;
  }).join('');
}
