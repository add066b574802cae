/**
 * How the parser decides where items begin, shown on short invented bulletins.
 */
import { describe, expect, it } from 'vitest';
import { createParser } from '../../../../ingest/parse/index.ts';
import { isAtlasError } from '../../../../errors/catalogue.ts';

const parser = createParser();
const parse = (text: string) => parser.parse(text, 'inline.txt');
const titles = (text: string) => parse(text).items.map((item) => item.title);

describe('item boundaries', () => {
  it('keeps one article with 一、二、三 parts as one item named by its first clause', () => {
    const doc = parse(
      [
        '近年来，河口县坚持把村级组织建设作为基础工程，取得了明显成效。',
        '一、健全组织体系，筑牢战斗堡垒',
        '全县 58 个村全部建立党群服务中心，配备专职党务工作者 116 名。',
        '二、完善工作机制，提升服务能力',
        '推行村级事务“一站式”办理，全年办结群众事项 3400 余件。',
      ].join('\n'),
    );
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]?.title).toBe('近年来');
    expect(doc.items[0]?.text).toContain('一、健全组织体系，筑牢战斗堡垒');
  });

  it('splits a roundup whose 一、 parts each name a place', () => {
    expect(
      titles(
        [
          '一、河口县：推行村级事务代办制。河口县在 12 个乡镇设立代办站，全年代办事项 2100 件。',
          '二、青阳区：建立楼栋党小组。青阳区在 86 个小区建立楼栋党小组 240 个。',
        ].join('\n'),
      ),
    ).toEqual(['河口县：推行村级事务代办制', '青阳区：建立楼栋党小组']);
  });

  it('splits at "XX县：" headline lines when nothing else marks the items', () => {
    const doc = parse(
      [
        '河口县：推行村级事务代办制',
        '河口县在 12 个乡镇设立代办站，全年代办事项 2100 件。',
        '',
        '青阳区：建立楼栋党小组',
        '青阳区在 86 个小区建立楼栋党小组 240 个。',
      ].join('\n'),
    );
    expect(doc.items.map((item) => [item.title, item.text])).toEqual([
      ['河口县：推行村级事务代办制', '河口县在12个乡镇设立代办站，全年代办事项2100件。'],
      ['青阳区：建立楼栋党小组', '青阳区在86个小区建立楼栋党小组240个。'],
    ]);
  });

  it('uses only the first marker kind for items, leaving other markers as points inside', () => {
    const doc = parse(
      [
        '◆河口县：三项举措抓党建。',
        '●建强组织。新建支部 6 个。',
        '●配强队伍。选派书记 12 名。',
        '◆青阳区：推行楼栋长制。全区选聘楼栋长 320 名。',
      ].join('\n'),
    );
    expect(doc.items.map((item) => item.title)).toEqual(['河口县：三项举措抓党建', '青阳区：推行楼栋长制']);
    expect(doc.items[0]?.text).toBe('●建强组织。新建支部6个。\n●配强队伍。选派书记12名。');
  });

  it('reads a marker headline printed on a line of its own', () => {
    const doc = parse(['△河口县：推行网格化管理', '近年来，河口县将全县划分为 320 个网格，每个网格配备 1 名网格员。'].join('\n'));
    expect(doc.items[0]?.title).toBe('河口县：推行网格化管理');
    expect(doc.items[0]?.text).toBe('近年来，河口县将全县划分为320个网格，每个网格配备1名网格员。');
  });

  it('joins a marker headline that a line break cut before its 。', () => {
    const doc = parse(['△河口县：出台《办法》全面规范村务监督委员会', '建设。河口县出台办法，明确监委会 5 项职责。'].join('\n'));
    expect(doc.items[0]?.title).toBe('河口县：出台《办法》全面规范村务监督委员会建设');
    expect(doc.items[0]?.text).toBe('河口县出台办法，明确监委会5项职责。');
  });

  it('opens an item at a two-line headline above a byline and keeps the lead article before it', () => {
    const doc = parse(
      [
        '今年以来，河口县围绕农村基层党建开展了一系列工作，全县村级党组织建设水平不断提升，群众满意度持续提高。',
        '深化党建引领',
        '打造“五分钟服务圈”',
        '中共青阳区委组织部',
        '青阳区在全区 9 个社区建设党群服务站 31 个。',
      ].join('\n'),
    );
    expect(doc.items.map((item) => [item.title, item.office])).toEqual([
      ['今年以来', null],
      ['深化党建引领 打造“五分钟服务圈”', '中共青阳区委组织部'],
    ]);
  });

  it('opens an item at an office closed by a colon above its headline, keeping the lead before it', () => {
    const doc = parse(
      [
        '今年以来，青阳市推进党建引领基层治理，各区、市直单位结合实际探索了一批有特色的做法，现将部分做法摘登如下。',
        '河口区委组织部：',
        '“三联”工作法 激活小区治理',
        '河口区在 42 个小区推行“三联”工作法，组建楼栋党小组 160 个。',
        '中共青阳区委组织部:',
        '打造“十分钟服务圈”',
        '青阳区在全区 9 个社区建设党群服务站 31 个。',
      ].join('\n'),
    );
    expect(doc.items.map((item) => [item.title, item.office])).toEqual([
      ['今年以来', null],
      ['“三联”工作法 激活小区治理', '河口区委组织部'],
      ['打造“十分钟服务圈”', '中共青阳区委组织部'],
    ]);
    expect(doc.items[1]?.text).toBe('河口区在42个小区推行“三联”工作法，组建楼栋党小组160个。');
  });

  it('does not take a sentence that names an office before a colon for an office line', () => {
    const doc = parse(['河口县委组织部负责人介绍：', '今年以来全县新建党群服务站 12 个。', '群众办事更加方便。'].join('\n'));
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]?.office).toBeNull();
  });

  it('does not open an item at a marked caption that repeats the headline printed above it', () => {
    const doc = parse(
      [
        '河口区城市党建联盟揭牌成立',
        '5月8日，河口区城市党建联盟揭牌仪式在区政务服务中心举行，辖区18家单位党组织负责人参加。',
        '▲河口区城市党建联盟揭牌成立',
        '联盟成立后，成员单位将轮值牵头开展活动，每季度至少开展1次联建活动。',
      ].join('\n'),
    );
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]?.text).toContain('每季度至少开展1次联建活动');
  });

  it('still opens items at markers that do not repeat a line above them', () => {
    const doc = parse(['县区动态', '▲河口县：推行代办制。全县设立代办站 12 个。', '▲青阳区：推行楼栋长制。选聘楼栋长 320 名。'].join('\n'));
    expect(doc.items.map((item) => item.title)).toEqual(['河口县：推行代办制', '青阳区：推行楼栋长制']);
  });

  it('lets a byline standing alone after an article sign that article', () => {
    const doc = parse(['△河口县：推行代办制。全县设立代办站 12 个。', '河口县委组织部'].join('\n'));
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]?.office).toBe('河口县委组织部');
  });

  it('does not turn an editor’s note before the first item into an item', () => {
    const doc = parse(
      [
        '编者按：本期刊发各地推进基层治理的做法，供各地学习借鉴。请各县（市、区）结合实际认真研究，推动工作落实。',
        '△河口县：推行代办制。全县设立代办站 12 个。',
      ].join('\n'),
    );
    expect(doc.items.map((item) => item.title)).toEqual(['河口县：推行代办制']);
  });

  it('treats a short line right above a marker item as its section', () => {
    const doc = parse(['县区动态', '△河口县：推行代办制。全县设立代办站 12 个。', '外地经验', '△青阳区：推行楼栋长制。选聘楼栋长 320 名。'].join('\n'));
    expect(doc.items.map((item) => item.section)).toEqual(['县区动态', '外地经验']);
  });

  it('refuses empty text with a catalogued error', () => {
    let caught: unknown;
    try {
      parse('  \n\n ');
    } catch (error) {
      caught = error;
    }
    expect(isAtlasError(caught) && caught.code).toBe('INPUT_EMPTY');
  });
});

describe('options', () => {
  it('reads traditional markers only through conversion, which can be switched off', () => {
    const text = ['市內信息', '△東山縣：推行代辦制。全縣設立代辦站 12 個。（東山縣委組織部）'].join('\n');
    expect(createParser().parse(text, 't.txt').items[0]?.office).toBe('東山縣委組織部');
    expect(createParser({ convertTraditional: false }).parse(text, 't.txt').items[0]?.office).toBeNull();
  });

  it('honours a shorter headline limit', () => {
    const text = ['△河口县：推行网格化管理', '近年来河口县划分网格。'].join('\n');
    expect(createParser({ headingMaxLength: 8 }).parse(text, 'x.txt').items[0]?.title).toBe('河口县：推行网格化管理近年来河口县划分网格');
    expect(createParser().parse(text, 'x.txt').items[0]?.title).toBe('河口县：推行网格化管理');
  });
});

describe('table of contents', () => {
  it('skips contents whose entries carry item markers and page numbers', () => {
    const doc = parse(
      [
        '★ 县区动态',
        '△河口县：推行代办制 2',
        '△青阳区：推行楼栋长制 3',
        '',
        '县区动态',
        '△河口县：推行代办制。全县设立代办站 12 个。',
        '△青阳区：推行楼栋长制。选聘楼栋长 320 名。',
      ].join('\n'),
    );
    expect(doc.items.map((item) => [item.section, item.title])).toEqual([
      ['县区动态', '河口县：推行代办制'],
      ['县区动态', '青阳区：推行楼栋长制'],
    ]);
  });

  it('reads ★ headings as sections when no contents are printed', () => {
    const doc = parse(['★ 县区动态', '△河口县：推行代办制。全县设立代办站 12 个。', '★ 外地经验', '△青阳区：推行楼栋长制。选聘楼栋长 320 名。'].join('\n'));
    expect(doc.items.map((item) => item.section)).toEqual(['县区动态', '外地经验']);
  });
});

describe('page furniture rules stay out of bulletins', () => {
  it('keeps a marker printed alone on its line', () => {
    const doc = parse(['△', '河口县：推行村级事务代办制。全县设立代办站12个。', '△', '青阳区：建立楼栋党小组。全区建立楼栋党小组240个。'].join('\n'));
    expect(doc.items.length).toBeGreaterThanOrEqual(2);
  });

  it('reads on past a 相关链接 box in a bulletin with a masthead', () => {
    const doc = parse(
      [
        '河口组工信息',
        '第 3 期',
        '中共河口市委组织部 2021年3月2日',
        '△河口县：推行村级事务代办制。全县设立代办站12个，全年代办事项2100件。',
        '相关链接',
        '村级事务代办制是指由村干部为群众代办各类事项的制度安排，最早在本省试点推行。',
        '△青阳区：建立楼栋党小组。全区在86个小区建立楼栋党小组240个。',
      ].join('\n'),
    );
    expect(doc.items.map((item) => item.title)).toEqual(['河口县：推行村级事务代办制', '青阳区：建立楼栋党小组']);
  });
});
