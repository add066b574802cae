import { describe, expect, it } from 'vitest';
import { findMetric } from '../../../../language/extract/outcome-metric.ts';
import { createOutcomeExtractor } from '../../../../language/extract/outcomes.ts';

const extractor = createOutcomeExtractor();
const brief = (text: string) =>
  extractor.extract(text).map((o) => ({ text: o.text, value: o.value, unit: o.unit, kind: o.kind }));

describe('createOutcomeExtractor', () => {
  it('reads an invented bulletin item into exact claims', () => {
    const item =
      '△青禾县：“三链融合”激活村级集体经济。2021年以来，青禾县投入资金1850万元，选派26名机关干部驻村帮扶，' +
      '组建8个专项督导组。目前已培训村干部2.3万余人次，新建产业党支部15个，帮助解决群众难题326件，' +
      '2022 年 18 个试点村村均收入为 42.6 万元，较上年增幅达 21.5%。每个村党建经费每年不少于3万元，' +
      '问题线索须在5个工作日内办结。（青禾县委组织部）';
    expect(extractor.extract(item)).toEqual([
      { text: '青禾县投入资金1850万元', value: 1850, unit: '万元', normalized: { value: 18500000, unit: '元' }, metric: '资金', kind: 'input', approximate: false, practice: null },
      { text: '选派26名机关干部驻村帮扶', value: 26, unit: '名', normalized: { value: 26, unit: '名' }, metric: null, kind: 'input', approximate: false, practice: null },
      { text: '组建8个专项督导组', value: 8, unit: '个', normalized: { value: 8, unit: '个' }, metric: null, kind: 'input', approximate: false, practice: null },
      { text: '目前已培训村干部2.3万余人次', value: 2.3, unit: '万人次', normalized: { value: 23000, unit: '人次' }, metric: null, kind: 'outcome', approximate: true, practice: null },
      { text: '新建产业党支部15个', value: 15, unit: '个', normalized: { value: 15, unit: '个' }, metric: null, kind: 'outcome', approximate: false, practice: null },
      { text: '帮助解决群众难题326件', value: 326, unit: '件', normalized: { value: 326, unit: '件' }, metric: null, kind: 'outcome', approximate: false, practice: null },
      { text: '2022 年 18 个试点村村均收入为 42.6 万元', value: 18, unit: '个', normalized: { value: 18, unit: '个' }, metric: null, kind: 'outcome', approximate: false, practice: null },
      { text: '2022 年 18 个试点村村均收入为 42.6 万元', value: 42.6, unit: '万元', normalized: { value: 426000, unit: '元' }, metric: '村均收入', kind: 'outcome', approximate: false, practice: null },
      { text: '较上年增幅达 21.5%', value: 21.5, unit: '%', normalized: { value: 21.5, unit: '%' }, metric: '增幅', kind: 'outcome', approximate: false, practice: null },
      { text: '每个村党建经费每年不少于3万元', value: 3, unit: '万元', normalized: { value: 30000, unit: '元' }, metric: '党建经费', kind: 'target', approximate: false, practice: null },
      { text: '问题线索须在5个工作日内办结', value: 5, unit: '个工作日', normalized: { value: 5, unit: '个工作日' }, metric: null, kind: 'target', approximate: false, practice: null },
    ]);
  });

  it('reads lengths whose decimal point is a small full stop (修通3条全长8﹒4公里的道路)', () => {
    expect(brief('近年来，该村共修通3条全长8\ufe524公里的通组道路，硬化巷道1﹒2万平方米。').map((o) => [o.value, o.unit, o.kind])).toEqual([
      [3, '条', 'outcome'],
      [8.4, '公里', 'outcome'],
      [1.2, '万平方米', 'outcome'],
    ]);
  });

  it('classifies standards, quotas and projections as targets', () => {
    expect(brief('各支部每年开展主题党日不少于4次，每名党员每季度至少参加1次志愿服务，任期为5年，调整后15日内报县委组织部备案，预计年收入可达50万元').map((o) => [o.value, o.unit, o.kind])).toEqual([
      [4, '次', 'target'],
      [1, '次', 'target'],
      [5, '年', 'target'],
      [15, '日', 'target'],
      [50, '万元', 'target'],
    ]);
  });

  it('classifies resources put in as inputs and money earned as outcomes', () => {
    expect(brief('区财政每年安排80万元专项经费，由街道指定2名联络员，累计筹集善款65.5万元，集体经营性收入达到120万元，组织36个社区党组织开展排查').map((o) => [o.value, o.kind])).toEqual([
      [80, 'input'],
      [2, 'input'],
      [65.5, 'outcome'],
      [120, 'outcome'],
      [36, 'input'],
    ]);
  });

  it('skips dates, ordinals, titles, quoted names, document numbers and codes', () => {
    const text =
      '2021年6月28日，第12期培训班开班。《青禾县2021年村级组织运转经费管理办法》印发（青组〔2021〕15号）。' +
      '打造“15分钟党群服务圈”，推行“1+6”模式，5G基站建设同步推进，落实“三会一课”“四个一”制度，' +
      '为80岁以上老人上门服务，联系电话0551-6281234，2020年选调生12名全部到岗。';
    expect(brief(text)).toEqual([{ text: '2020年选调生12名全部到岗', value: 12, unit: '名', kind: 'outcome' }]);
  });

  it('keeps Chinese numeral counts of ten and more, skips small ones and named numbers', () => {
    expect(brief('召开座谈会两次，吸纳一百二十名党员志愿者，实施“千人计划”').map((o) => [o.value, o.unit])).toEqual([[120, '名']]);
  });

  it('lets a 其中 breakdown inherit the kind of the total before it', () => {
    expect(brief('全市选任小区党组织书记860名，覆盖率达到91%，其中选派机关干部142名。').map((o) => [o.value, o.kind])).toEqual([
      [860, 'outcome'],
      [91, 'outcome'],
      [142, 'outcome'],
    ]);
  });

  it('keeps a recurring duty in scope for the rest of its sentence', () => {
    expect(brief('每年轮训网格员500名，培训楼栋长800名。各社区已举办培训42次。').map((o) => [o.value, o.kind])).toEqual([
      [500, 'target'],
      [800, 'target'],
      [42, 'outcome'],
    ]);
  });

  it('joins a clause cut by a page break and drops the line break from its text', () => {
    const text = '芦湾区坚持“分类指导、整体推进、重点突破、示范带动”的原则，全面推行小区党支部书\n\n记选任，共选任书记512名，工作成效明显。\n\n聚焦服务 提升效能\n\n各小区累计开展服务活动300余场。';
    expect(brief(text)).toEqual([
      { text: '共选任书记512名', value: 512, unit: '名', kind: 'outcome' },
      { text: '各小区累计开展服务活动300余场', value: 300, unit: '场', kind: 'outcome' },
    ]);
  });

  it('links each claim to the practice its clause names, through the callback', () => {
    const tied = createOutcomeExtractor({ practiceOfClause: (clause) => (clause.includes('单元长') ? '单元长制' : null) });
    expect(tied.extract('建成服务站12个，选聘单元长320名').map((o) => [o.value, o.practice])).toEqual([
      [12, null],
      [320, '单元长制'],
    ]);
  });

  it('treats half-width punctuation and thousands separators as written in PDFs', () => {
    expect(brief('全市共有党员1,381名,覆盖 26 个社区;其中流动党员 214 名').map((o) => [o.text, o.value])).toEqual([
      ['全市共有党员1,381名', 1381],
      ['覆盖 26 个社区', 26],
      ['其中流动党员 214 名', 214],
    ]);
  });
});

describe('findMetric', () => {
  it.each([
    ['2020年10个村村均收入为', '村均收入'],
    ['较上一年度增幅达', '增幅'],
    ['专职书记覆盖率达到', '覆盖率'],
    ['实现年收入达', '年收入'],
    ['预计年收入可达', '年收入'],
    ['受训居民达', null],
  ])('names the measure in "%s"', (before, metric) => {
    expect(findMetric(before)).toBe(metric);
  });
});

describe('traditional characters', () => {
  it('reads a traditional-character clause and reports it as written', () => {
    expect(extractor.extract('全縣投入資金1.5億元，每個社區經費每年不少於10萬元，預計年收入可達30萬元').map((o) => [o.text, o.value, o.unit, o.normalized.value, o.kind])).toEqual([
      ['全縣投入資金1.5億元', 1.5, '亿元', 150000000, 'input'],
      ['每個社區經費每年不少於10萬元', 10, '万元', 100000, 'target'],
      ['預計年收入可達30萬元', 30, '万元', 300000, 'target'],
    ]);
  });
});
