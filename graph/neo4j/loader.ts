/**
 * GraphStore.openLoader: documents the store does not hold, written in several transactions at
 * once (docs/decisions/0009-neo4j-bulk-load.md). A batch goes through three steps:
 *   1. shared (one at a time, in order): regions and shared nodes this loader has not written yet;
 *   2. documents (up to `concurrency` at once): the documents whole, possible copies without their
 *      sketch, so no other batch can link them yet;
 *   3. reprints (one at a time, in order): the copies get their sketch and join stored reports,
 *      seeing exactly the batches added before, as writeDocuments in that order would.
 * Step 1 runs apart so step 2's transactions only read shared nodes (no duplicates, no lock
 * queues). A crash between 2 and 3 leaves copies without a report id: the store's next open
 * sketches and groups them (reprints.ts backfillReprints).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { createError } from '../../errors/catalogue.ts';
import type { DocumentRecord } from '../model.ts';
import { timedReprints, type NewCopy } from '../reprints/index.ts';
import type { DocumentLoader } from '../store.ts';
import type { Neo4jContext } from './context.ts';
import { linkNewCopies } from './reprints.ts';
import type { RegionRow } from './rows.ts';
import { batchTrees, sharedNodeRows, type BatchTrees, type SharedNodeRows } from './tree-rows.ts';
import { createDocumentTrees, writeRegions, writeSharedNodes } from './write.ts';
import * as cypher from './loader-cypher.ts';

/** Two writers keep both cores of the server busy (the vector index is built at commit); three queue. */
export const defaultLoaderConcurrency = 2;

export function openLoader(context: Neo4jContext, concurrency = defaultLoaderConcurrency): DocumentLoader {
  const shared = createSharedMemo();
  const added = new Set<string>();
  const inFlight = new Set<Promise<void>>();
  let sharedStep: Promise<unknown> = Promise.resolve();
  let reprintStep: Promise<unknown> = Promise.resolve();
  let failure: unknown;

  const failOnce = (error: unknown): void => {
    failure ??= error;
  };
  const unlessFailed = <T>(work: () => Promise<T>) => async (): Promise<T | undefined> => (failure === undefined ? work() : undefined);

  return {
    async add(docs) {
      while (inFlight.size >= concurrency && failure === undefined) await Promise.race(inFlight);
      if (failure !== undefined) throw failure;
      refuseKnownIds(docs, added);
      if (docs.length === 0) return;
      const trees = batchTrees(docs, { deferReprints: true });
      const sharedDone = sharedStep.then(
        unlessFailed(async () => {
          const delta = shared.delta(trees);
          await context.write((tx) => writeShared(tx, delta));
          shared.remember(delta);
        }),
      );
      sharedStep = sharedDone.catch(failOnce);
      const documentsDone = sharedDone.then(unlessFailed(() => context.write((tx) => createDocumentTrees(tx, trees.documents))));
      const previousReprints = reprintStep;
      const reprintsDone = documentsDone.then(async () => {
        await previousReprints;
        await unlessFailed(() => context.write((tx) => timedReprints(() => settleCopies(context, tx, trees.copies))))();
      });
      reprintStep = reprintsDone.catch(failOnce);
      const task = reprintsDone.catch(failOnce).finally(() => inFlight.delete(task));
      inFlight.add(task);
    },
    async finish() {
      await Promise.all(inFlight);
      await reprintStep;
      if (failure !== undefined) throw failure;
    },
  };
}

/** One id twice across the batches of a loader has no single meaning: refused before writing. */
function refuseKnownIds(docs: DocumentRecord[], added: Set<string>): void {
  for (const doc of docs) {
    if (added.has(doc.id)) throw createError('BAD_REQUEST', `document ${doc.id} was added to the loader more than once`);
    added.add(doc.id);
  }
}

async function settleCopies(context: Neo4jContext, tx: ManagedTransaction, copies: NewCopy[]): Promise<void> {
  if (copies.length === 0) return;
  const rows = copies.map((copy) => ({ itemId: copy.itemId, placeKey: copy.placeKey, shingles: copy.sketch.shingles, hashes: [...copy.sketch.hashes] }));
  await tx.run(cypher.setReprintSketches, { rows });
  await linkNewCopies(context, tx, copies);
}

/**
 * Regions and shared nodes this loader has committed: a later batch writes only what is new to
 * it. An ancestor row adds nothing to a region already written with a parent, so it is skipped too.
 */
function createSharedMemo() {
  const regionRows = new Set<string>();
  const parented = new Set<string>();
  const names = { practices: new Set<string>(), candidates: new Set<string>(), policies: new Set<string>(), offices: new Set<string>() };

  function newRegions(rows: RegionRow[]): RegionRow[] {
    return rows.filter((row) => !regionRows.has(JSON.stringify(row)) && (row.full || !parented.has(row.code)));
  }
  function newShared(rows: SharedNodeRows): SharedNodeRows {
    return {
      practices: rows.practices.filter((row) => !names.practices.has(row.name)),
      candidates: rows.candidates.filter((name) => !names.candidates.has(name)),
      policies: rows.policies.filter((title) => !names.policies.has(title)),
      offices: rows.offices.filter((name) => !names.offices.has(name)),
    };
  }
  return {
    delta: (trees: BatchTrees): SharedDelta => ({ regions: newRegions(trees.regions), nodes: newShared(sharedNodeRows(trees.documents)) }),
    /** After the commit: a retried transaction must write the same rows again. */
    remember({ regions, nodes }: SharedDelta): void {
      for (const row of regions) {
        regionRows.add(JSON.stringify(row));
        if (row.parentCode !== null) parented.add(row.code);
      }
      for (const row of nodes.practices) names.practices.add(row.name);
      for (const name of nodes.candidates) names.candidates.add(name);
      for (const title of nodes.policies) names.policies.add(title);
      for (const name of nodes.offices) names.offices.add(name);
    },
  };
}

interface SharedDelta {
  regions: RegionRow[];
  nodes: SharedNodeRows;
}

async function writeShared(tx: ManagedTransaction, delta: SharedDelta): Promise<void> {
  await writeRegions(tx, delta.regions);
  await writeSharedNodes(tx, delta.nodes);
}
