/**
 * The text the resolver reads: simplified characters (the gazetteer is simplified; 廣安區 must
 * read as 广安区) and no whitespace (PDF wraps split names: "望江 县").
 */
import * as OpenCC from 'opencc-js/t2cn';
import { containsTraditional } from '../../text/traditional.ts';
import { corpsDivisionCities } from '../../knowledge/region-names.ts';

let converter: ((text: string) => string) | undefined;

export function normalizeForRegions(text: string): string {
  const compact = text.replace(/\s+/g, '');
  if (!containsTraditional(compact)) return withDivisionCities(compact);
  // 'tw' converts character by character (no phrase tables), which is all place names need.
  const convert = (converter ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));
  return withDivisionCities(convert(compact));
}

/**
 * A 兵团 division governs its city as one (师市合一): "兵团第五师83团" reports from 双河市. The division,
 * written after 兵团 or before one of its regiments (第五师83团), reads as its city unless the city
 * follows already (第五师双河市).
 */
const DIVISION = /(?<=兵团)第[一二三四五六七八九十]{1,3}师|第[一二三四五六七八九十]{1,3}师(?=[0-9一二三四五六七八九十百]+团)/gu;
function withDivisionCities(text: string): string {
  if (!text.includes('师')) return text;
  return text.replace(DIVISION, (division, at: number) => {
    const city = corpsDivisionCities().get(division);
    return city === undefined || text.startsWith(city, at + division.length) ? division : city;
  });
}

/** Lines shorter than this (in Han characters) are leftovers, not sentences ("1", "?", a widget). */
const MIN_LEAD_LINE = 8;

/**
 * The first sentences of a body, where the subject locality is introduced. Short leftover lines
 * before them (a stray number, a widget label) are skipped rather than counted as sentences.
 */
export function leadSentences(text: string, sentences = 3, maxLength = 300): string {
  const lines = text.split('\n');
  let start = 0;
  for (const line of lines) {
    if ((line.match(/\p{Script=Han}/gu) ?? []).length >= MIN_LEAD_LINE) break;
    start += line.length + 1;
  }
  let end = start;
  let found = 0;
  while (end < text.length && end - start < maxLength && found < sentences) {
    if ('。！？!?\n'.includes(text[end] ?? '')) found += 1;
    end += 1;
  }
  return text.slice(start, end);
}
