/**
 * Opaque page cursors. A cursor carries the offset of the next hit and a fingerprint of the request
 * it belongs to, so a cursor from one query is refused for another instead of silently skipping.
 */
import { createHash } from 'node:crypto';
import { createError } from '../../errors/catalogue.ts';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

interface CursorBody {
  /** Offset of the first hit of the next page. */
  o: number;
  /** Fingerprint of the request (query, filter, mode). */
  f: string;
}

/** A short stable hash of anything JSON-serialisable (key order as given). */
export function fingerprint(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 12);
}

export function encodeCursor(offset: number, requestFingerprint: string): string {
  const body: CursorBody = { o: offset, f: requestFingerprint };
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

/** The offset a cursor points at; BAD_REQUEST when it is malformed or from another request. */
export function decodeCursor(cursor: string, requestFingerprint: string): number {
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw createError('BAD_REQUEST', 'after: 无效的游标 / malformed cursor');
  }
  const { o, f } = (body ?? {}) as Partial<CursorBody>;
  if (typeof o !== 'number' || !Number.isInteger(o) || o < 0 || typeof f !== 'string') {
    throw createError('BAD_REQUEST', 'after: 无效的游标 / malformed cursor');
  }
  if (f !== requestFingerprint) throw createError('BAD_REQUEST', 'after: 游标不属于这次查询 / cursor belongs to another query');
  return o;
}

/** `first` as asked, defaulted; above the maximum or below 1 is a BAD_REQUEST (silent clamping hides bugs). */
export function pageSize(first: number | undefined): number {
  if (first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw createError('BAD_REQUEST', `first 应为 1–${MAX_PAGE_SIZE} 的整数 / first must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${first}`);
  }
  return first;
}

export interface Paged<T> {
  nodes: T[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** Cuts one page out of a fully ranked list. */
export function paginate<T>(ranked: T[], options: { first?: number; after?: string; fingerprint: string }): Paged<T> {
  const size = pageSize(options.first);
  const start = options.after === undefined ? 0 : decodeCursor(options.after, options.fingerprint);
  const nodes = ranked.slice(start, start + size);
  const end = start + nodes.length;
  return { nodes, hasNextPage: end < ranked.length, endCursor: nodes.length > 0 ? encodeCursor(end, options.fingerprint) : null };
}
