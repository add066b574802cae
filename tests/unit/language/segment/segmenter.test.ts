import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../../../language/knowledge/taxonomy.ts';
import { createSegmenter, distinctiveParts, domainWords } from '../../../../language/segment/index.ts';

// Invented place names stand in for the gazetteer the pipeline passes.
const places = ['迎江区', '洞山街道', '青枫街道', '云溪县'];
const words = [...domainWords(loadTaxonomy()), ...places];

describe('domain dictionary', () => {
  it('cuts practice names down to their distinctive terms', () => {
    expect(distinctiveParts('软弱涣散基层党组织整顿')).toEqual(['软弱涣散']);
    expect(distinctiveParts('社区大党委')).toEqual(['大党委']);
    expect(distinctiveParts('街乡吹哨部门报到')).toEqual(['吹哨']);
    expect(distinctiveParts('单元长制')).toEqual(['单元长制', '单元长']);
  });

  it('includes names, aliases and key terms of the taxonomy', () => {
    const dictionary = new Set(domainWords(loadTaxonomy()));
    for (const word of ['单元长制', '单元长', '大党委', '软弱涣散', '吹哨', '三会一课', '红色物业', '报到']) {
      expect(dictionary.has(word), word).toBe(true);
    }
  });

  it('keeps the key terms of the wider taxonomy (换届, 两新, 基层治理, 边疆)', () => {
    const dictionary = new Set(domainWords(loadTaxonomy()));
    for (const word of ['一肩挑', '头雁', '小个专', '评星定级', '破零', '清产核资', '接诉即办', '三社联动', '一核多元', '民族团结']) {
      expect(dictionary.has(word), word).toBe(true);
    }
  });
});

describe('segmenter', () => {
  const segmenter = createSegmenter({ words });

  it('keeps place names and practice terms whole in precise mode', () => {
    expect(segmenter.cut('迎江区推深做实单元长制度')).toEqual(['迎江区', '推深', '做实', '单元长制度']);
    expect(segmenter.cut('青枫街道建立社区“大党委”')).toEqual(['青枫街道', '建立', '社区', '大党委']);
    expect(segmenter.cut('整顿软弱涣散基层党组织')).toEqual(['整顿', '软弱涣散', '基层', '党组织']);
    expect(segmenter.cut('街乡吹哨、部门报到')).toEqual(['街乡吹哨', '部门', '报到']);
  });

  it('adds the key sub-words in search mode', () => {
    expect(segmenter.cutForSearch('迎江区推深做实单元长制度')).toEqual(['迎江区', '推深', '做实', '单元', '制度', '单元长', '单元长制', '单元长制度']);
    expect(segmenter.cutForSearch('云溪县排查软弱涣散村党组织')).toEqual(
      ['云溪县', '排查', '软弱', '涣散', '软弱涣散', '软弱涣散村', '党组', '组织', '党组织'],
    );
  });

  it('deletes PDF spaces between characters before cutting', () => {
    expect(segmenter.cut('洞 山街道打造社区 党校')).toEqual(['洞山街道', '打造', '社区党校']);
  });

  it('drops whitespace and punctuation tokens and keeps numbers whole', () => {
    expect(segmenter.cut('建立“54321”帮扶机制， 培训1.4万余人次。')).toEqual(['建立', '54321', '帮扶', '机制', '培训', '1.4', '万余人次']);
  });

  it('reads traditional characters as simplified', () => {
    expect(segmenter.cut('整頓軟弱渙散基層黨組織')).toEqual(['整顿', '软弱涣散', '基层', '党组织']);
  });

  it('is idempotent: the same words do not reload the dictionary', () => {
    const started = performance.now();
    const again = createSegmenter({ words });
    expect(performance.now() - started).toBeLessThan(500);
    expect(again.cut('洞山街道')).toEqual(['洞山街道']);
  });

  it('takes new words later without losing earlier ones', () => {
    const wider = createSegmenter({ words: ['白鹭湾社区'] });
    expect(wider.cut('白鹭湾社区位于洞山街道')).toEqual(['白鹭湾社区', '位于', '洞山街道']);
  });
});
