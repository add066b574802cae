/**
 * One synthetic corpus, generated once for the largest scale; each smaller scale is a prefix of
 * its files, so a store grows from 1k to 10k to 100k items by adding only the difference.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeCorpus } from './corpus/write.ts';

export interface CorpusFile {
  file: string;
  items: number;
}

export interface ScaleSlice {
  scale: number;
  /** Files added on top of the previous scale's. */
  added: CorpusFile[];
  /** All files up to this scale. */
  files: CorpusFile[];
  items: number;
}

export async function ensureCorpus(dir: string, items: number, seed: number, log: (line: string) => void): Promise<CorpusFile[]> {
  const truthFile = path.join(dir, 'truth.jsonl');
  const read = (): CorpusFile[] => readFileSync(truthFile, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => {
    const entry = JSON.parse(line) as { name: string; items: unknown[] };
    return { file: path.join(dir, entry.name), items: entry.items.length };
  });
  if (existsSync(truthFile)) {
    const files = read();
    if (files.reduce((sum, file) => sum + file.items, 0) === items) return files;
  }
  log(`生成合成语料 / generating a synthetic corpus of ${items} items → ${dir}`);
  await writeCorpus(dir, { items, seed });
  return read();
}

/** Cuts the corpus into growing prefixes holding at least each scale's items. */
export function sliceScales(files: readonly CorpusFile[], scales: readonly number[]): ScaleSlice[] {
  const slices: ScaleSlice[] = [];
  let taken = 0;
  let items = 0;
  for (const scale of [...scales].sort((a, b) => a - b)) {
    const start = taken;
    while (taken < files.length && items < scale) items += files[taken++]!.items;
    slices.push({ scale, added: files.slice(start, taken), files: files.slice(0, taken), items });
  }
  return slices;
}
