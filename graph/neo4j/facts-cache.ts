/**
 * Item facts (what ranking and facets read for every hit: report, year, section, places,
 * practice names) kept in memory between searches, as the SQLite adapter keeps them: the lean read
 * of a search's ~200 ranked items was the longest step after ranking in a Neo4j search
 * (bench/notes.md, fifteenth session).
 *
 * A stored item's facts change only in a transaction that bumps (:ReprintVersion): replacing or
 * deleting documents, linking copies, curation (reprint-cache.ts). New documents add items under
 * new ids. So kept facts serve while the counter stands; readers ask for it at most once per
 * SHARED_TTL_MS (memo.ts), and this store's own writes drop every kept fact at once (memo.clear).
 */
import type { ItemFacts } from '../store.ts';

/** About 80 MB of facts; past it the longest-kept go first (a Map iterates in insertion order). */
export const MAX_KEPT_FACTS = 200_000;

export class FactsCache {
  private readonly facts = new Map<string, ItemFacts>();
  private version: string | null = null;
  private generation = 0;

  constructor(private readonly capacity = MAX_KEPT_FACTS) {}

  /**
   * The facts kept of `ids` under the store's `version` (facts kept under another are dropped
   * first), and a `keep` for those read afresh: it keeps nothing if a write cleared the cache
   * meanwhile, since the read may have seen the store before that write.
   */
  lookup(version: string, ids: readonly string[]): { found: Map<string, ItemFacts>; missing: string[]; keep: (facts: readonly ItemFacts[]) => void } {
    if (version !== this.version) {
      this.facts.clear();
      this.version = version;
    }
    const found = new Map<string, ItemFacts>();
    const missing: string[] = [];
    for (const id of new Set(ids)) {
      const kept = this.facts.get(id);
      if (kept === undefined) missing.push(id);
      else found.set(id, kept);
    }
    const asked = this.generation;
    return {
      found,
      missing,
      keep: (facts) => {
        if (asked !== this.generation || version !== this.version) return;
        for (const fact of facts) {
          if (this.facts.size >= this.capacity) this.facts.delete(this.facts.keys().next().value as string);
          this.facts.set(fact.id, fact);
        }
      },
    };
  }

  get size(): number {
    return this.facts.size;
  }

  clear(): void {
    this.generation += 1;
    this.facts.clear();
    this.version = null;
  }
}
