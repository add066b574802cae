import { describe, expect, it } from 'vitest';
import { escapeHtml, highlightPassages, snippet } from '../../../../api/services/highlights.ts';

describe('highlights', () => {
  it('wraps matched terms in <em> and escapes everything else', () => {
    expect(snippet('嘉荫县推行<b>党员积分</b>管理 & 评议', ['党员积分'])).toBe('嘉荫县推行&lt;b&gt;<em>党员积分</em>&lt;/b&gt;管理 &amp; 评议');
  });

  it('prefers the longest term at a position', () => {
    expect(snippet('推行单元长制度', ['单元', '单元长制'])).toBe('推行<em>单元长制</em>度');
  });

  it('marks terms written in traditional characters or broken by PDF spaces, as written', () => {
    expect(snippet('推行單元長制，单 元 长覆盖楼栋', ['单元长'])).toBe('推行<em>單元長</em>制，<em>单 元 长</em>覆盖楼栋');
  });

  it('cuts a long passage around its first match with ellipses', () => {
    const text = `${'前'.repeat(100)}单元长${'后'.repeat(100)}`;
    const html = snippet(text, ['单元长'], 40);
    expect(html.startsWith('…')).toBe(true);
    expect(html.endsWith('…')).toBe(true);
    expect(html).toContain('<em>单元长</em>');
    expect(html.replace(/<\/?em>|…/g, '')).toHaveLength(40);
  });

  it('snippets the passages that earned the hit, in that order, at most two', () => {
    const passages = [0, 1, 2].map((index) => ({ index, text: `第${index}段 单元长` }));
    expect(highlightPassages(passages, [2, 0, 1], ['单元长']).map((highlight) => highlight.passageIndex)).toEqual([2, 0]);
    expect(highlightPassages(passages, [], ['单元长'])[0]!.snippet).toBe('第0段 <em>单元长</em>');
  });

  it('escapes quotes and ampersands', () => {
    expect(escapeHtml(`"a" & 'b'`)).toBe('&quot;a&quot; &amp; &#39;b&#39;');
  });
});
