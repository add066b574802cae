/**
 * Newspaper and web-page furniture met on reports nobody tuned on (all texts invented, in the
 * genre): box-marked bylines, HTML left in the text, photo captions above the article, the editor's
 * closing line, dates run into the headline or into a meta line, European-style dates, and a
 * "地名：正题" headline kept whole.
 */
import { describe, expect, it } from 'vitest';
import { findDate } from '../../../../ingest/parse/dates.ts';
import { breakAtTags, isPhotoCaption, stripInlineFurniture } from '../../../../ingest/parse/furniture.ts';
import { isEditorLine } from '../../../../ingest/parse/furniture-runs.ts';
import { createParser } from '../../../../ingest/parse/index.ts';
import { labelledDate } from '../../../../ingest/parse/masthead.ts';
import { isCreditLine, isWidgetLine } from '../../../../ingest/parse/web-chrome.ts';
import type { ParsedDocument } from '../../../../language/types.ts';

const parser = createParser();
const parse = (lines: string[]): ParsedDocument => parser.parse(lines.join('\n'), 'inline.txt');

const LEAD = '近日，青禾镇各村党组织结合换届后班子建设，组织新任村干部开展集中轮训，围绕政策理论、村务管理、矛盾调处等内容分组研讨。';
const SECOND = '轮训采取“理论授课+现场观摩+交流发言”的方式进行，共培训村干部120名，参训人员普遍反映收获很大，思路更清楚了。';
const THIRD = '下一步，该镇将建立新任村干部成长档案，实行一月一调度、一季一评估，推动轮训成果转化为履职实效。';

describe('box-marked newspaper bylines', () => {
  it('drops a magazine mirror\'s issue line and keyword strip, so the subtitle\'s place leads', () => {
    const doc = parse(['“青禾”唱响振兴歌', '青禾党建 2016年7期', '关键词:东塘村青禾县长廊', '——青禾县石桥镇东塘村党总支纪事', LEAD, SECOND]);
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]?.text).not.toContain('关键词');
    expect(doc.items[0]?.text).not.toContain('2016年7期');
  });

  it('keeps a magazine feature whose headline and ◎ byline are printed twice as one article', () => {
    const headline = '“青禾”唱响振兴歌';
    const subtitle = '——青禾县石桥镇东塘村党总支纪事';
    const doc = parse([headline, subtitle, '◎本刊记者 林晓', headline, subtitle, '◎本刊记者 林晓', LEAD, SECOND, THIRD]);
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]?.text).toContain('共培训村干部120名');
  });

  it('does not read a sentence opening with 本报记者 as a credit', () => {
    expect(isCreditLine('本报记者从县委组织部获悉')).toBe(false);
  });

  it('does not take a credit glued to its names for the headline of a page without one', () => {
    const doc = parse(['□马林本报记者周文', LEAD, SECOND]);
    expect(doc.items[0]?.title).toBe('近日');
    expect(doc.items[0]?.text.startsWith('近日，青禾镇')).toBe(true);
  });

  it.each(['□本报记者 林晓', '□记者 周文 通讯员 陈立新', '■ 本报通讯员 郑楠', '◆本报记者 王一鸣 实习生 李可', '□马林本报记者周文', '江北日报全媒体记者 / 李可', '□江北日报全媒体记者李可', '■青禾晚报记者周文', '◎本刊记者 林晓', '◎ 本刊特约记者 周文'])('%s is a credit', (line) => {
    expect(isCreditLine(line)).toBe(true);
  });

  it('reads an app\'s city-desk credit, its Latin brand apart from the city and the writer named first, as furniture', () => {
    expect(isCreditLine('王芳 FOCUS 青川记者 李明')).toBe(true);
    expect(isCreditLine('FOCUS 青川记者 李明')).toBe(true);
    const doc = parse(['王芳 FOCUS 青川记者 李明', LEAD, SECOND]);
    expect(doc.items[0]?.title).toBe('近日');
    // A headline about reporters is no credit.
    expect(isCreditLine('青川记者节 媒体人走进乡村')).toBe(false);
  });

  it.each(['■ 州委组织部/文 记者 李明/图', '县委组织部/文', '王红/文  张强/摄'])('%s, a credit trailing its names, is furniture', (line) => {
    const doc = parse(['青禾镇：新任村干部集中轮训见实效', LEAD, line, SECOND, THIRD]);
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]?.text).not.toContain('/文');
  });

  it('does not start an item on a byline closing the report under the outlet\'s own name, glued to the reporter', () => {
    const doc = parse(['【本报讯】近日，市直机关工委召开党支部标准化建设观摩会，全市21家单位参加。', SECOND, '□江北日报全媒体记者李可', '新闻推荐']);
    expect(doc.items).toHaveLength(1);
    expect(doc.origins).toContain('江北日报');
  });

  it('never starts an item nor names one, under the headline or between paragraphs', () => {
    const doc = parse(['青禾镇：新任村干部集中轮训见实效', '□本报记者 林晓', '', LEAD, '', SECOND, '□记者 周文 通讯员 陈立新', THIRD]);
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]?.title).toBe('青禾镇：新任村干部集中轮训见实效');
    expect(doc.items[0]?.text).not.toMatch(/本报记者|通讯员 陈立新/);
    expect(doc.items[0]?.text).toContain('一季一评估');
  });

  it('keeps a box-marked office line as the office, not as the title', () => {
    const doc = parse(['■ 东临县委组织部', '', LEAD, SECOND]);
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]?.office).toBe('东临县委组织部');
    expect(doc.items[0]?.title).toBe('近日');
  });

  it('still reads □ as the item marker of a bulletin whose items open with it', () => {
    const doc = parse(['□东临县：推行村干部轮训制度。' + SECOND, '', '□西岭区：建立新任干部成长档案。' + THIRD]);
    expect(doc.items.map((item) => item.title)).toEqual(['东临县：推行村干部轮训制度', '西岭区：建立新任干部成长档案']);
  });
});

describe('HTML left in the text', () => {
  it('drops tags and entities inside a line', () => {
    const line = { index: 0, raw: '党员先锋岗<br/>挂牌上岗&nbsp;', norm: '党员先锋岗<br/>挂牌上岗&nbsp;' };
    expect(stripInlineFurniture(line).raw).toBe('党员先锋岗挂牌上岗');
  });

  it('a tag line above the headline is furniture, and a page id run of digits too', () => {
    const doc = parse(['< img src="http://www.example.cn/pic/logo-site.png" />', '社区里的“连心图”', '', LEAD, SECOND, '', '020030150010000000000000012200007733440011']);
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]?.title).toBe('社区里的“连心图”');
    expect(doc.items[0]?.text).not.toMatch(/img|0200301500/);
  });

  it('drops the pinyin a script-converting mirror site prints after characters, not other brackets', () => {
    const line = { index: 0, raw: '黨員固定活動(dòng)日，換屆(jiè)工作(2021年)', norm: '党员固定活动(dòng)日，换届(jiè)工作(2021年)' };
    expect(stripInlineFurniture(line).raw).toBe('黨員固定活動日，換屆工作(2021年)');
    const plain = { index: 0, raw: '推行“一肩挑”(yijiantiao)模式', norm: '推行“一肩挑”(yijiantiao)模式' };
    expect(stripInlineFurniture(plain).raw).toBe('推行“一肩挑”(yijiantiao)模式');
  });

  it('keeps text with angle brackets that are no tags', () => {
    const line = { index: 0, raw: '满意率<90%的村列入整改', norm: '满意率<90%的村列入整改' };
    expect(stripInlineFurniture(line).raw).toBe('满意率<90%的村列入整改');
  });
});

describe('photo captions', () => {
  it.each(['青禾镇石桥村村委会换届选举唱票过程。', '东临县村“两委”换届投票现场。', '参训学员在党群服务中心合影。', '西岭区党员志愿服务活动一角', '石桥村选举大会现场。（本版图片由县委组织部提供）', '新任村干部宣誓（东临县委组织部供图）'])(
    '%s is a caption',
    (line) => {
      expect(isPhotoCaption(line)).toBe(true);
    },
  );

  it.each([LEAD, '会后，大家纷纷表示要把学习成果转化为推动工作的实际行动，在比学赶超中提升能力。', '现场'])('%s is no caption', (line) => {
    expect(isPhotoCaption(line)).toBe(false);
  });

  it('drops the captions printed at the top of an article', () => {
    const doc = parse(['能人回村当“头雁”', '2020-05-06', '', '南坡县石桥村村委换届选举唱票过程。', '北岭市河湾村村委会选举投票现场。（本版图片由市委组织部提供）', LEAD, SECOND]);
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]?.text.startsWith('近日')).toBe(true);
    expect(doc.items[0]?.text).not.toMatch(/唱票|投票现场|图片由/);
  });

  it('reads a caption closed by a bare credit (…外景。张三摄) as a caption', () => {
    expect(isPhotoCaption('青禾镇党群服务中心外景。李明摄')).toBe(true);
  });

  it('drops a row of captions whose first carries the credit, up to the heading below them', () => {
    const doc = parse([
      '青禾县：深化“头雁工程”推动基层党建走深走实', '',
      '青禾县党群服务中心外景。李明摄', '',
      '青禾县社区工作者到分包居民家中走访。', '',
      '青禾县河湾村依托菊花产业发展特色旅游，发展壮大集体经济。', '',
      '县域印象：', '',
      LEAD, SECOND,
    ]);
    expect(doc.items[0]?.text).not.toMatch(/外景|分包居民|菊花/);
    expect(doc.items[0]?.text).toContain('集中轮训');
  });

  it('keeps a one-sentence lead printed under a credited photo when running text follows it', () => {
    const doc = parse(['青禾县：新任村干部集中轮训', '', '轮训现场。李明摄', '', '近日，青禾县举办新任村干部轮训班。', '', SECOND, THIRD]);
    expect(doc.items[0]?.text.startsWith('近日，青禾县举办新任村干部轮训班。')).toBe(true);
  });

  it('drops ▲ captions between the numbered parts of one article instead of opening items', () => {
    const doc = parse([
      '青禾镇党委抓实新任村干部轮训',
      LEAD,
      '一、分层分类培训',
      SECOND,
      '▲新任村干部集中轮训会',
      '▲分组研讨交流',
      '二、跟踪评估成效',
      THIRD,
      '▲成长档案展示',
      '三、推动成果转化',
      '该镇把轮训成效纳入村干部年度考核，共评选履职标兵12名。',
    ]);
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]?.text).not.toMatch(/集中轮训会|分组研讨交流|档案展示/);
    expect(doc.items[0]?.text).toContain('三、推动成果转化');
  });

  it('keeps ▲ items that have their reports under them', () => {
    const doc = parse([
      '▲青禾镇开展新任村干部轮训',
      LEAD,
      '▲东临县推行村务“一站式”办理',
      SECOND,
      '▲西岭区建立村干部成长档案',
      THIRD,
    ]);
    expect(doc.items).toHaveLength(3);
  });
});

describe('a newspaper citation under a reprint', () => {
  it('drops "《 XX日报 》( date 版)" from the text and keeps the paper as an origin', () => {
    const doc = parse(['青禾县以党建引领基层治理', '发布时间:2024-11-26 07:06:34', '', LEAD, SECOND, '《 江北日报 》( 2024年01月29日 10 版)', '(责编:王一、李二)']);
    expect(doc.items[0]?.text).toBe(`${LEAD}\n${SECOND}`);
    expect(doc.origins).toContain('江北日报');
  });

  it('keeps the paper a closing paragraph cites in brackets as an origin, not as the contributor', () => {
    const doc = parse(['市领导调研我市东塘村', LEAD, `${SECOND}（《江北日报》2013年4月24日A01版）`]);
    expect(doc.origins).toContain('江北日报');
    expect(doc.items[0]?.office ?? null).toBeNull();
  });
});

describe("a web article's closing editor line", () => {
  it.each(['编辑: abc01', '责任编辑：张明', '【责任编辑:李冬】', '编辑：王芳 审核：赵强'])('%s closes the article', (line) => {
    expect(isEditorLine(line)).toBe(true);
  });

  it.each(['编辑部全体人员参加了学习。', '编辑：'])('%s does not', (line) => {
    expect(isEditorLine(line)).toBe(false);
  });

  it('what follows it is another story', () => {
    const doc = parse(['青禾镇新任村干部集中轮训', '2021-03-02 08:10', '', LEAD, SECOND, '（记者 林晓）', '编辑: abc01', '码头装卸忙', '近日，港区码头一派繁忙，外贸货物吞吐量同比增长315%，进口粮食3.2万吨。']);
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]?.text).not.toMatch(/码头|315%/);
    expect(doc.items[0]?.text).toContain('思路更清楚了');
  });
});

describe('dates on pages', () => {
  it('reads a European day.month.year with a four-digit year', () => {
    expect(findDate('05.11.2018  09:12')?.iso).toBe('2018-11-05');
    expect(findDate('第1.2.2018版')).toBeNull();
    expect(findDate('31.02.2019')).toBeNull();
    expect(findDate('版本 3.4.20180')).toBeNull();
    expect(parse(['青禾镇新任村干部集中轮训', '05.11.2018 09:12', '', LEAD, SECOND]).date).toBe('2018-11-05');
  });

  it('finds the date at the end of a combined meta line, below a navigation list', () => {
    expect(labelledDate('来源:东临县委组织部 作者:管理员 人气:87 发布时间:2020-09-15 10:02:11')).toBe('2020-09-15');
    expect(labelledDate('会议时间：下午三点')).toBeNull();
    const nav = ['首页', '走进东临', '政务公开', '南坡县', '北岭市', '西岭区', '网站首页 > 新闻中心 > 组工动态'];
    const doc = parse([...nav, '东临县村书记擂台赛落幕', '来源:东临县委组织部 作者:管理员 人气:87 发布时间:2020-09-15 10:02:11', LEAD, SECOND]);
    expect(doc.date).toBe('2020-09-15');
    expect(doc.items[0]?.title).toBe('东临县村书记擂台赛落幕');
  });

  it('cuts a date field run into the headline line, and keeps a "地名：正题" headline whole', () => {
    const doc = parse(['|', '湖北东临：2020年度村（社区）党组织书记“比武”擂台赛落幕时间:2020-12-18风正一帆悬，实干正当时。' + LEAD, SECOND]);
    expect(doc.date).toBe('2020-12-18');
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]?.title).toBe('湖北东临：2020年度村（社区）党组织书记“比武”擂台赛落幕');
    expect(doc.items[0]?.text.startsWith('风正一帆悬')).toBe(true);
  });

  it('keeps the place with its main title when such a headline runs into the text', () => {
    const doc = parse(['湖北东临：村党组织书记擂台赛落幕 风正一帆悬，实干正当时。' + LEAD, SECOND]);
    expect(doc.items[0]?.title).toBe('湖北东临：村党组织书记擂台赛落幕 风正一帆悬');
  });

  it('an untitled item still opens with its first clause when the colon follows a speaker', () => {
    const doc = parse(['会议强调：要把轮训成果转化为履职实效，推动村级组织建设全面进步。' + LEAD, SECOND]);
    expect(doc.items[0]?.title).toBe('会议强调');
  });
});

describe("a digital newspaper's metadata tail", () => {
  it('is cut from the last paragraph it was run into', () => {
    const raw = '经县委常委会研究，最终确定4个村作为整顿对象，明确整改时限。③2 2020-06-11 1 1东临日报content_12345.html 1东临：“三把尺子”量出软弱村/enpproperty-->';
    expect(stripInlineFurniture({ index: 0, raw, norm: raw }).raw).toBe('经县委常委会研究，最终确定4个村作为整顿对象，明确整改时限。');
  });

  it('leaves a sentence naming a web page alone', () => {
    const raw = '详情可登录县政府网站查看（2020-06-11发布的index.html页面）。';
    expect(stripInlineFurniture({ index: 0, raw, norm: raw }).raw).toBe(raw);
  });
});

describe('line-breaking tags', () => {
  it('turn into line breaks, so a headline printed after an image tag stands as the headline', () => {
    expect(breakAtTags('甲<br>乙<p class="x">丙</p>')).toBe('甲\n乙\n丙\n');
    const doc = parse(['<img src="http://www.example.cn/pic/a.png" />社区里的“连心图”<br/>' + LEAD, SECOND]);
    expect(doc.items[0]?.title).toBe('社区里的“连心图”');
    expect(doc.items[0]?.text.startsWith('近日')).toBe(true);
  });
});

describe('a page toolbar with its counters', () => {
  it('does not take a toolbar showing a count beside its buttons for the headline', () => {
    const doc = parse(['2024年05月06日 来源:江北日报 作者:李可', '0 收藏 打印 增大字体 减小字体', '', LEAD, SECOND]);
    expect(doc.items[0]?.title).toBe('近日');
    expect(isWidgetLine('评论 12 点赞 3 分享')).toBe(true);
  });

  it('keeps a short line of figures and words that are no buttons', () => {
    expect(isWidgetLine('2024 年度十佳')).toBe(false);
    expect(isWidgetLine('2024')).toBe(false);
  });
});
