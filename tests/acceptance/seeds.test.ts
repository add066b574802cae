/**
 * Acceptance: the whole text pipeline (parse → segment → extract) over the five real seeds,
 * scored against the hand-made gold. Prints the scores; fails below the thresholds.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../ingest/knowledge/taxonomy.ts';
import { extractText } from '../../ingest/pipeline.ts';
import { createTextStages } from '../../ingest/stages.ts';
import type { ExtractedDocument } from '../../ingest/types.ts';
import { listSeeds, loadGold, pct, scoreExtraction } from './gold.ts';
import type { Scores } from './gold.ts';

let scores: Scores;

beforeAll(() => {
  const stages = createTextStages();
  const docs = new Map<string, ExtractedDocument>();
  for (const seed of listSeeds()) docs.set(seed.doc, extractText(stages, readFileSync(seed.file, 'utf8'), seed.file));
  scores = scoreExtraction(docs, loadGold(), loadTaxonomy());
  const line = (name: string, part: number, whole: number): string => `  ${name.padEnd(28)} ${part}/${whole} = ${(100 * pct(part, whole)).toFixed(1)}%`;
  console.log([
    'Acceptance scores on ../shared/seeds vs gold.jsonl',
    line('documents split right', scores.documentsSplitRight, scores.documents),
    line('item titles', scores.titlesRight, scores.items),
    line('item sections', scores.sectionsRight, scores.items),
    line('contributing offices', scores.officesRight, scores.items),
    line('regions (path)', scores.regionsRight, scores.items),
    line('sub-regions', scores.subRegionsRight, scores.items),
    line('main practices found', scores.mainPracticesFound, scores.items),
    line('outcomes+inputs found', scores.numbersFound, scores.goldNumbers),
    line('kind right (of found)', scores.kindsRight, scores.numbersFound),
    line('policies complete', scores.policiesRight, scores.items),
    ...(scores.misses.length > 0 ? ['  misses:', ...scores.misses.map((m) => `    - ${m}`)] : []),
  ].join('\n'));
});

describe('seeds against gold', () => {
  it('splits every document into the gold number of items with the gold titles', () => {
    expect(scores.documentsSplitRight).toBe(scores.documents);
    expect(scores.titlesRight).toBe(scores.items);
  });
  it('keeps sections and contributing offices on their items', () => {
    expect(scores.sectionsRight).toBe(scores.items);
    expect(scores.officesRight).toBe(scores.items);
  });
  it('gives every item its gold region', () => {
    expect(scores.regionsRight).toBe(scores.items);
    expect(scores.subRegionsRight).toBe(scores.items);
  });
  it('finds the main practices for at least 90% of items', () => {
    expect(pct(scores.mainPracticesFound, scores.items)).toBeGreaterThanOrEqual(0.9);
  });
  it('finds at least 85% of gold outcomes and inputs, with the kind right for at least 80%', () => {
    expect(pct(scores.numbersFound, scores.goldNumbers)).toBeGreaterThanOrEqual(0.85);
    expect(pct(scores.kindsRight, scores.numbersFound)).toBeGreaterThanOrEqual(0.8);
  });
});
