/**
 * A simplified-Chinese copy of a text, one character for one, so offsets found in the copy point
 * at the same characters in the text as written. The number and kind rules are written in
 * simplified characters; this lets them read traditional bulletins (萬元, 不少於, 預計) too.
 */
import * as OpenCC from 'opencc-js/t2cn';
import { convertOneForOne } from '../text/traditional.ts';

let convert: ((text: string) => string) | undefined;

export function simplifiedCopy(text: string): string {
  return convertOneForOne(text, (part) => (convert ??= OpenCC.Converter({ from: 'tw', to: 'cn' }))(part));
}
