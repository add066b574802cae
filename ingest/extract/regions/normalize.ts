/**
 * The text the resolver reads: simplified characters (the gazetteer is simplified; 廣安區 must
 * read as 广安区) and no whitespace (PDF wraps split names: "望江 县").
 */
import * as OpenCC from 'opencc-js/t2cn';

let converter: ((text: string) => string) | undefined;

/**
 * Traditional-only characters common enough that any traditional bulletin text has some (place
 * suffixes, 组织/党/会 vocabulary, function words). Converting costs ~0.5 µs a character, so
 * simplified text — nearly all of it — skips the converter.
 */
const TRADITIONAL_HINT = /[區縣鄉鎮門東陽島嶺灣為這個們來時對說過當還進實現動產業經濟關機點學會黨組織員體發開長興與國書記農設計劃邊質問題務幹閩蘇遼寧龍廣陝貴雲滬澤濱銀]/;

export function normalizeForRegions(text: string): string {
  const compact = text.replace(/\s+/g, '');
  if (!TRADITIONAL_HINT.test(compact)) return compact;
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
