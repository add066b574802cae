import { describe, expect, it } from 'vitest';
import { loadTaxonomy, taxonomyCategories, validateTaxonomy } from '../../../ingest/knowledge/taxonomy.ts';

const entry = (name: string, aliases: string[] = [], patterns: string[] = []) => ({
  name, category: '城市基层党建', aliases, patterns, description: '一条用于测试的做法说明。',
});

describe('practice taxonomy', () => {
  it('holds at least 60 practices in at least 8 categories', () => {
    const taxonomy = loadTaxonomy();
    expect(taxonomy.length).toBeGreaterThanOrEqual(60);
    expect(taxonomyCategories(taxonomy).length).toBeGreaterThanOrEqual(8);
  });

  it('covers well-known practices of the field by canonical name', () => {
    const names = new Set(loadTaxonomy().map((practice) => practice.name));
    for (const name of ['三会一课', '主题党日', '四议两公开', '单元长制', '社区大党委', '红色物业', '软弱涣散基层党组织整顿', '第一书记', '一肩挑', '资格联审', '容错纠错', '擂台比武']) {
      expect(names.has(name), name).toBe(true);
    }
  });

  it('rejects an alias that belongs to two practices', () => {
    expect(() => validateTaxonomy([entry('甲做法', ['共同别名']), entry('乙做法', ['共同别名'])])).toThrow(/共同别名/);
  });

  it('rejects a pattern that is not a valid regular expression', () => {
    expect(() => validateTaxonomy([entry('甲做法', [], ['(未闭合'])])).toThrow(/甲做法/);
  });

  it('rejects entries missing a field', () => {
    expect(() => validateTaxonomy([{ name: '甲做法', category: '城市基层党建' }])).toThrow(/CONFIG_INVALID|Invalid configuration/);
  });
});
