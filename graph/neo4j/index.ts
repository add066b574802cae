/**
 * The Neo4j GraphStore: the port assembled from the adapter's modules, one line per method.
 * context.ts holds the driver and turns its failures into catalogued errors; each module runs the
 * Cypher of its *-cypher.ts twin.
 */
import type { GraphStore } from '../store.ts';
import { adoptions, candidatePractices, practiceReportCounts, practices, relatedPractices } from './adoptions.ts';
import { connectNeo4j, type Neo4jStoreOptions } from './context.ts';
import { addAlias, curateCandidate } from './curation.ts';
import { check, stats } from './integrity.ts';
import { warm } from './warm.ts';
import { findItemIds, getDocument, getDocuments, getItems, getRegions, itemFacts, listDocuments } from './read.ts';
import { reportCopies } from './reprints.ts';
import { applySchema } from './schema.ts';
import { fullText, getEmbeddings, nearest } from './search.ts';
import { termsUsed } from './vocabulary.ts';
import { openLoader } from './loader.ts';
import { deleteDocument, upsertTaxonomy, writeDocument, writeDocuments } from './write.ts';

export type { Neo4jStoreOptions } from './context.ts';

/** Connects (failing with STORE_UNAVAILABLE when the server does not answer); init() creates the schema. */
export async function createNeo4jGraphStore(uri: string, options: Neo4jStoreOptions = {}): Promise<GraphStore> {
  const context = await connectNeo4j(uri, options);
  return {
    location: context.location,
    init: () => applySchema(context),
    close: () => context.close(),
    upsertTaxonomy: (definitions) => upsertTaxonomy(context, definitions),
    writeDocument: (doc) => writeDocument(context, doc),
    writeDocuments: (docs) => writeDocuments(context, docs),
    openLoader: () => openLoader(context),
    deleteDocument: (id) => deleteDocument(context, id),
    getDocument: (id) => getDocument(context, id),
    getDocuments: (ids) => getDocuments(context, ids),
    listDocuments: (options) => listDocuments(context, options),
    getItems: (ids, options) => getItems(context, ids, options),
    itemFacts: (ids) => itemFacts(context, ids),
    findItemIds: (filter, limit) => findItemIds(context, filter, limit),
    fullText: (tokens, filter, k) => fullText(context, tokens, filter, k),
    termsUsed: (tokens) => termsUsed(context, tokens),
    nearest: (vector, filter, k) => nearest(context, vector, filter, k),
    getEmbeddings: (hashes) => getEmbeddings(context, hashes),
    reportCopies: (reportIds) => reportCopies(context, reportIds),
    adoptions: (names, filter) => adoptions(context, names, filter),
    practices: (options) => practices(context, options),
    relatedPractices: (name) => relatedPractices(context, name),
    practiceReportCounts: () => practiceReportCounts(context),
    candidatePractices: () => candidatePractices(context),
    curateCandidate: (request) => curateCandidate(context, request),
    addAlias: (practice, alias) => addAlias(context, practice, alias),
    getRegions: (codes) => getRegions(context, codes),
    stats: () => stats(context),
    warm: () => warm(context),
    check: () => check(context),
  };
}
