/**
 * The embedded GraphStore: one SQLite file through better-sqlite3. The driver is synchronous;
 * each port method runs its statements at once and hands back a settled promise. Every
 * driver failure leaves through `guard`, translated into a catalogued error.
 */
import Database from 'better-sqlite3';
import { createError } from '../../errors/catalogue.ts';
import type { GraphStore } from '../store.ts';
import { adoptions, candidatePractices, practiceReportCounts, practices, relatedPractices } from './adoptions.ts';
import { addAlias, curateCandidate } from './curation.ts';
import { createSqliteContext, type SqliteContext } from './context.ts';
import { guard, type StoreAction } from './errors.ts';
import { check, stats } from './integrity.ts';
import { warm } from './warm.ts';
import { findItemIds, getDocument, getDocuments, getItems, getRegions, itemFacts, listDocuments } from './read.ts';
import { applySchema, configureConnection } from './schema.ts';
import { loadDotKernel } from '../vectors/dot-kernel.ts';
import { reportCopies } from './reprints.ts';
import { fullText, getEmbeddings, getPassageTokens, nearest, termsUsed } from './search.ts';
import { deleteDocument, upsertTaxonomy, writeDocument, writeDocuments } from './write.ts';

export interface SqliteStoreOptions {
  /** How long a statement waits for another connection's lock before failing (default 5000 ms). */
  busyTimeoutMs?: number;
}

function totalChanges(context: SqliteContext): number {
  return context.prepare<{ changes: number }>('SELECT total_changes() AS changes').get()!.changes;
}

/** Opens (creating if missing) the store file; `:memory:` gives a private in-memory store. */
export function createSqliteGraphStore(file: string, options: SqliteStoreOptions = {}): GraphStore {
  const location = file;
  const context: SqliteContext = guard('open', location, () => {
    const db = new Database(file, { timeout: options.busyTimeoutMs ?? 5000 });
    return createSqliteContext(db, location);
  });
  let closed = false;

  /** Runs one port method: synchronous work, translated errors, async result. */
  function run<T>(action: StoreAction, work: (context: SqliteContext) => T): Promise<T> {
    return new Promise((resolve) => {
      if (closed) throw createError('STORE_UNAVAILABLE', `${location}: the store is closed`);
      resolve(guard(action, location, () => {
        // Whatever a write changed (documents, taxonomy, curation), nothing cached may outlive it;
        // a write that changed no row (an unchanged document) keeps the caches, packed vectors above all.
        if (action !== 'write') return work(context);
        const changesBefore = totalChanges(context);
        try {
          return work(context);
        } finally {
          if (totalChanges(context) !== changesBefore) context.invalidateCaches();
        }
      }));
    });
  }

  return {
    location,
    init: async () => {
      await run('open', (ctx) => {
        configureConnection(ctx.db);
        applySchema(ctx.db);
      });
      // Compiled once per process; until it is there (or where SIMD is missing) scans run in JS.
      await loadDotKernel();
    },
    close: async () => {
      if (closed) return;
      closed = true;
      try {
        // Refreshes planner statistics for the queries this session ran; only an optimisation.
        context.db.pragma('optimize');
      } catch {
        // A damaged or locked file is reported by the call that met it, not by close().
      }
      context.db.close();
    },
    upsertTaxonomy: (definitions) => run('write', (ctx) => upsertTaxonomy(ctx, definitions)),
    writeDocument: (doc) => run('write', (ctx) => writeDocument(ctx, doc)),
    writeDocuments: (docs) => run('write', (ctx) => writeDocuments(ctx, docs)),
    deleteDocument: (id) => run('write', (ctx) => deleteDocument(ctx, id)),
    getDocument: (id) => run('read', (ctx) => getDocument(ctx, id)),
    getDocuments: (ids) => run('read', (ctx) => getDocuments(ctx, ids)),
    listDocuments: (options) => run('read', (ctx) => listDocuments(ctx, options)),
    getItems: (ids, options) => run('read', (ctx) => getItems(ctx, ids, options)),
    itemFacts: (ids) => run('read', (ctx) => itemFacts(ctx, ids)),
    findItemIds: (filter, limit) => run('read', (ctx) => findItemIds(ctx, filter, limit)),
    fullText: (tokens, filter, k) => run('read', (ctx) => fullText(ctx, tokens, filter, k)),
    termsUsed: (tokens) => run('read', (ctx) => termsUsed(ctx, tokens)),
    nearest: (vector, filter, k) => run('read', (ctx) => nearest(ctx, vector, filter, k)),
    getEmbeddings: (hashes) => run('read', (ctx) => getEmbeddings(ctx, hashes)),
    getPassageTokens: (itemIds) => run('read', (ctx) => getPassageTokens(ctx, itemIds)),
    reportCopies: (reportIds) => run('read', (ctx) => reportCopies(ctx, reportIds)),
    adoptions: (names, filter) => run('read', (ctx) => adoptions(ctx, names, filter)),
    practices: (options) => run('read', (ctx) => practices(ctx, options)),
    relatedPractices: (name) => run('read', (ctx) => relatedPractices(ctx, name)),
    practiceReportCounts: () => run('read', (ctx) => practiceReportCounts(ctx)),
    candidatePractices: () => run('read', (ctx) => candidatePractices(ctx)),
    curateCandidate: (request) => run('write', (ctx) => curateCandidate(ctx, request)),
    addAlias: (practice, alias) => run('write', (ctx) => addAlias(ctx, practice, alias)),
    getRegions: (codes) => run('read', (ctx) => getRegions(ctx, codes)),
    stats: () => run('read', (ctx) => stats(ctx)),
    warm: () => run('read', (ctx) => warm(ctx)),
    check: () => run('read', (ctx) => check(ctx)),
  };
}
