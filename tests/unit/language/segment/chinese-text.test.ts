import { describe, expect, it } from 'vitest';
import { normalizeChinese, normalizeWithOffsets } from '../../../../language/segment/chinese-text.ts';

describe('normalizeWithOffsets', () => {
  it.each([
    ['单 元 长\u3000制度', '单元长制度'],
    ['5D 直通车', '5D直通车'],
    ['QQ\u00a0 群', 'QQ群'],
    ['A  B', 'A B'],
    ['“单元长”制度', '单元长制度'],
    ['推行黨員積分制管理', '推行党员积分制管理'],
    ['ＡＢＣ１２３（试点）＋', 'ABC123(试点)+'],
    ['\ufeff\t首行', '首行'],
  ])('normalises %j like normalizeChinese', (input, expected) => {
    const { text, origin } = normalizeWithOffsets(input, { dropQuotes: true });
    expect(text).toBe(expected);
    expect(text).toBe(normalizeChinese(input, { dropQuotes: true }));
    expect(origin).toHaveLength(text.length);
    for (let i = 1; i < origin.length; i += 1) expect(origin[i]).toBeGreaterThan(origin[i - 1]!);
  });

  it('points every character back at the character it came from', () => {
    const input = '建立“大党委” 和 A B（１）';
    const { text, origin } = normalizeWithOffsets(input, { dropQuotes: true });
    expect(text).toBe('建立大党委和A B(1)');
    expect(origin.map((at) => input[at])).toEqual(['建', '立', '大', '党', '委', '和', 'A', ' ', 'B', '（', '１', '）']);
  });

  it('keeps quotes when asked to', () => {
    expect(normalizeWithOffsets('“两委”', { dropQuotes: false }).text).toBe('“两委”');
  });
});
