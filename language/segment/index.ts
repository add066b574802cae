/**
 * The segmenter: jieba with a domain dictionary (practice terms from the taxonomy, place names
 * from the gazetteer) so 单元长, 大党委, 软弱涣散, 迎江区 and 洞山街道 stay whole. Text is normalised
 * first — simplified characters, half-width ASCII, PDF spaces between characters deleted — and
 * whitespace and punctuation tokens are dropped, so index and query tokens agree.
 *
 * Typical wiring: createSegmenter({ words: [...domainWords(loadTaxonomy()), ...gazetteer.allNames()] }).
 */
import { cut, cutForSearch } from 'nodejs-jieba';
import type { Segmenter } from '../types.ts';
import { normalizeChinese } from './chinese-text.ts';
import { ensureJiebaWords, isAddedWord } from './jieba-dictionary.ts';

export { domainWords, distinctiveParts } from './dictionary.ts';

export interface SegmenterOptions {
  /** Words to keep whole: domainWords(taxonomy) and gazetteer names. */
  words: string[];
}

/** Tokens made only of spaces, punctuation or symbols carry nothing to index. */
const NOISE_TOKEN = /^[\s\p{P}\p{S}]*$/u;

function prepare(text: string): string {
  return normalizeChinese(text, { dropQuotes: false });
}

/** jieba's second argument turns the HMM on: it keeps 30, 1.4 and QQ whole and joins unknown words. */
const WITH_HMM = true;

function clean(tokens: string[]): string[] {
  return tokens.filter((token) => !NOISE_TOKEN.test(token));
}

/**
 * jieba's search mode adds only the 2- and 3-character sub-words of a long word, so a query for
 * 软弱涣散 would miss 软弱涣散村; add the 4-character domain words found inside long tokens too.
 */
function withDomainSubwords(tokens: string[]): string[] {
  const result: string[] = [];
  for (const token of tokens) {
    for (let start = 0; token.length > 4 && start + 4 <= token.length; start += 1) {
      const part = token.slice(start, start + 4);
      if (isAddedWord(part)) result.push(part);
    }
    result.push(token);
  }
  return result;
}

export function createSegmenter(options: SegmenterOptions): Segmenter {
  ensureJiebaWords(options.words);
  return {
    cut: (text) => clean(cut(prepare(text), WITH_HMM)),
    cutForSearch: (text) => withDomainSubwords(clean(cutForSearch(prepare(text), WITH_HMM))),
  };
}
