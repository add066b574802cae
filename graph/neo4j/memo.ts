/**
 * What reads keep between statements of one store: regions by code (gazetteer data, only ever
 * added) and recent answers shared by key — the allowed items of a filter, so a hybrid search's
 * full-text and vector halves resolve it once, and the practice list an adoptions request asks
 * for twice. Everything is dropped when this store writes; another process's writes are seen
 * once a shared answer expires, or (regions) when a code is first asked.
 */
import type { RegionRef } from '../model.ts';
import type { DocumentSummary, ItemFacts, ReportCopy } from '../store.ts';
import { MAX_KEPT_DOCUMENTS, MAX_KEPT_FACTS, VersionedCache } from './versioned-cache.ts';

/** How long a shared answer serves later questions: one request's statements, not a session. */
export const SHARED_TTL_MS = 2_000;

export interface ReadMemo {
  readonly regions: Map<string, RegionRef>;
  /** Item facts by id, kept while the store's change counter stands (versioned-cache.ts). */
  readonly facts: VersionedCache<ItemFacts>;
  /** Document summaries by id, kept likewise. */
  readonly documents: VersionedCache<DocumentSummary>;
  /** Each report's copies, earliest first, by report id, kept likewise (linking a copy bumps the counter). */
  readonly reportCopies: VersionedCache<{ id: string; copies: ReportCopy[] }>;
  /** The answer of `load` under `key`, shared while in flight and for `ttlMs` (SHARED_TTL_MS) after. */
  shared<T>(key: string, load: () => Promise<T>, ttlMs?: number): Promise<T>;
  clear(): void;
}

export function createReadMemo(now: () => number = () => performance.now()): ReadMemo {
  const regions = new Map<string, RegionRef>();
  const facts = new VersionedCache<ItemFacts>(MAX_KEPT_FACTS);
  const documents = new VersionedCache<DocumentSummary>(MAX_KEPT_DOCUMENTS);
  const reportCopies = new VersionedCache<{ id: string; copies: ReportCopy[] }>(MAX_KEPT_FACTS);
  const answers = new Map<string, { at: number; value: Promise<unknown> }>();
  let generation = 0;
  return {
    regions,
    facts,
    documents,
    reportCopies,
    shared<T>(key: string, load: () => Promise<T>, ttlMs = SHARED_TTL_MS): Promise<T> {
      const hit = answers.get(key);
      if (hit !== undefined && now() - hit.at < ttlMs) return hit.value as Promise<T>;
      const asked = generation;
      const value = load();
      const entry = { at: now(), value: value as Promise<unknown> };
      answers.set(key, entry);
      // A failed load is not remembered, nor one that a write overtook.
      const forget = () => {
        if (answers.get(key) === entry) answers.delete(key);
      };
      void value.then(() => asked === generation || forget(), forget);
      return value;
    },
    clear() {
      generation++;
      regions.clear();
      answers.clear();
      facts.clear();
      documents.clear();
      reportCopies.clear();
    },
  };
}
