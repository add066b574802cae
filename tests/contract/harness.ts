/**
 * Gives every contract test a fresh, empty store and disposes of it afterwards, so tests never
 * see each other's data (the Neo4j run isolates the same way, per test).
 */
import { afterEach, beforeEach } from 'vitest';
import type { GraphStore } from '../../graph/store.ts';

export type MakeStore = () => Promise<{ store: GraphStore; cleanup(): Promise<void> }>;

export interface StoreHarness {
  /** The current test's store. */
  readonly store: GraphStore;
  /** Disposes of the current store and gives a fresh, empty one (for comparing two ways of writing). */
  renew(): Promise<GraphStore>;
}

export function useFreshStore(makeStore: MakeStore): StoreHarness {
  let current: Awaited<ReturnType<MakeStore>> | undefined;
  beforeEach(async () => {
    current = await makeStore();
  });
  afterEach(async () => {
    await current?.cleanup();
    current = undefined;
  });
  return {
    get store(): GraphStore {
      if (current === undefined) throw new Error('the store is only available inside a test');
      return current.store;
    },
    async renew(): Promise<GraphStore> {
      await current?.cleanup();
      current = undefined;
      current = await makeStore();
      return current.store;
    },
  };
}
