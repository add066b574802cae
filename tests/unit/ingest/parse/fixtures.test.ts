/**
 * End-to-end parsing of invented bulletins in the genre (tests/fixtures/bulletins): a city bulletin,
 * a hard-wrapped 组织工作动态 issue, a newspaper report, a web article, a national roundup and a
 * traditional-character bulletin.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createParser } from '../../../../ingest/parse/index.ts';
import type { ParsedDocument } from '../../../../language/types.ts';

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures/bulletins');
const parser = createParser();
const parseFixture = (name: string): ParsedDocument => parser.parse(readFileSync(path.join(fixtures, name), 'utf8'), name);
const squeeze = (text: string): string => text.replace(/\s+/g, '');

describe('city bulletin with masthead, contents and two sections', () => {
  const doc = parseFixture('city-bulletin.txt');

  it('reads publication, issue, publisher and date from the masthead', () => {
    expect({ title: doc.title, issue: doc.issue, date: doc.date, publisher: doc.publisher }).toEqual({
      title: '青川组工信息',
      issue: '第15期',
      date: '2022-03-09',
      publisher: '中共青川市委组织部研究室',
    });
  });

  it('splits the body at △ markers and skips the table of contents', () => {
    expect(doc.items.map((item) => squeeze(item.title))).toEqual([
      '松岭县：推行“院落书记”制度打通服务群众最后一米',
      '石桥区：建立“三张清单”规范村级小微权力',
      '湖北省云梦县：“双向积分”激活在职党员作用',
    ]);
    expect(doc.items.map((item) => item.ordinal)).toEqual([1, 2, 3]);
  });

  it('keeps each item in its section', () => {
    expect(doc.items.map((item) => item.section)).toEqual(['市内信息', '市内信息', '市外参考']);
  });

  it('takes the office from the closing parenthesis, full-width or ASCII', () => {
    expect(doc.items.map((item) => item.office)).toEqual(['松岭县委组织部', '石桥区委组织部', null]);
    expect(doc.items[0]?.text).not.toContain('（松岭县委组织部）');
    expect(doc.items[1]?.text).not.toContain('石桥区委组织部)');
  });

  it('heals a sentence broken by a page number and removes emphasis marks', () => {
    const text = doc.items[0]?.text ?? '';
    expect(text).toContain('对连续两年积分排名靠后的院落书记进行调整，目前已调整9名。');
    expect(text).not.toContain('**');
    expect(text).toContain('“一院一书记”划片到户。');
  });

  it('removes PDF spaces between Chinese characters in the body', () => {
    expect(doc.items[1]?.text).toContain('村级财务公开率达100%');
  });

  it('drops the distribution lines and the 领导批示 line', () => {
    const all = doc.items.map((item) => item.text).join('\n');
    expect(all).not.toMatch(/报：|送：|发：|领导批示/);
  });
});

describe('hard-wrapped 组织工作动态 issue with □ items and ① points', () => {
  const doc = parseFixture('dongtai-wrapped.txt');

  it('splits at □ and takes the bracketed section', () => {
    expect(doc.items).toHaveLength(3);
    expect(doc.items.every((item) => item.section === '组织工作动态')).toBe(true);
  });

  it('reads an inline headline that the page width cut in two', () => {
    expect(doc.items.map((item) => item.title)).toEqual([
      '石门县：推行“三单”管理，激活村级集体经济',
      '柳河区：“四个一”抓实新就业群体党建',
      '青山镇；开设“田间课堂”培训高素质农民',
    ]);
  });

  it('joins wrapped lines into one paragraph and keeps ① points inside the item', () => {
    expect(doc.items[0]?.text).toBe(
      '①建立资源清单。全面清查村级集体资产，登记闲置厂房、林地、水面等资源1860项，估值3.2亿元。②建立项目清单。筛选特色种养、乡村旅游等项目42个，由县级领导分包推进。③建立收益清单。推行村集体收益公开制度，2021年全县村集体经营性收入平均达到18.6万元。',
    );
  });

  it('has no masthead: the document is called by its source name, not by its first item', () => {
    expect(doc.title).toBe('dongtai-wrapped');
    expect([doc.issue, doc.date, doc.publisher]).toEqual([null, null, null]);
  });
});

describe('newspaper report of one county', () => {
  const doc = parseFixture('county-newspaper.txt');

  it('takes the dateline; the document is called by its source name, neither the page nor the headline', () => {
    expect(doc.date).toBe('2023-04-18');
    expect(doc.title).toBe('county-newspaper');
    expect(doc.items[0]?.title).toBe('松阳县：“院落议事会”让村事村民议');
  });

  it('is one item without reporter credits or editor marks', () => {
    expect(doc.items).toHaveLength(1);
    const text = doc.items[0]?.text ?? '';
    expect(text.startsWith('走进松阳县竹溪村')).toBe(true);
    expect(text).not.toMatch(/记者|通讯员|责任编辑|（完）|第3版|江岭日报/);
    expect(text).toContain('解决道路硬化、河道清淤等实际问题860个');
  });
});

describe('party-building web article', () => {
  const doc = parseFixture('party-web-article.txt');

  it('reads headline, publication date and office', () => {
    expect(doc.items[0]?.title).toBe('松原县：“红色管家”激活小区治理');
    expect(doc.title).toBe('party-web-article');
    expect(doc.date).toBe('2022-11-03');
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]?.office).toBe('松原县委组织部');
  });

  it('drops breadcrumbs, source line, images, table pipes and the copyright footer', () => {
    const text = doc.items[0]?.text ?? '';
    expect(text).not.toMatch(/首页|来源|版权所有|ICP|\||!\[/);
    expect(text.split('\n')).toHaveLength(3);
  });
});

describe('national roundup with province headlines and ■ bylines', () => {
  const doc = parseFixture('national-roundup.txt');

  it('opens an item at every headline signed by a byline', () => {
    expect(doc.items.map((item) => item.title)).toEqual([
      '浙江省临溪市： 推行“楼道议事” 激活治理末梢',
      '江西省丰泽市安远县： 以“擂台赛”促乡村振兴',
      '甘肃省平川市 建设“流动党校” 送学到田间地头',
    ]);
  });

  it('takes the office from the byline without the ■', () => {
    expect(doc.items.map((item) => item.office)).toEqual(['中共临溪市委组织部', '中共安远县委组织部', '中共平川市委组织部']);
  });

  it('drops the photo caption with its credit and keeps sub-headings in the body', () => {
    const text = doc.items[0]?.text ?? '';
    expect(text).not.toMatch(/供图|议事会。\n?临溪/);
    expect(text).not.toContain('东湖社区党员在楼道里召开议事会');
    expect(text.split('\n')).toEqual([
      '近年来,浙江省临溪市把党组织建到楼道,推行“楼道议事”机制,全市1260个楼道建立党小组,为城市基层治理提供有力支撑。',
      '建强楼道组织 夯实治理根基',
      '临溪市按照“一楼一组”的思路,选派在职党员担任楼道党小组长980名,建立楼道议事规则12条,全年召开议事会4300余场。',
    ]);
  });

  it('has no sections', () => {
    expect(doc.items.every((item) => item.section === null)).toBe(true);
  });
});

describe('traditional-character bulletin', () => {
  const doc = parseFixture('traditional-bulletin.txt');

  it('reads the masthead and keeps the printed characters', () => {
    expect({ title: doc.title, issue: doc.issue, date: doc.date, publisher: doc.publisher }).toEqual({
      title: '雲溪組工信息',
      issue: '第3期',
      date: '2021-05-10',
      publisher: '中共雲溪市委組織部研究室',
    });
  });

  it('finds sections, items and offices in traditional form', () => {
    expect(doc.items.map((item) => [item.section, item.title, item.office])).toEqual([
      ['市內信息', '東山縣：建立“鄉村振興指導員”隊伍', '東山縣委組織部'],
      ['市外參考', '福建省長汀縣：推行“紅色代辦”服務', null],
    ]);
    expect(doc.items[0]?.text).toBe('東山縣從縣直機關選派86名年輕幹部擔任鄉村振興指導員，每人聯繫1個行政村，幫助謀劃發展項目120個，爭取資金2400萬元。');
    expect(doc.items[1]?.text).not.toContain('報：');
  });
});
