/** The retrieval metrics of npm run eval, on invented rankings (no store, no model). */
import { describe, expect, it } from 'vitest';
import { formatReport, loadNonsenseQueries, precisionAt } from '../../../scripts/eval.ts';
import type { EvalReport } from '../../../scripts/eval.ts';

const relevant = [{ doc: 'a', item: 1, grade: 2 }, { doc: 'b', item: 3, grade: 1 }];

describe('precision@10', () => {
  it('divides the relevant hits shown by the hits returned, at most 10', () => {
    expect(precisionAt(['a#1', 'x#1', 'b#3', 'y#2'], relevant)).toBe(0.5);
    const twelve = ['a#1', ...Array.from({ length: 11 }, (_, i) => `z#${i}`)];
    expect(precisionAt(twelve, relevant)).toBeCloseTo(0.1);
  });

  it('is 0 for a search that returns nothing', () => {
    expect(precisionAt([], relevant)).toBe(0);
  });
});

describe('the nonsense queries', () => {
  it('are a dozen or so queries kept in the project', () => {
    const queries = loadNonsenseQueries();
    expect(queries.length).toBeGreaterThanOrEqual(10);
    expect(new Set(queries).size).toBe(queries.length);
  });
});

describe('the printed report', () => {
  it('shows precision@10 beside nDCG@10, states its definition and counts the nonsense queries answered by nothing', () => {
    const report: EvalReport = {
      store: 'mem', queries: 2, perQuery: [],
      modes: [{ mode: 'hybrid', ndcg: 0.9, recall: 1, precision: 0.45 }],
      nonsense: { queries: 3, zeroHits: { hybrid: 2, bm25: 3, vector: 3 }, answered: [{ q: '某查询', mode: 'hybrid', total: 4 }] },
    };
    const text = formatReport(report);
    expect(text).toContain('P@10');
    expect(text).toMatch(/hybrid\s+0\.900\s+1\.000\s+0\.450\s+2\/3/);
    expect(text).toContain('hits returned');
    expect(text).toContain('“某查询” → 4');
  });
});
