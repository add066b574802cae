/**
 * Mutations. Each checks the admin token before it looks at its arguments, so an unauthorised
 * caller learns nothing about what the arguments would have done.
 */
import { createError } from '../../errors/catalogue.ts';
import type { RegionRef } from '../../graph/model.ts';
import type { WriteStatus } from '../../graph/store.ts';
import type { DocumentWithItems } from '../loaders.ts';
import { requireAdmin } from './context.ts';
import type { AtlasContext } from './context.ts';

/** Longest source name accepted for an ingested document. */
export const MAX_SOURCE_NAME_CHARS = 200;

export interface IngestResultView {
  status: WriteStatus;
  document: DocumentWithItems;
  extraction: { items: number; regions: RegionRef[]; practices: string[]; candidatePractices: string[]; outcomes: number };
}

export const mutationResolvers = {
  async ingestDocument(_: unknown, args: { text: string; name: string }, context: AtlasContext): Promise<IngestResultView> {
    requireAdmin(context);
    const name = args.name.trim();
    if (name === '' || [...name].length > MAX_SOURCE_NAME_CHARS) {
      throw createError('BAD_REQUEST', `name must be 1 to ${MAX_SOURCE_NAME_CHARS} characters`);
    }
    if (args.text.trim() === '') throw createError('INPUT_EMPTY', name);
    if (!context.admin.ingest) throw createError('BAD_REQUEST', 'ingestion is not enabled on this server');
    const written = await context.admin.ingest(args.text, name);
    const document = await context.services.document(written.documentId);
    if (!document) throw createError('STORE_WRITE_FAILED', `${name}: the document was not found after writing`);
    return { status: written.status, document, extraction: summarizeExtraction(document) };
  },

  async deleteDocument(_: unknown, args: { id: string }, context: AtlasContext): Promise<boolean> {
    requireAdmin(context);
    if (!context.admin.deleteDocument) throw createError('BAD_REQUEST', 'deleting documents is not enabled on this server');
    return context.admin.deleteDocument(args.id);
  },

  // The GraphStore port has no way to promote a candidate (re-linking its items) or to keep an alias
  // across re-ingests (upsertTaxonomy is overwritten by the taxonomy file), so these refuse honestly.
  curatePractice(_: unknown, _args: unknown, context: AtlasContext): never {
    requireAdmin(context);
    throw createError('BAD_REQUEST', 'curatePractice is not available yet: the graph store cannot promote candidate practices');
  },

  addAlias(_: unknown, _args: unknown, context: AtlasContext): never {
    requireAdmin(context);
    throw createError('BAD_REQUEST', 'addAlias is not available yet: the graph store cannot keep aliases added at run time');
  },
};

function summarizeExtraction(document: DocumentWithItems): IngestResultView['extraction'] {
  const regions = new Map<string, RegionRef>();
  const practices = new Set<string>();
  const candidates = new Set<string>();
  let outcomes = 0;
  for (const item of document.items) {
    if (item.region) regions.set(item.region.code, item.region);
    for (const practice of item.practices) practices.add(practice.name);
    for (const candidate of item.candidatePractices) candidates.add(candidate.name);
    outcomes += item.outcomes.length;
  }
  return { items: document.items.length, regions: [...regions.values()], practices: [...practices], candidatePractices: [...candidates], outcomes };
}
