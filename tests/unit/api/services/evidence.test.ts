import { describe, expect, it } from 'vitest';
import { backedOrStrong, lexicalMatchesAreEvidence } from '../../../../api/services/evidence.ts';

/** A corpus vocabulary as the store's termsUsed sees it: a term used or not. */
const storeKnowing = (...words: string[]) => ({
  async termsUsed(tokens: string[]): Promise<Set<string>> {
    return new Set(tokens.filter((token) => words.includes(token)));
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

describe('word matches beside vector matches', () => {
  const scored = (itemId: string, score: number) => ({ itemId, score, passages: [] });
  const text = [scored('a', 20), scored('b', 5), scored('c', 1.5), scored('d', 1)];

  it('keeps those a vector match backs and those within the floor of the best', () => {
    expect(backedOrStrong(text, [scored('d', 0.6)], 0.1).map((item) => item.itemId)).toEqual(['a', 'b', 'd']);
  });

  it('keeps every match at floor 0', () => {
    expect(backedOrStrong(text, [], 0)).toHaveLength(4);
  });
});
