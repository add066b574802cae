/**
 * Integration: the retrieval evaluation (`npm run eval`) on the embedded store with the real
 * model. Hybrid must be no worse than either retriever alone and reach nDCG@10 ≥ 0.75; precision@10
 * is reported beside it, and every nonsense query (scripts/eval-nonsense.json) finds nothing in hybrid
 * and vector search.
 */
import { describe, expect, it } from 'vitest';
import { formatReport, runEvaluation } from '../../scripts/eval.ts';

describe('retrieval evaluation on the public set', () => {
  it('ranks hybrid at nDCG@10 ≥ 0.75 and no worse than BM25 or vectors alone', async () => {
    const report = await runEvaluation();
    process.stdout.write(`${formatReport(report)}\n`);
    const score = Object.fromEntries(report.modes.map((row) => [row.mode, row]));
    expect(report.queries).toBe(20);
    expect(score.hybrid!.ndcg).toBeGreaterThanOrEqual(0.75);
    expect(score.hybrid!.ndcg).toBeGreaterThanOrEqual(score.bm25!.ndcg);
    expect(score.hybrid!.ndcg).toBeGreaterThanOrEqual(score.vector!.ndcg);
    expect(score.hybrid!.recall).toBeGreaterThanOrEqual(Math.max(score.bm25!.recall, score.vector!.recall));
    for (const row of report.modes) expect(row.precision).toBeGreaterThan(0);
    expect(formatReport(report)).toContain('P@10');
    expect(report.nonsense.queries).toBeGreaterThanOrEqual(10);
    // The floor is hybrid's: BM25 alone still matches generic words (培训) of an off-domain query.
    expect(report.nonsense.answered.filter((entry) => entry.mode !== 'bm25')).toEqual([]);
    expect(report.nonsense.zeroHits.hybrid).toBe(report.nonsense.queries);
  }, 600_000);
});
