import { describe, expect, it } from 'vitest';
import { findCandidatePractices } from '../../../../language/extract/candidates.ts';
import { createPracticeMatcher } from '../../../../language/extract/practices.ts';
import { loadTaxonomy } from '../../../../language/knowledge/taxonomy.ts';
import { approximateSeedItems } from './seed-items.ts';

const plain = (name: string): string => name.replace(/[\s“”"「」『』‘’']/g, '');

describe('practice matching on the seed bulletins', () => {
  const taxonomy = loadTaxonomy();
  const matcher = createPracticeMatcher(taxonomy);
  const namesOf = new Map(taxonomy.map((practice) => [practice.name, [practice.name, ...practice.aliases].map(plain)]));

  const results = approximateSeedItems().map((item) => {
    const found = new Set<string>();
    for (const match of matcher.match(item.title, item.text)) for (const name of namesOf.get(match.name) ?? []) found.add(name);
    for (const candidate of findCandidatePractices(`${item.title}。${item.text}`, matcher)) found.add(plain(candidate.name));
    const main = item.gold.practices.slice(0, 2).map(plain);
    const all = item.gold.practices.map(plain);
    return {
      where: `${item.gold.doc.slice(0, 3)}#${item.gold.item}`,
      mainFound: main.every((name) => found.has(name)),
      missing: all.filter((name) => !found.has(name)),
      allFound: all.filter((name) => found.has(name)).length,
      all: all.length,
    };
  });

  it('finds both main practices for at least 90% of the items', () => {
    const itemsRight = results.filter((result) => result.mainFound).length;
    const share = itemsRight / results.length;
    const allFound = results.reduce((sum, result) => sum + result.allFound, 0);
    const allGold = results.reduce((sum, result) => sum + result.all, 0);
    console.info(
      `main practices: ${itemsRight}/${results.length} items (${(share * 100).toFixed(1)}%); ` +
        `all gold practices: ${allFound}/${allGold}; missing: ` +
        results.filter((result) => result.missing.length > 0).map((result) => `${result.where} ${result.missing.join('、')}`).join('; '),
    );
    expect(results).toHaveLength(19);
    expect(share).toBeGreaterThanOrEqual(0.9);
  });
});
