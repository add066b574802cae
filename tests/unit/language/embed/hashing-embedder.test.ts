import { describe, expect, it } from 'vitest';
import { cosineSimilarity, createHashingEmbedder, embedQuery, HASHING_EMBEDDER_MODEL, norm, queryText } from '../../../../language/embed/index.ts';

describe('createHashingEmbedder (test double)', () => {
  it('names itself as a test double and gives 512 dimensions by default', () => {
    const embedder = createHashingEmbedder();
    expect(embedder.model).toBe(HASHING_EMBEDDER_MODEL);
    expect(embedder.dimensions).toBe(512);
  });

  it('returns unit vectors of the asked width, identical for identical text', async () => {
    const embedder = createHashingEmbedder(64);
    const [first, second, other] = await embedder.embed(['松溪镇推行网格党建', '松溪镇推行网格党建', '人才引进']);
    expect(first).toHaveLength(64);
    expect(norm(first!)).toBeCloseTo(1, 6);
    expect(Array.from(second!)).toEqual(Array.from(first!));
    expect(Array.from(other!)).not.toEqual(Array.from(first!));
  });

  it('scores texts sharing bigrams above unrelated ones', async () => {
    const embedder = createHashingEmbedder();
    const [query, near, far] = await embedder.embed(['楼栋党员带头人', '每个楼栋选出党员带头人', '选调生试用期考核']);
    expect(cosineSimilarity(query!, near!)).toBeGreaterThan(cosineSimilarity(query!, far!));
  });

  it('ignores punctuation and the bge query instruction', async () => {
    const embedder = createHashingEmbedder();
    const [plain, punctuated] = await embedder.embed(['单元长制度', '“单元长”制度。']);
    expect(Array.from(punctuated!)).toEqual(Array.from(plain!));
    expect(Array.from(await embedQuery(embedder, '单元长制度'))).toEqual(Array.from(plain!));
  });

  it('gives a zero vector when nothing but punctuation is left', async () => {
    const [vector] = await createHashingEmbedder(8).embed(['。！ ']);
    expect(Array.from(vector!)).toEqual(new Array(8).fill(0));
  });
});

describe('queryText', () => {
  it('prefixes the bge retrieval instruction to the trimmed query', () => {
    expect(queryText(' 软弱涣散党组织整顿 ')).toBe('为这个句子生成表示以用于检索相关文章：软弱涣散党组织整顿');
  });
});
