/**
 * The extraction evaluation sets of ../shared, read where they lie (never copied into the project):
 * `public` — the five seeds and their gold; `dev` — real reports from many provinces and their gold.
 * Both golds follow ../shared/eval/public/README.md.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const sharedDir = path.resolve(import.meta.dirname, '../../../shared');
export const seedsDir = path.join(sharedDir, 'seeds');

export type EvalSetName = 'public' | 'dev';
export const EVAL_SETS: EvalSetName[] = ['public', 'dev'];

export interface GoldNumber { text: string; value: number; unit: string }
export interface GoldItem {
  doc: string; item: number; title: string; section: string | null;
  region_text: string; region_path: string[]; sub_region: string | null; source: string | null;
  practices: string[]; outcomes: GoldNumber[]; inputs: GoldNumber[]; policies: string[]; year: number | null;
}

export interface EvalSet {
  name: EvalSetName;
  /** The documents, by gold id (file name without .txt). */
  documents: { doc: string; file: string }[];
  gold: GoldItem[];
}

function docsIn(dir: string): { doc: string; file: string }[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ doc: f.replace(/\.txt$/, ''), file: path.join(dir, f) }));
}

function readGold(file: string): GoldItem[] {
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as GoldItem);
}

/** Loads a set; throws when its folder is missing or empty, so no score is ever computed over nothing. */
export function loadEvalSet(name: EvalSetName): EvalSet {
  const dir = name === 'public' ? seedsDir : path.join(sharedDir, 'eval/dev/docs');
  const documents = docsIn(dir);
  const gold = readGold(path.join(sharedDir, `eval/${name}/gold.jsonl`));
  if (documents.length === 0 || gold.length === 0) throw new Error(`eval set ${name}: no documents or no gold under ${dir}`);
  return { name, documents, gold };
}
