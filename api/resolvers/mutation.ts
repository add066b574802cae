/**
 * Mutations. Each checks the admin token before it looks at its arguments, so an unauthorised
 * caller learns nothing about what the arguments would have done.
 */
import { createError } from '../../errors/catalogue.ts';
import type { RegionRef } from '../../graph/model.ts';
import type { CurateAction, PracticeView } from '../../graph/store.ts';
import type { DocumentWithItems } from '../loaders.ts';
import { requireAdmin } from './context.ts';
import type { AtlasContext, Upload } from './context.ts';
import type {
  MutationAddAliasArgs, MutationCuratePracticeArgs, MutationDeleteDocumentArgs, MutationIngestDocumentArgs, MutationResolvers,
} from './generated/resolvers-types.ts';

/** Exactly one of `file` (base64 bytes) and `text`. */
function uploadOf(args: MutationIngestDocumentArgs, name: string): Upload {
  const hasFile = args.file !== undefined && args.file !== null;
  const hasText = args.text !== undefined && args.text !== null;
  if (hasFile === hasText) throw createError('BAD_REQUEST', '请上传文件或粘贴全文，二者选一 (give either file or text)');
  if (hasText) {
    if (args.text!.trim() === '') throw createError('INPUT_EMPTY', name);
    return { name, text: args.text! };
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(args.file!)) throw createError('BAD_REQUEST', `${name}：文件内容不是 base64 (file is not base64)`);
  return { name, bytes: new Uint8Array(Buffer.from(args.file!, 'base64')) };
}

/** Longest source name accepted for an ingested document. */
export const MAX_SOURCE_NAME_CHARS = 200;

const curateActions: readonly CurateAction[] = ['PROMOTE', 'MERGE', 'REJECT'];

/** curatePractice's arguments: the action form (candidate, action, into) and the older `name` for `candidate`. */
export type CurateArgs = MutationCuratePracticeArgs;

interface Extraction {
  items: number;
  regions: RegionRef[];
  practices: string[];
  candidatePractices: string[];
  outcomes: number;
}

export const mutationResolvers = {
  async ingestDocument(_: unknown, args: MutationIngestDocumentArgs, context: AtlasContext) {
    requireAdmin(context);
    const name = args.name.trim();
    if (name === '' || [...name].length > MAX_SOURCE_NAME_CHARS) {
      throw createError('BAD_REQUEST', `文件名须为 1 至 ${MAX_SOURCE_NAME_CHARS} 个字符 (name must be 1 to ${MAX_SOURCE_NAME_CHARS} characters)`);
    }
    if (!context.admin.ingest) throw createError('BAD_REQUEST', '本服务器未开放上传 (ingestion is not enabled on this server)');
    const written = await context.admin.ingest(uploadOf(args, name));
    const document = await context.services.document(written.documentId);
    if (!document) throw createError('STORE_WRITE_FAILED', `${name}：写入后未找到该文档 (the document was not found after writing)`);
    return { status: written.status, document, extraction: summarizeExtraction(document) };
  },

  async deleteDocument(_: unknown, args: MutationDeleteDocumentArgs, context: AtlasContext): Promise<boolean> {
    requireAdmin(context);
    if (!context.admin.deleteDocument) throw createError('BAD_REQUEST', 'deleting documents is not enabled on this server');
    return context.admin.deleteDocument(args.id);
  },

  /**
   * A decision about a candidate practice: PROMOTE (with a category, optional description and
   * aliases), MERGE `into` a curated practice, or REJECT. `name` is the older spelling of
   * `candidate`. Answers the practice the candidate became or joined, or null after a REJECT.
   */
  async curatePractice(_: unknown, args: CurateArgs, context: AtlasContext): Promise<PracticeView | null> {
    requireAdmin(context);
    const { curateCandidate, addAlias } = context.services;
    if (!curateCandidate || !addAlias) throw createError('BAD_REQUEST', 'curation is not enabled on this server');
    const candidate = (args.candidate ?? args.name ?? '').trim();
    if (candidate === '') throw createError('BAD_REQUEST', 'candidate: the name of a candidate practice');
    const action: CurateAction = args.action ?? 'PROMOTE';
    if (!curateActions.includes(action)) throw createError('BAD_REQUEST', `action: one of ${curateActions.join(', ')}`);
    const result = await curateCandidate({
      candidate, action, into: args.into ?? undefined, category: args.category ?? undefined, description: args.description ?? undefined,
    });
    if (result.practice === null) return null;
    let view: PracticeView | null = null;
    for (const alias of args.aliases ?? []) view = await addAlias(result.practice, alias);
    return view ?? (await context.services.practice(result.practice));
  },

  async addAlias(_: unknown, args: MutationAddAliasArgs, context: AtlasContext): Promise<PracticeView> {
    requireAdmin(context);
    if (!context.services.addAlias) throw createError('BAD_REQUEST', 'curation is not enabled on this server');
    return context.services.addAlias(args.practice, args.alias);
  },
} satisfies MutationResolvers;

function summarizeExtraction(document: DocumentWithItems): Extraction {
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
