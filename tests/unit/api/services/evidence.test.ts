import { describe, expect, it } from 'vitest';
import { lexicalMatchesAreEvidence } from '../../../../api/services/evidence.ts';
import type { PassageHit } from '../../../../graph/store.ts';

/** A corpus vocabulary as the store's fullText sees it: a term used or not. */
const storeKnowing = (...words: string[]) => ({
  async fullText(tokens: string[]): Promise<PassageHit[]> {
    return tokens.some((token) => words.includes(token)) ? [{ itemId: 'd:1', passageIndex: 0, score: 1 }] : [];
  },
});

describe('lexical matches as evidence', () => {
  const corpus = storeKnowing('培训', '课程', '党员', '带头人', '单元长制', '效果');

  it('are evidence when the corpus uses most of what the query asks about', async () => {
    expect(await lexicalMatchesAreEvidence(corpus, ['单元长制', '效果'])).toBe(true);
    expect(await lexicalMatchesAreEvidence(corpus, ['楼道', '党员', '带头人'])).toBe(true);
  });

  it('are no evidence when half or more of it is never said in the corpus', async () => {
    expect(await lexicalMatchesAreEvidence(corpus, ['钢琴', '调音师', '培训', '课程'])).toBe(false);
    expect(await lexicalMatchesAreEvidence(corpus, ['量子', '计算机'])).toBe(false);
  });

  it('leave a query without subjects to the retrievers', async () => {
    expect(await lexicalMatchesAreEvidence(corpus, [])).toBe(true);
  });
});
