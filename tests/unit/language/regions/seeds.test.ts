/**
 * Region accuracy on the five seed bulletins, without the parser (written in parallel): items are
 * rebuilt from gold.jsonl (title, source → office) and the seeds are read from ../shared at test
 * time. Two bodies are measured:
 * - "gold texts": the gold outcome and input clauses only, as the brief prescribes;
 * - "seed slice": the seed text after the item's title up to the next one (whitespace deleted),
 *   which is closer to what the parser will hand over.
 * The lead re-runs the same check through the real parser.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedItem, RegionContext, RegionRef, RegionResolution } from '../../../../language/types.ts';
import { regionResolver } from './fixtures.ts';

const sharedDir = path.resolve(import.meta.dirname, '../../../../../shared');

interface GoldClause {
  text: string;
}

interface GoldItem {
  doc: string;
  item: number;
  title: string;
  section: string | null;
  region_path: string[];
  sub_region: string | null;
  source: string | null;
  outcomes: GoldClause[];
  inputs: GoldClause[];
}

const gold: GoldItem[] = readFileSync(path.join(sharedDir, 'eval/public/gold.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => JSON.parse(line) as GoldItem);

const squash = (text: string): string => text.replace(/\s+/g, '');
const readSeed = (doc: string): string => readFileSync(path.join(sharedDir, 'seeds', `${doc}.txt`), 'utf8');

/**
 * A publisher line in the masthead: "中共安庆市委组织部研究室" on a line of its own, before the
 * first line of running text (a byline further down belongs to an item, not to the document).
 */
function mastheadPublisher(seed: string): string | null {
  const lines = seed.split('\n').slice(0, 12);
  const bodyStart = lines.findIndex((line) => line.trim().length > 40);
  const head = lines.slice(0, bodyStart < 0 ? lines.length : bodyStart).join('\n');
  return /^\s*(中共\S*?组织部\S*)\s*$/m.exec(head)?.[1] ?? null;
}

function mastheadTitle(seed: string): string | null {
  return seed.split('\n').map((line) => line.trim()).find((line) => line.length > 0) ?? null;
}

/** The seed text after each item's title, up to the next item's title (last occurrence skips the contents). */
function seedSlices(seed: string, items: GoldItem[]): string[] {
  const text = squash(seed);
  const starts = items.map((item) => text.lastIndexOf(squash(item.title)));
  return items.map((item, index) => {
    const start = starts[index] ?? -1;
    if (start < 0) return '';
    const next = starts.slice(index + 1).find((position) => position > start) ?? text.length;
    return text.slice(start + squash(item.title).length, next);
  });
}

type BodyMode = 'gold texts' | 'seed slice';

interface Outcome {
  gold: GoldItem;
  result: RegionResolution;
}

function resolveSeeds(mode: BodyMode): Outcome[] {
  const resolver = regionResolver();
  const outcomes: Outcome[] = [];
  for (const doc of [...new Set(gold.map((item) => item.doc))]) {
    const seed = readSeed(doc);
    const items = gold.filter((item) => item.doc === doc).sort((a, b) => a.item - b.item);
    const slices = seedSlices(seed, items);
    const siblingRegions: RegionRef[] = [];
    items.forEach((entry, index) => {
      const goldText = [...entry.outcomes, ...entry.inputs].map((clause) => clause.text).join('。');
      const item: ParsedItem = {
        ordinal: entry.item,
        section: entry.section,
        title: entry.title,
        office: entry.source,
        text: mode === 'gold texts' ? goldText : (slices[index] ?? ''),
      };
      const context: RegionContext = {
        publisher: mastheadPublisher(seed),
        documentTitle: mastheadTitle(seed),
        siblingRegions: [...siblingRegions],
      };
      const result = resolver.resolve(item, context);
      if (result.region) siblingRegions.push(result.region);
      outcomes.push({ gold: entry, result });
    });
  }
  return outcomes;
}

const isCorrect = ({ gold: entry, result }: Outcome): boolean =>
  JSON.stringify(result.region?.path ?? null) === JSON.stringify(entry.region_path) &&
  (result.subRegion?.name ?? null) === entry.sub_region;

function report(mode: BodyMode, outcomes: Outcome[]): number {
  const correct = outcomes.filter(isCorrect).length;
  const misses = outcomes
    .filter((outcome) => !isCorrect(outcome))
    .map(({ gold: entry, result }) => `${entry.doc}#${entry.item}: ${result.region?.path.join('/') ?? 'null'} (gold ${entry.region_path.join('/')})`);
  console.info(`regions on seeds (${mode}): ${correct}/${outcomes.length}`, misses);
  return correct;
}

describe('region resolver on the seed bulletins', () => {
  it('matches every gold region path and sub-region with the seed text after each title', () => {
    const outcomes = resolveSeeds('seed slice');
    expect(report('seed slice', outcomes)).toBe(gold.length);
  });

  it('matches the gold regions from titles, offices and gold clauses alone, bar items whose place is only in the body', () => {
    const outcomes = resolveSeeds('gold texts');
    const correct = report('gold texts', outcomes);
    // 001#1's headline is a clause without a place and it has no office: only its body names 嘉荫县.
    expect(correct).toBeGreaterThanOrEqual(gold.length - 1);
    for (const outcome of outcomes.filter((entry) => !isCorrect(entry))) expect(outcome.result.region).toBeNull();
  });

  it('reports the locality as written', () => {
    const outcomes = resolveSeeds('seed slice');
    const mentions = outcomes.filter(({ gold: entry, result }) => entry.region_path.length > 0 && result.mention !== null);
    expect(mentions.length).toBe(gold.length);
  });
});
