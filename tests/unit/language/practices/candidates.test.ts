import { describe, expect, it } from 'vitest';
import { findCandidatePractices, itemCandidates } from '../../../../language/extract/candidates.ts';
import { createPracticeMatcher } from '../../../../language/extract/practices.ts';
import { loadTaxonomy } from '../../../../language/knowledge/taxonomy.ts';

const matcher = createPracticeMatcher(loadTaxonomy());
const candidateNames = (text: string): string[] => findCandidatePractices(text, matcher).map((candidate) => candidate.name);

// An invented bulletin item in the genre.
const item =
  '△松岭区：“三联三帮”推动软弱涣散村转化。建立“54321”帮扶机制，对排查出的村严格落实“四个一”整顿举措，' +
  '在社区建设“红领工作站”8个，推行“单元长”制度和社区“大党委”，摸清“家底”，' +
  '坚持“选得准、管得住、用得好”的思路，晒一晒“2023年干得怎么样”，组建“一对一”帮扶对子，' +
  '打造“为民服务直通车”，实施“千村 提升”行动，再次建立“54321”帮扶机制。';

describe('candidate practices', () => {
  it('takes quoted mechanisms with their following noun, deduplicated, in order', () => {
    expect(candidateNames(item)).toEqual([
      '三联三帮', '54321帮扶机制', '四个一整顿举措', '红领工作站', '为民服务直通车', '千村提升行动',
    ]);
  });

  it('takes a numbered formula carried out as building (“双基”建设), not a plain word built', () => {
    expect(candidateNames('全市坚持不懈推进“双基”建设，夯实基层基础。')).toContain('双基建设');
    expect(candidateNames('加快“美丽庭院”建设，改善村容村貌。')).not.toContain('美丽庭院建设');
  });

  it('takes a quoted pair of six-character phrases before 行动 as a campaign’s name, not a list', () => {
    expect(candidateNames('省委决定实施“百村党建富民、建设幸福家园”行动。')).toContain('百村党建富民、建设幸福家园行动');
    expect(candidateNames('村民们说：“日子越过越好、心里越来越甜”。')).toEqual([]);
  });

  it('keeps the text as written, quotes included', () => {
    const found = findCandidatePractices(item, matcher);
    expect(found.find((candidate) => candidate.name === '54321帮扶机制')?.matched).toBe('“54321”帮扶机制');
    expect(found.find((candidate) => candidate.name === '千村提升行动')?.matched).toBe('“千村提升”行动');
  });

  it('takes the name of a quoted campaign (“X”活动, “X”主题活动), not a place for activities', () => {
    expect(candidateNames('以“村级治理提升年”活动为契机，开展“亮身份、树形象”主题活动。')).toEqual(['村级治理提升年']);
    expect(candidateNames('建成“幸福小院”活动场所12处，群众有了“好去处”活动室。')).toEqual([]);
  });

  it('skips practices the taxonomy already knows', () => {
    expect(candidateNames('推行“单元长”制度，健全社区“大党委”，落实“三会一课”')).toEqual([]);
  });

  it('skips slogans, lists, colloquial words and quoted speech', () => {
    expect(candidateNames('摸清“家底”，按照“选得准、管得住”的要求，比一比“明年怎么干”，坚持“一对一”结对')).toEqual([]);
  });

  it('skips birth cohorts quoted as labels for people (“80后”, “九零后”)', () => {
    expect(candidateNames('这位“90后”书记带着“60后”“七零后”老党员跑项目，推行“三色”预警机制')).toEqual(['三色预警机制']);
  });

  it('reads straight quotes and corner brackets', () => {
    expect(candidateNames('落实"三个报告"制度，设立「邻里议事亭」')).toEqual(['三个报告制度']);
  });

  it('takes any name a headline quotes, even without a mechanism noun', () => {
    const names = (title: string, text: string): string[] => itemCandidates(title, text, matcher, 1).map((candidate) => candidate.name);
    expect(names('某市选聘“强村专员”', '今年共选聘42名。')).toEqual(['强村专员']);
    expect(names('某市选聘“强村专员”', '')).toEqual(['强村专员']);
    expect(names('某县：落实“三会一课”', '')).toEqual([]);
  });

  it('takes the unquoted key mechanism of an item the taxonomy does not know', () => {
    const names = (title: string, text: string): string[] => itemCandidates(title, text, matcher, 0).map((candidate) => candidate.name);
    expect(names('某镇实行闭环管理', '镇党委建立台账。')).toEqual(['闭环管理']);
    expect(names('某县：五步议事工作法化解矛盾', '')).toEqual(['五步议事工作法']);
    expect(names('', '近年来，某村党支部全面推行路长制，村容村貌明显改善。')).toEqual(['路长制']);
    expect(names('', '某县探索建立“红橙黄”三色预警机制。')).toEqual(['红橙黄三色预警机制']);
  });

  it('leaves ordinary words and items with curated practices alone', () => {
    expect(itemCandidates('某县健全长效机制', '加强日常管理。', matcher, 0)).toEqual([]);
    expect(itemCandidates('某镇实行闭环管理', '', matcher, 2)).toEqual([]);
  });

  it('keeps one name for a mechanism quoted with and without its noun', () => {
    const names = itemCandidates('', '推行“双评议”机制，“双评议”让群众说了算。', matcher, 1).map((candidate) => candidate.name);
    expect(names).toEqual(['双评议机制']);
  });

  it('names a mechanism by the parallel phrases quoted before its noun, not by a list or a sentence', () => {
    expect(candidateNames('松岭区探索“三网合一、两级联动”城市基层党建工作法，覆盖社区12个。')).toEqual(['三网合一、两级联动城市基层党建工作法']);
    expect(candidateNames('坚持“早发现、早处置”提供制度保障。')).toEqual([]);
    expect(candidateNames('开展“一对一、一对多”模式帮扶。')).toEqual([]);
    expect(candidateNames('要求“早发现、早报告、早处置、早总结”机制。')).toEqual([]);
  });
});
