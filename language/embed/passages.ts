/**
 * Cuts an item's text into passages that fit the embedding model's window (512 tokens; one Chinese
 * character is about one token, so ~400 characters leaves room for digits, Latin words and the
 * special tokens). Cuts fall at sentence ends; consecutive passages share their boundary sentence(s)
 * so a statement split across two passages is still whole in one of them.
 *
 * The function embeds exactly the text it is given: a caller that wants the headline in the first
 * passage prepends it (`${title}。${text}`).
 */
import { createHash } from 'node:crypto';
import type { Passage } from '../types.ts';

export interface SplitPassagesOptions {
  /** Longest passage in characters (UTF-16 units). Default 400. */
  maxChars?: number;
  /** Sentences repeated at the start of the next passage. Default 1. */
  overlapSentences?: number;
}

export const DEFAULT_PASSAGE_CHARS = 400;

/** A sentence ends at 。！？；(and their ASCII forms) plus any closing quotes or brackets, or at a line break. */
const SENTENCE = /[^。！？；!?;\n]*(?:[。！？；!?;]+[”’」』）)》〉】]*|\n|$)/gu;
/** Where a sentence too long for one passage is cut when possible (clause ends). */
const CLAUSE_END = /[，、：,:]/gu;

export function splitPassages(text: string, options: SplitPassagesOptions = {}): Passage[] {
  const maxChars = Math.max(1, Math.floor(options.maxChars ?? DEFAULT_PASSAGE_CHARS));
  const overlap = Math.max(0, Math.floor(options.overlapSentences ?? 1));
  const sentences = splitSentences(text).flatMap((sentence) => cutToFit(sentence, maxChars));
  const groups = packSentences(sentences, maxChars, overlap);
  return groups.map((group, index) => {
    const passageText = group.join('').trim();
    return { index, text: passageText, hash: passageHash(passageText) };
  });
}

/** sha256 (hex) of a passage's text: the key under which its vector is cached. */
export function passageHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Sentences with their punctuation, whitespace-only pieces dropped; joined they give back the text. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const match of text.matchAll(SENTENCE)) {
    const sentence = match[0];
    if (sentence.trim().length === 0) {
      // Keep line breaks between kept sentences so passages read like the source.
      if (sentences.length > 0 && sentence.length > 0) sentences[sentences.length - 1] += sentence;
      continue;
    }
    sentences.push(sentence);
  }
  return sentences;
}

/** Hard-splits a sentence longer than the window, preferring a clause end in the window's second half. */
function cutToFit(sentence: string, maxChars: number): string[] {
  const pieces: string[] = [];
  let rest = sentence;
  while (rest.trim().length > maxChars) {
    let cut = maxChars;
    for (const match of rest.slice(0, maxChars).matchAll(CLAUSE_END)) {
      const end = (match.index ?? 0) + match[0].length;
      if (end >= maxChars / 2) cut = end;
    }
    if (isHighSurrogate(rest.charCodeAt(cut - 1)) && cut > 1) cut -= 1; // never split a character
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest.trim().length > 0) pieces.push(rest);
  return pieces;
}

/** Greedy packing; each new passage starts with up to `overlap` sentences of the previous one. */
function packSentences(sentences: string[], maxChars: number, overlap: number): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  for (const sentence of sentences) {
    if (current.length > 0 && passageLength([...current, sentence]) > maxChars) {
      groups.push(current);
      current = overlap > 0 ? current.slice(-overlap) : [];
      // The shared sentences give way when they leave no room for the new one.
      while (current.length > 0 && passageLength([...current, sentence]) > maxChars) current = current.slice(1);
    }
    current.push(sentence);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function passageLength(sentences: string[]): number {
  return sentences.join('').trim().length;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
