import { describe, expect, it } from 'vitest';
import { getIntrospectionQuery } from 'graphql/index.js';
import { parse, validate } from '../../../../api/graphql-js.ts';
import { createCostLimitRule } from '../../../../api/http/cost.ts';
import { checkPageSize, checkQueryText, createDepthLimitRule } from '../../../../api/http/limits.ts';
import { decodeOffsetCursor, encodeOffsetCursor, offsetPageInfo } from '../../../../api/resolvers/cursor.ts';
import { loadSchema } from '../../../../api/schema.ts';

const schema = loadSchema();
const reasons = (query: string, variables: Record<string, unknown> = {}) =>
  validate(schema, parse(query), [createDepthLimitRule(10), createCostLimitRule({ maxCost: 50_000, variables })]).map((error) => error.extensions['reason']);

/** `levels` nested Region.parent selections under region(), which is itself one level. */
const parentChain = (levels: number) => `{ region(codeOrName: "青禾县") { ${'parent { '.repeat(levels - 2)}code${' }'.repeat(levels - 2)} } }`;

describe('depth limit', () => {
  it('accepts 10 levels and rejects 11', () => {
    expect(reasons(parentChain(10))).toEqual([]);
    expect(reasons(parentChain(11))).toEqual(['QUERY_TOO_DEEP']);
  });

  it('follows fragments when measuring depth', () => {
    const query = `{ region(codeOrName: "x") { ...Up } } fragment Up on Region { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { code } } } } } } } } } } }`;
    expect(reasons(query)).toEqual(['QUERY_TOO_DEEP']);
  });

  it('lets the GraphiQL introspection query through', () => {
    expect(reasons(getIntrospectionQuery())).toEqual([]);
  });
});

describe('cost limit', () => {
  const heavy = 'query($n: Int) { search(query: "x", first: $n) { hits { item { document { items { outcomes { text value unit metric kind approximate practice } practices { name category matched } } } } } } }';

  it('counts `first` given as a variable', () => {
    expect(reasons(heavy, { n: 100 })).toEqual(['QUERY_TOO_COSTLY']);
    expect(reasons(heavy, { n: 5 })).toEqual([]);
  });

  it('accepts a full 100-hit search page', () => {
    const page = `{ search(query: "x", first: 100) { total hits { score highlights { passageIndex snippet }
      item { id title section date year office region { code name path } practices { name category matched }
        outcomes { text value unit normalizedValue normalizedUnit kind } document { title issue date } } }
      facets { province { value count } city { value count } practice { value count } year { value count } section { value count } } } }`;
    expect(reasons(page)).toEqual([]);
  });
});

describe('argument checks', () => {
  it('allows page sizes 0 to 100', () => {
    expect(checkPageSize(undefined, 10)).toBe(10);
    expect(checkPageSize(100, 10)).toBe(100);
    expect(() => checkPageSize(101, 10)).toThrow(expect.objectContaining({ code: 'BAD_REQUEST' }));
    expect(() => checkPageSize(-1, 10)).toThrow(expect.objectContaining({ code: 'BAD_REQUEST' }));
  });

  it('counts query length in characters, not bytes', () => {
    expect(checkQueryText(` ${'党'.repeat(500)} `)).toHaveLength(500);
    expect(() => checkQueryText('党'.repeat(501))).toThrow(expect.objectContaining({ code: 'BAD_REQUEST' }));
    expect(() => checkQueryText('   ')).toThrow(expect.objectContaining({ code: 'BAD_REQUEST' }));
  });

  it('round-trips offset cursors and reports the next page', () => {
    expect(decodeOffsetCursor(encodeOffsetCursor(40))).toBe(40);
    expect(decodeOffsetCursor(null)).toBe(0);
    expect(offsetPageInfo(20, 20, 45)).toEqual({ hasNextPage: true, endCursor: encodeOffsetCursor(40) });
    expect(offsetPageInfo(40, 5, 45)).toEqual({ hasNextPage: false, endCursor: encodeOffsetCursor(45) });
    expect(() => decodeOffsetCursor(Buffer.from('offset:-3').toString('base64url'))).toThrow(expect.objectContaining({ code: 'BAD_REQUEST' }));
  });
});
