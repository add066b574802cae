import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../../../graph/model.ts';
import { extractPolicies } from '../../../../language/extract/entities.ts';
import { createOutcomeExtractor } from '../../../../language/extract/outcomes.ts';
import { deleteWhitespace, readGold, readSeedItems } from './seed-items.ts';
import type { GoldQuantity } from './seed-items.ts';

const RECALL_FLOOR = 0.85;
const KIND_ACCURACY_FLOOR = 0.8;

function sameClause(gold: string, ours: string): boolean {
  const a = deleteWhitespace(gold);
  const b = deleteWhitespace(ours);
  return a.includes(b) || b.includes(a);
}

const matches = (gold: GoldQuantity, outcome: Outcome): boolean =>
  outcome.value === gold.value && sameClause(gold.text, outcome.text);

describe('outcome extraction on the seed bulletins', () => {
  const items = readSeedItems();
  const extractor = createOutcomeExtractor();

  it('locates every gold item in the seeds', () => {
    expect(items).toHaveLength(readGold().length);
  });

  it(`finds at least ${RECALL_FLOOR * 100}% of the gold figures with the right kind ${KIND_ACCURACY_FLOOR * 100}% of the time`, () => {
    let goldCount = 0;
    let found = 0;
    let kindRight = 0;
    let extractedCount = 0;
    let extractedMatched = 0;
    const misses: string[] = [];
    for (const { gold, text } of items) {
      const outcomes = extractor.extract(text);
      const entries = [
        ...gold.outcomes.map((entry) => ({ entry, kinds: ['outcome'] })),
        ...gold.inputs.map((entry) => ({ entry, kinds: ['input', 'target'] })),
      ];
      for (const { entry, kinds } of entries) {
        goldCount += 1;
        const hits = outcomes.filter((outcome) => matches(entry, outcome));
        if (hits.length === 0) {
          misses.push(`${gold.doc.slice(0, 3)}#${gold.item} missed ${entry.value}${entry.unit} | ${entry.text}`);
          continue;
        }
        found += 1;
        if (hits.some((hit) => kinds.includes(hit.kind))) kindRight += 1;
        else misses.push(`${gold.doc.slice(0, 3)}#${gold.item} kind ${hits[0]?.kind} for ${kinds[0]} ${entry.value}${entry.unit} | ${entry.text}`);
      }
      const allGold = [...gold.outcomes, ...gold.inputs];
      extractedCount += outcomes.length;
      extractedMatched += outcomes.filter((outcome) => allGold.some((entry) => matches(entry, outcome))).length;
    }
    const recall = found / goldCount;
    const kindAccuracy = kindRight / Math.max(1, found);
    const precision = extractedMatched / Math.max(1, extractedCount);
    console.info(
      `outcomes on seeds: recall ${(recall * 100).toFixed(1)}% (${found}/${goldCount}), ` +
        `kind accuracy ${(kindAccuracy * 100).toFixed(1)}% (${kindRight}/${found}), ` +
        `precision vs gold ${(precision * 100).toFixed(1)}% (${extractedMatched}/${extractedCount}; the gold keeps ≤10 per kind)\n` +
        misses.join('\n'),
    );
    expect(recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
    expect(kindAccuracy).toBeGreaterThanOrEqual(KIND_ACCURACY_FLOOR);
  });

  it('cites the gold policies of every item', () => {
    let goldCount = 0;
    let found = 0;
    let extraCount = 0;
    for (const { gold, text } of items) {
      const ours = extractPolicies(text).map(deleteWhitespace);
      const expected = gold.policies.map(deleteWhitespace);
      goldCount += expected.length;
      found += expected.filter((title) => ours.includes(title)).length;
      extraCount += ours.filter((title) => !expected.includes(title)).length;
    }
    console.info(`policies on seeds: recall ${found}/${goldCount}, extra ${extraCount}`);
    expect(found / goldCount).toBeGreaterThanOrEqual(0.9);
  });
});
