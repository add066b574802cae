/**
 * Records by id kept in memory between requests while the store's change counter stands: item
 * facts (what ranking and facets read for every hit: report, year, section, places, practice
 * names) and document summaries (what every listed item shows of its bulletin). Their reads were
 * the longest steps after ranking in a Neo4j search (bench/notes.md, fifteenth and sixteenth sessions).
 *
 * A stored item's facts and a stored document's summary change only in a transaction that bumps
 * (:ReprintVersion): replacing or deleting documents, linking copies, curation (reprint-cache.ts).
 * New documents add records under new ids. So kept records serve while the counter stands; readers
 * ask for it at most once per SHARED_TTL_MS (memo.ts), and this store's own writes drop every kept
 * record at once (memo.clear).
 */

/** About 80 MB of item facts; past it the longest-kept go first (a Map iterates in insertion order). */
export const MAX_KEPT_FACTS = 200_000;
/** Document summaries kept (~300 bytes each): a bulletin holds about ten items. */
export const MAX_KEPT_DOCUMENTS = 50_000;

export class VersionedCache<T extends { readonly id: string }> {
  private readonly records = new Map<string, T>();
  private version: string | null = null;
  private generation = 0;

  constructor(private readonly capacity: number) {}

  /**
   * The records kept of `ids` under the store's `version` (records kept under another are dropped
   * first), and a `keep` for those read afresh: it keeps nothing if a write cleared the cache
   * meanwhile, since the read may have seen the store before that write.
   */
  lookup(version: string, ids: readonly string[]): { found: Map<string, T>; missing: string[]; keep: (records: readonly T[]) => void } {
    if (version !== this.version) {
      this.records.clear();
      this.version = version;
    }
    const found = new Map<string, T>();
    const missing: string[] = [];
    for (const id of new Set(ids)) {
      const kept = this.records.get(id);
      if (kept === undefined) missing.push(id);
      else found.set(id, kept);
    }
    const asked = this.generation;
    return {
      found,
      missing,
      keep: (records) => {
        if (asked !== this.generation || version !== this.version) return;
        for (const record of records) {
          if (this.records.size >= this.capacity) this.records.delete(this.records.keys().next().value as string);
          this.records.set(record.id, record);
        }
      },
    };
  }

  get size(): number {
    return this.records.size;
  }

  clear(): void {
    this.generation += 1;
    this.records.clear();
    this.version = null;
  }
}
