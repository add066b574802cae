/**
 * Opaque offset cursors for lists the services page by offset (practices, documents).
 * Search has its own cursors, made by the search service.
 */
import { createError } from '../../errors/catalogue.ts';
import type { PageInfo } from '../services/types.ts';

const prefix = 'offset:';

export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(`${prefix}${offset}`, 'utf8').toString('base64url');
}

/** The offset a cursor stands for; 0 without one. A cursor we did not make is a BAD_REQUEST. */
export function decodeOffsetCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined || cursor === '') return 0;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = text.startsWith(prefix) ? Number(text.slice(prefix.length)) : Number.NaN;
  if (!Number.isSafeInteger(offset) || offset < 0) throw createError('BAD_REQUEST', `invalid cursor "${cursor}"`);
  return offset;
}

/** Page info for a page that started at `offset`, held `count` nodes, out of `total`. */
export function offsetPageInfo(offset: number, count: number, total: number): PageInfo {
  const end = offset + count;
  return { hasNextPage: end < total, endCursor: count > 0 ? encodeOffsetCursor(end) : null };
}
