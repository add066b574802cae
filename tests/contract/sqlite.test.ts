/**
 * Runs the GraphStore contract against the embedded SQLite adapter, one temporary file per test.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openGraphStore } from '../../graph/open.ts';
import { describeGraphStore } from './graph-store.contract.ts';

describeGraphStore('sqlite', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'atlas-contract-'));
  const store = await openGraphStore(path.join(folder, 'atlas.db'));
  return {
    store,
    cleanup: async () => {
      await store.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
});
