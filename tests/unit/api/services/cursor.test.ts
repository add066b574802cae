import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, fingerprint, pageSize, paginate } from '../../../../api/services/cursor.ts';
import { isAtlasError } from '../../../../errors/catalogue.ts';

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return isAtlasError(error) ? error.code : 'OTHER';
  }
  return undefined;
};

describe('cursors and pages', () => {
  const request = fingerprint(['单元长制', 'hybrid', {}]);
  const ranked = Array.from({ length: 5 }, (_, index) => `item-${index + 1}`);

  it('walks a ranked list page by page with opaque cursors', () => {
    const first = paginate(ranked, { first: 2, fingerprint: request });
    expect(first).toMatchObject({ nodes: ['item-1', 'item-2'], hasNextPage: true });
    expect(first.endCursor).not.toBe('2');
    const second = paginate(ranked, { first: 2, after: first.endCursor!, fingerprint: request });
    expect(second).toMatchObject({ nodes: ['item-3', 'item-4'], hasNextPage: true });
    const last = paginate(ranked, { first: 2, after: second.endCursor!, fingerprint: request });
    expect(last).toMatchObject({ nodes: ['item-5'], hasNextPage: false });
  });

  it('round-trips an offset through a cursor', () => {
    expect(decodeCursor(encodeCursor(40, request), request)).toBe(40);
  });

  it('refuses a cursor from another query or a malformed one with BAD_REQUEST', () => {
    const other = encodeCursor(2, fingerprint(['社区党校', 'hybrid', {}]));
    expect(codeOf(() => decodeCursor(other, request))).toBe('BAD_REQUEST');
    expect(codeOf(() => decodeCursor('not-a-cursor', request))).toBe('BAD_REQUEST');
    expect(codeOf(() => decodeCursor(Buffer.from('{"o":-1,"f":"x"}').toString('base64url'), request))).toBe('BAD_REQUEST');
  });

  it('defaults first to 20 and refuses more than 100 or less than 1', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    expect(codeOf(() => pageSize(101))).toBe('BAD_REQUEST');
    expect(codeOf(() => pageSize(0))).toBe('BAD_REQUEST');
    expect(codeOf(() => pageSize(2.5))).toBe('BAD_REQUEST');
  });
});
