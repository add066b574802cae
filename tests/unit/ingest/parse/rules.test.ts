/**
 * The small rules the parser is built from: spaces, sentence ends, dates, furniture, offices, wraps.
 */
import { describe, expect, it } from 'vitest';
import { findDate } from '../../../../ingest/parse/dates.ts';
import { stripDateline } from '../../../../ingest/parse/datelines.ts';
import { dropFurniture, isFurnitureLine } from '../../../../ingest/parse/furniture.ts';
import { toLines } from '../../../../ingest/parse/lines.ts';
import { readMasthead } from '../../../../ingest/parse/masthead.ts';
import { bylineOffice, isOfficeName, splitTrailingOffice } from '../../../../ingest/parse/offices.ts';
import { compactSpaces, endsSentence, firstClause, firstSentenceEnd, removeSpacesBetweenHan, stripEmphasis } from '../../../../ingest/parse/text.ts';
import { estimateWrapWidth, healWraps } from '../../../../ingest/parse/wraps.ts';
import { normalizeText } from '../../../../ingest/read/normalize.ts';

describe('text helpers', () => {
  it('removes PDF spaces next to Chinese text but keeps them between Latin words', () => {
    expect(compactSpaces('党务干部 队伍，优选 1- 2 名，培训 1000 名')).toBe('党务干部队伍，优选1-2名，培训1000名');
    expect(compactSpaces('使用 Office 365 办公')).toBe('使用Office 365办公');
  });

  it('removes spaces between two Chinese characters only', () => {
    expect(removeSpacesBetweenHan('党务干部 队伍')).toBe('党务干部队伍');
    expect(removeSpacesBetweenHan('“组织进楼” 推深做实')).toBe('“组织进楼” 推深做实');
  });

  it('strips markdown emphasis', () => {
    expect(stripEmphasis('**“五标准”画像选人。**坚持')).toBe('“五标准”画像选人。坚持');
  });

  it('knows when a line ends a sentence, also behind a closing quote', () => {
    expect(endsSentence('提供制度保障。')).toBe(true);
    expect(endsSentence('“大家商量着办。”')).toBe(true);
    expect(endsSentence('领导批示：')).toBe(true);
    expect(endsSentence('根据工作')).toBe(false);
    expect(endsSentence('推深做实“单元长”')).toBe(false);
  });

  it('finds the first clause and the first 。 outside brackets', () => {
    expect(firstClause('随着工作的深入推进,嘉禾县坚持')).toBe('随着工作的深入推进');
    expect(firstClause('选派干部、党员参与，推动')).toBe('选派干部、党员参与');
    expect(firstSentenceEnd('出台《意见。》规范建设。正文')).toBe(11);
  });

  it('normalises newlines, odd spaces and zero-width characters', () => {
    expect(normalizeText('\ufeff第\u00a08\u3000期\r\n党建\u200b工作  \r')).toBe('第 8 期\n党建工作\n');
  });
});

describe('dates', () => {
  it.each([
    ['2020 年 6 月 28 日', '2020-06-28'],
    ['2020年12月25日', '2020-12-25'],
    ['2020-06-28', '2020-06-28'],
    ['2020.6.28', '2020-06-28'],
    ['发布时间：2022/11/3 09:30', '2022-11-03'],
    ['二〇二一年五月十日', '2021-05-10'],
    ['二〇二〇年十二月三十一日', '2020-12-31'],
  ])('reads %s as %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it('refuses impossible dates and bare numbers', () => {
    expect(findDate('2020年13月2日')).toBeNull();
    expect(findDate('投入资金 3200 万元')).toBeNull();
  });
});

describe('masthead', () => {
  it('reads a masthead whose publication shares the issue line', () => {
    const masthead = readMasthead(toLines('河口组工通讯 2021年第6期（总第88期）\n中共河口县委组织部编\n2021年7月2日\n\n△正文。'));
    expect([masthead.publication, masthead.issue, masthead.publisher, masthead.date]).toEqual([
      '河口组工通讯',
      '第6期',
      '中共河口县委组织部',
      '2021-07-02',
    ]);
  });

  it('finds no masthead in a document that starts with its article', () => {
    const masthead = readMasthead(toLines('近年来，河口县坚持把村级组织建设作为基础工程，取得了明显成效，群众满意度不断提高。'));
    expect(masthead.issue).toBeNull();
    expect(masthead.consumed.size).toBe(0);
  });
});

describe('furniture', () => {
  it.each([
    '报：省委组织部，本部领导。',
    '送: 各县（市、区）委书记。',
    '领导批示：',
    '版权所有: 某某网络台 某某日报社主办',
    '增值电信业务经营者证件号:X-1 许可证编号:2312',
    '正文最后一句。 | ||||',
    '|||',
    '![]() |',
    '- 3 -',
    '第 2 页 共 8 页',
    '本报记者 周明 通讯员 林小青',
    '责任编辑：陈雨',
    '（完）',
    '(上接1版,)',
    '（下转第3版）',
    '(转A2版)',
    '首页 > 党建动态 > 正文',
    '中共某某市委主管主办 国内统一刊号: CN99-0001 爆料热线:12345678901',
    '某某日报社主管主办 邮发代号:99-10',
  ])('drops "%s"', (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });

  it.each(['全县设立举报电话 3 部，受理群众举报 120 件。', '开通党员服务热线，设立新闻热线受理群众诉求。', '转1版面', '第 8 期', '△河口县：推行代办制。', '市内信息'])('keeps "%s"', (line) => {
    expect(isFurnitureLine(line)).toBe(false);
  });

  it('drops a photo credit together with the caption above it', () => {
    const lines = dropFurniture(toLines('■中共河口县委组织部\n河口县党员在田间宣讲政策。\n河口县委组织部供图\n近年来，河口县推行田间课堂。'));
    expect(lines.map((line) => line.raw)).toEqual(['■中共河口县委组织部', '', '', '近年来，河口县推行田间课堂。']);
  });

  it('cuts a closing (完) out of a paragraph but leaves the dateline to the item (it may open the title)', () => {
    const lines = dropFurniture(toLines('本报讯（记者 周明）近日，河口县召开会议。（完）'));
    expect(lines[0]?.raw).toBe('本报讯（记者 周明）近日，河口县召开会议。');
    expect(stripDateline({ raw: lines[0]?.raw ?? '', norm: lines[0]?.norm ?? '' }).raw).toBe('近日，河口县召开会议。');
  });
});

describe('offices', () => {
  it('recognises office names but not headlines that end like one', () => {
    expect(isOfficeName('中共河口县委组织部')).toBe(true);
    expect(isOfficeName('河口县委组织部、河口县委宣传部')).toBe(true);
    expect(isOfficeName('河口县强化村党委')).toBe(false);
    expect(isOfficeName('打造过硬支部')).toBe(false);
  });

  it('reads a byline without its decoration or label', () => {
    expect(bylineOffice('■中共河口县委组织部', '■中共河口县委组织部')).toBe('中共河口县委组织部');
    expect(bylineOffice('供稿：河口县委组织部', '供稿：河口县委组织部')).toBe('河口县委组织部');
    expect(bylineOffice('河口县委组织部供图', '河口县委组织部供图')).toBeNull();
  });

  it('reads a byline naming the office and then its authors (河口县委组织部 张明 李华) as the office', () => {
    expect(bylineOffice('河口县委组织部 张明 李华', '河口县委组织部 张明 李华')).toBe('河口县委组织部');
    expect(bylineOffice('中共河口县委组织部  欧阳明', '中共河口县委组织部  欧阳明')).toBe('中共河口县委组织部');
    // Names run into the office, or words after it, are no byline of authors.
    expect(bylineOffice('河口县委组织部张明', '河口县委组织部张明')).toBeNull();
    expect(bylineOffice('河口县委组织部 抓党建 促振兴 见实效', '河口县委组织部 抓党建 促振兴 见实效')).toBeNull();
  });

  it('splits an office in closing parentheses from the text, but not other parentheses', () => {
    expect(splitTrailingOffice('全年办结 12 件。(河口县委组织部)', '全年办结 12 件。(河口县委组织部)')).toEqual({
      office: '河口县委组织部',
      rest: '全年办结 12 件。',
    });
    expect(splitTrailingOffice('出台《意见（试行）》', '出台《意见（试行）》')).toBeNull();
  });

  it('splits the short tag an organization department signs with (（河组）, (河口组工)) from the text, but not a group or a reporter', () => {
    expect(splitTrailingOffice('收入百万元以上的村2个。 (河组)', '收入百万元以上的村2个。 (河组)')).toEqual({ office: '河组', rest: '收入百万元以上的村2个。' });
    expect(splitTrailingOffice('全年办结12件。（河口组工）', '全年办结12件。（河口组工）')?.office).toBe('河口组工');
    expect(splitTrailingOffice('由村民代表组成评议组。（第一小组）', '由村民代表组成评议组。（第一小组）')).toBeNull();
    expect(splitTrailingOffice('达到了练兵比武的目的。（本报记者 宋明）', '达到了练兵比武的目的。（本报记者 宋明）')).toBeNull();
  });
});

describe('wraps', () => {
  const context = { headingMaxLength: 40, wrapWidth: null };

  it('heals a sentence broken across a blank line', () => {
    const paragraphs = healWraps(toLines('将单元长制度进行整合，明确优秀网格长、优秀单元长评选由网格\n\n党支部推荐，提供保障。\n配强骨干队伍。'), context);
    expect(paragraphs.map((p) => p.raw)).toEqual(['将单元长制度进行整合，明确优秀网格长、优秀单元长评选由网格党支部推荐，提供保障。', '配强骨干队伍。']);
  });

  it('keeps a heading line apart from the paragraph after it', () => {
    const paragraphs = healWraps(toLines('聚焦精准选配 注重人岗相适\n\n全市选任小区党组织书记 1381 名。'), context);
    expect(paragraphs).toHaveLength(2);
  });

  it('measures the page width of hard-wrapped text and nothing for paragraph text', () => {
    const wrapped = toLines('全面清查村级集体资产，登记闲置厂房\n林地、水面等资源一千余项，估值三亿\n元。筛选特色种养、乡村旅游等项目四\n十余个，由县级领导分包推进，建立收\n益清单。');
    expect(estimateWrapWidth(wrapped)).toBe(17);
    expect(estimateWrapWidth(toLines('第一段完整的句子。\n第二段完整的句子。'))).toBeNull();
  });

  it('measures no width on an e-paper page whose short open lines are its headline, subtitle and section heads', () => {
    const para = (n: number): string => `该镇第${n}项做法推动村集体经济抱团发展，村党组织统一谋划项目，公司负责运营，群众就近就业增收，全镇形成了上下联动的工作格局。`;
    const page = ['2024年05月06日', '', '“三村联营”发展 做活“一池春水”', '', '——某镇探索村集体经济发展新路径综述', '', para(1), '', '统筹谋划 “三村联营”谋发展', '', para(2), '', para(3), '', '盘活资源 拓宽渠道促增收', '', para(4)];
    expect(estimateWrapWidth(toLines(page.join('\n')))).toBeNull();
    const paragraphs = healWraps(toLines(page.join('\n')), { headingMaxLength: 40, wrapWidth: null });
    expect(paragraphs[1]?.norm).toBe('“三村联营”发展 做活“一池春水”');
  });
});
