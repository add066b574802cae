/**
 * Test helper: approximates the items of the seed bulletins from the gold titles, since the parser
 * is written separately. Each item runs from its title (last occurrence, so a table of contents
 * is passed over) to the next item's title. Reads ../shared at test time; copies nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const SHARED_DIR = path.resolve(import.meta.dirname, '../../../../../shared');

export interface GoldQuantity {
  text: string;
  value: number;
  unit: string;
}

export interface GoldItem {
  doc: string;
  item: number;
  title: string;
  outcomes: GoldQuantity[];
  inputs: GoldQuantity[];
  policies: string[];
  year: number | null;
}

export interface SeedItem {
  gold: GoldItem;
  text: string;
}

export const deleteWhitespace = (text: string): string => text.replace(/\s+/g, '');

export function readGold(): GoldItem[] {
  const lines = readFileSync(path.join(SHARED_DIR, 'eval/public/gold.jsonl'), 'utf8').split('\n');
  return lines.filter((line) => line.trim()).map((line) => JSON.parse(line) as GoldItem);
}

/** Offset in `text` of the last occurrence of `needle`, comparing with whitespace deleted. */
function lastOccurrence(text: string, needle: string): number {
  const offsets: number[] = [];
  let compact = '';
  for (let index = 0; index < text.length; index += 1) {
    const ch = text[index] ?? '';
    if (/\s/.test(ch)) continue;
    compact += ch;
    offsets.push(index);
  }
  const found = compact.lastIndexOf(deleteWhitespace(needle));
  return found === -1 ? -1 : (offsets[found] ?? -1);
}

export function readSeedItems(): SeedItem[] {
  const gold = readGold();
  const items: SeedItem[] = [];
  for (const doc of [...new Set(gold.map((entry) => entry.doc))]) {
    const text = readFileSync(path.join(SHARED_DIR, 'seeds', `${doc}.txt`), 'utf8');
    const located = gold
      .filter((entry) => entry.doc === doc)
      .map((entry) => ({ gold: entry, start: lastOccurrence(text, entry.title) }))
      .filter((entry) => entry.start >= 0)
      .sort((a, b) => a.start - b.start);
    located.forEach((entry, index) => {
      const end = located[index + 1]?.start ?? text.length;
      items.push({ gold: entry.gold, text: text.slice(entry.start, end) });
    });
  }
  return items;
}
