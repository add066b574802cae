/**
 * Does a text hold any character the traditional → simplified converters would change? Nearly
 * every bulletin is simplified already, and opencc costs ~0.5 µs a character in each of the four
 * places that simplify (parser lines, segmenter, region resolver, outcome rules), so they ask here
 * first and skip the converter for simplified text. The character set is derived once from the
 * same converters, over every CJK character, so the check is exact at the character level
 * (phrase tables only ever fire on phrases holding such a character).
 */
import * as OpenCC from 'opencc-js';

/** One byte per UTF-16 code unit: 1 where a converter changes the character. */
let convertible: Uint8Array | undefined;

const CJK_RANGES: readonly [number, number][] = [
  [0x3400, 0x4dbf], // extension A
  [0x4e00, 0x9fff], // unified ideographs
  [0xf900, 0xfaff], // compatibility ideographs
];

function buildConvertible(): Uint8Array {
  const characters: string[] = [];
  for (const [from, to] of CJK_RANGES) for (let code = from; code <= to; code += 1) characters.push(String.fromCharCode(code));
  const set = new Uint8Array(0x10000);
  // One call per converter over all characters, one per line, so no phrase spans two of them.
  for (const options of [{ from: 't', to: 'cn' }, { from: 'tw', to: 'cn' }, { from: 'hk', to: 'cn' }] as const) {
    const converted = OpenCC.Converter(options)(characters.join('\n')).split('\n');
    characters.forEach((character, index) => {
      if (converted[index] !== character) set[character.charCodeAt(0)] = 1;
    });
  }
  return set;
}

export function containsTraditional(text: string): boolean {
  const set = (convertible ??= buildConvertible());
  for (let index = 0; index < text.length; index += 1) if (set[text.charCodeAt(index)] === 1) return true;
  return false;
}

/**
 * `convert(text)` kept one character for one, so offsets in the copy point at the same characters
 * in the text as written; simplified text is returned untouched without calling the converter.
 */
export function convertOneForOne(text: string, convert: (text: string) => string): string {
  if (!containsTraditional(text)) return text;
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  // A phrase table changed the length (rare): convert character by character instead.
  return Array.from(text, (char) => {
    const single = convert(char);
    return single.length === char.length ? single : char;
  }).join('');
}
