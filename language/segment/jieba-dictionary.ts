/**
 * jieba is process-global state: one dictionary serves every segmenter. Extra words go in through
 * a user dictionary file with an explicit frequency, because insertWord gives them a weight too
 * low to beat common splits (大/党委 wins over 大党委). The file is cached by content hash, so a
 * second process with the same words skips building it; loading costs one dictionary load (~2 s).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { DEFAULT_DICT, load } from 'nodejs-jieba';
import { createError } from '../../errors/catalogue.ts';

/**
 * Frequency given to added words (the base dictionary sums to ~6e7; 党委 has 1656, 制度 21517).
 * High enough that names stay whole, equal for all so 单元长/制度 still beats 单元长制/度.
 */
export const ADDED_WORD_FREQUENCY = 1000;
const FORMAT_VERSION = 1;

/** A dictionary word: CJK, letters, digits or the middle dot; no spaces (the file is space-separated). */
const DICTIONARY_WORD = /^[\u3400-\u9fffA-Za-z0-9·]{2,24}$/u;

let loadedWords: Set<string> | undefined;

export function cacheDirectory(): string {
  return path.join(os.tmpdir(), 'practice-atlas', 'jieba');
}

function readBaseFrequencies(): Map<string, number> {
  const frequencies = new Map<string, number>();
  for (const line of readFileSync(DEFAULT_DICT, 'utf8').split('\n')) {
    const [word, frequency] = line.split(' ');
    if (word && frequency) frequencies.set(word, Number(frequency));
  }
  return frequencies;
}

/** Lines "word frequency tag" for words the base dictionary lacks or ranks below our frequency. */
function userDictionaryLines(words: Iterable<string>): string[] {
  const base = readBaseFrequencies();
  const lines: string[] = [];
  for (const word of words) {
    if ((base.get(word) ?? 0) >= ADDED_WORD_FREQUENCY) continue;
    lines.push(`${word} ${ADDED_WORD_FREQUENCY} nz`);
  }
  return lines;
}

function writeUserDictionary(words: string[]): string {
  const directory = cacheDirectory();
  const hash = createHash('sha256').update(`${FORMAT_VERSION}\n${ADDED_WORD_FREQUENCY}\n${words.join('\n')}`).digest('hex');
  const file = path.join(directory, `user-${hash.slice(0, 16)}.dict`);
  // cppjieba splits the user-dictionary argument on | and ;, and aborts the process on a missing file.
  if (/[|;]/.test(file)) throw createError('CONFIG_INVALID', `jieba cache path contains | or ;: ${file}`);
  if (existsSync(file)) return file;
  mkdirSync(directory, { recursive: true });
  // Threads share the pid: the thread id keeps two text-pool workers off one temporary file.
  const partial = `${file}.${process.pid}.${threadId}.tmp`;
  writeFileSync(partial, `${userDictionaryLines(words).join('\n')}\n`, 'utf8');
  renameSync(partial, file);
  return file;
}

/** Only words jieba can take from a dictionary file. */
export function dictionaryWords(words: Iterable<string>): string[] {
  const kept = new Set<string>();
  for (const raw of words) {
    const word = raw.trim();
    if (DICTIONARY_WORD.test(word)) kept.add(word);
  }
  return [...kept].sort();
}

/** True when `word` was added through ensureJiebaWords. */
export function isAddedWord(word: string): boolean {
  return loadedWords?.has(word) ?? false;
}

/**
 * Makes jieba know `words`. Idempotent: words already loaded cost nothing; new words reload the
 * dictionary with the union (earlier segmenters keep working, with more words).
 */
export function ensureJiebaWords(words: Iterable<string>): void {
  const wanted = dictionaryWords(words);
  if (loadedWords && wanted.every((word) => loadedWords?.has(word))) return;
  const union = dictionaryWords([...(loadedWords ?? []), ...wanted]);
  load({ userDict: writeUserDictionary(union) });
  loadedWords = new Set(union);
}
