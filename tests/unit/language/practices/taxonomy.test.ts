import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadTaxonomy, taxonomyCategories, validateTaxonomy } from '../../../../language/knowledge/taxonomy.ts';

const entry = (name: string, aliases: string[] = [], patterns: string[] = []) => ({
  name, category: '城市基层党建', aliases, patterns, description: '一条用于测试的做法说明。',
});

describe('practice taxonomy', () => {
  it('holds at least 300 practices in at least 12 categories, each with a description', () => {
    const taxonomy = loadTaxonomy();
    expect(taxonomy.length).toBeGreaterThanOrEqual(300);
    expect(taxonomyCategories(taxonomy).length).toBeGreaterThanOrEqual(12);
    for (const practice of taxonomy) expect(practice.description.length, practice.name).toBeGreaterThanOrEqual(8);
  });

  it('covers the families grassroots reports use', () => {
    const names = new Set(loadTaxonomy().map((practice) => practice.name));
    for (const name of [
      '两委换届', '乡镇党委换届', '换届风气监督', '村党组织书记选配', '头雁工程', '公开遴选村党组织书记', '村党组织书记专职化',
      '村级后备干部', '网格化管理', '区域化党建', '支部建在小区', '评星定级', '在职党员到社区报到', '村务监督委员会',
      '党组织领办合作社', '集体经济破零消薄', '农村集体产权制度改革', '驻村工作队', '党群服务中心', '发展党员', '流动党员管理',
      '非公企业党建', '社会组织党建', '小个专党建', '新就业群体党建', '行业党委', '机关党建', '干部考核评价', '人才引进',
      '三社联动', '一核多元', '接诉即办', '边疆党建', '民族团结进步创建', '党建品牌创建', '党建引领产业发展',
    ]) {
      expect(names.has(name), name).toBe(true);
    }
  });

  it('covers the campaigns older reports are written in (2005–2015)', () => {
    const names = new Set(loadTaxonomy().map((practice) => practice.name));
    for (const name of ['保持共产党员先进性教育活动', '深入学习实践科学发展观活动', '创先争优活动', '基层组织建设年', '党的群众路线教育实践活动', '三严三实专题教育']) {
      expect(names.has(name), name).toBe(true);
    }
  });

  it('reads a folder of category files in name order, and a single file', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'taxonomy-'));
    const practice = (name: string) => ({ name, aliases: [], patterns: [], description: '一条用于测试的做法说明。' });
    writeFileSync(path.join(folder, 'taxonomy-02-b.json'), JSON.stringify({ category: '乙类', practices: [practice('乙做法')] }));
    writeFileSync(path.join(folder, 'taxonomy-01-a.json'), JSON.stringify({ category: '甲类', practices: [practice('甲做法')] }));
    writeFileSync(path.join(folder, 'notes.json'), '{}');
    const taxonomy = loadTaxonomy(folder);
    expect(taxonomy.map((entry) => [entry.name, entry.category])).toEqual([['甲做法', '甲类'], ['乙做法', '乙类']]);
    expect(loadTaxonomy(path.join(folder, 'taxonomy-02-b.json')).map((entry) => entry.name)).toEqual(['乙做法']);
  });

  it('rejects an alias owned by practices in two category files', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'taxonomy-'));
    const practice = (name: string) => ({ name, aliases: ['共同别名'], patterns: [], description: '一条用于测试的做法说明。' });
    writeFileSync(path.join(folder, 'taxonomy-01-a.json'), JSON.stringify({ category: '甲类', practices: [practice('甲做法')] }));
    writeFileSync(path.join(folder, 'taxonomy-02-b.json'), JSON.stringify({ category: '乙类', practices: [practice('乙做法')] }));
    expect(() => loadTaxonomy(folder)).toThrow(/共同别名/);
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
