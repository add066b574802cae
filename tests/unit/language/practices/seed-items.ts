/**
 * Seed items for measuring practice matching without the parser: each gold item's text is taken
 * from its title (located in the seed with whitespace deleted) up to the next gold item's title.
 * Seeds and gold are read from ../shared at test time, never copied into the repo.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const sharedDir = path.resolve(import.meta.dirname, '../../../../../shared');

export interface GoldPractices {
  doc: string;
  item: number;
  title: string;
  practices: string[];
}

export interface SeedItem {
  gold: GoldPractices;
  title: string;
  text: string;
}

const squash = (text: string): string => text.replace(/\s+/g, '');

export function loadGoldPractices(): GoldPractices[] {
  return readFileSync(path.join(sharedDir, 'eval/public/gold.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as GoldPractices);
}

/** Items in gold order; the last occurrence of a title skips the table of contents. */
export function approximateSeedItems(gold: GoldPractices[] = loadGoldPractices()): SeedItem[] {
  const items: SeedItem[] = [];
  const docs = [...new Set(gold.map((entry) => entry.doc))];
  for (const doc of docs) {
    const seed = squash(readFileSync(path.join(sharedDir, 'seeds', `${doc}.txt`), 'utf8'));
    const entries = gold.filter((entry) => entry.doc === doc).sort((a, b) => a.item - b.item);
    const starts = entries.map((entry) => seed.lastIndexOf(squash(entry.title)));
    entries.forEach((entry, index) => {
      const start = starts[index] ?? -1;
      if (start < 0) throw new Error(`${doc}#${entry.item}: title not found in the seed`);
      const bodyStart = start + squash(entry.title).length;
      const next = starts.slice(index + 1).find((position) => position > start) ?? seed.length;
      items.push({ gold: entry, title: entry.title, text: seed.slice(bodyStart, next) });
    });
  }
  return items;
}
