/**
 * Request limits: page sizes, query text length and query depth. Depth is checked while the
 * document is validated, before any resolver runs; introspection fields (`__schema`, `__type`…)
 * are not counted so GraphiQL's own introspection query still passes.
 */
import { GraphQLError, Kind } from '../graphql-js.ts';
import type { ASTVisitor, FragmentDefinitionNode, SelectionSetNode, ValidationContext, ValidationRule } from 'graphql';
import type { Upload } from '../resolvers/context.ts';
import { createError } from '../../errors/catalogue.ts';
import { MAX_QUERY_CHARS, queryLength } from '../services/search.ts';

export { MAX_QUERY_CHARS };

export const MAX_PAGE_SIZE = 100;
export const MAX_QUERY_DEPTH = 10;
export const MAX_BODY_BYTES = 1024 * 1024;

/** A page size the API accepts (0…100); anything else is a BAD_REQUEST. */
export function checkPageSize(first: number | null | undefined, fallback: number): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw createError('BAD_REQUEST', `first must be between 0 and ${MAX_PAGE_SIZE}, got ${size}`);
  }
  return size;
}

/** Search text the API accepts: non-blank and at most 500 characters. */
export function checkQueryText(query: string): string {
  const trimmed = query.trim();
  if (trimmed === '') throw createError('BAD_REQUEST', 'query must not be empty');
  if (queryLength(trimmed) > MAX_QUERY_CHARS) throw createError('BAD_REQUEST', `query is longer than ${MAX_QUERY_CHARS} characters`);
  return trimmed;
}

/** A validation error the client caused, with a stable code and the limit that was hit. */
export function limitError(message: string, reason: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', reason, http: { status: 400 } } });
}

/** Rejects operations whose fields nest deeper than `maxDepth` (fragments followed, cycles cut). */
export function createDepthLimitRule(maxDepth: number = MAX_QUERY_DEPTH): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const depth = selectionDepth(operation.selectionSet, (name) => context.getFragment(name), new Set());
      if (depth > maxDepth) {
        const name = operation.name?.value ?? 'anonymous';
        context.reportError(limitError(`查询嵌套过深 / query "${name}" is ${depth} levels deep; the limit is ${maxDepth}`, 'QUERY_TOO_DEEP'));
      }
    },
  });
}

type FragmentLookup = (name: string) => FragmentDefinitionNode | null | undefined;

function selectionDepth(selectionSet: SelectionSetNode | undefined, fragment: FragmentLookup, visiting: Set<string>): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + selectionDepth(selection.selectionSet, fragment, visiting));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragment, visiting));
    } else {
      const name = selection.name.value;
      const definition = fragment(name);
      // A fragment cycle is reported by graphql's own NoFragmentCycles rule; here we only stop.
      if (!definition || visiting.has(name)) continue;
      visiting.add(name);
      deepest = Math.max(deepest, selectionDepth(definition.selectionSet, fragment, visiting));
      visiting.delete(name);
    }
  }
  return deepest;
}

/** Largest bulletin text ingestDocument takes, in characters (a long issue is ~30 000). */
export const MAX_INGEST_CHARS = 300_000;
/** Largest file ingestDocument takes as bytes (a scanned-free PDF or .docx issue is well under this). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** The JSON body an admin request may send: a file of MAX_UPLOAD_BYTES in base64, and the query. */
export const MAX_ADMIN_BODY_BYTES = Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 64 * 1024;
/** Extensions of files that are not plain text: their bytes pasted as text would be garbage. */
const binaryExtension = /\.(pdf|docx?|xlsx?|pptx?|wps|rtf|zip|rar|7z|gz|png|jpe?g|gif|bmp|tiff?|webp|exe|bin)$/i;

/**
 * What ingestDocument is sent. Pasted text: at most MAX_INGEST_CHARS characters, readable (no NUL or
 * other binary control characters, which mean a binary file was pasted), under a plain-text name.
 * A file's bytes: at most MAX_UPLOAD_BYTES; the readers decide what they are.
 */
export function checkIngestInput(upload: Upload): void {
  const { name } = upload;
  if ('bytes' in upload) {
    if (upload.bytes.length > MAX_UPLOAD_BYTES) throw createError('INPUT_UNREADABLE', name, `文件大于 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB (larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB)`);
    return;
  }
  const { text } = upload;
  if (text.length > MAX_INGEST_CHARS) throw createError('BAD_REQUEST', `全文超过 ${MAX_INGEST_CHARS} 字 (text is longer than ${MAX_INGEST_CHARS} characters)`);
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
  if (/[\u0000-\u0008\u000e-\u001f\ufffe\uffff]/.test(text)) throw createError('INPUT_UNSUPPORTED', `${name}：粘贴的内容含有二进制数据，请改为上传文件 (text contains binary data)`);
  if (binaryExtension.test(name.trim())) throw createError('INPUT_UNSUPPORTED', `${name}：此类文件请以文件上传，不要粘贴 (upload this file type as a file)`);
}
