/**
 * Web, app and newspaper pages (invented, in the genre): their furniture never becomes an item or a
 * headline, and where they say they come from is kept as the document's origins.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDateline } from '../../../../ingest/parse/datelines.ts';
import { createParser } from '../../../../ingest/parse/index.ts';
import { simplify } from '../../../../ingest/parse/lines.ts';
import { bannerOutlet, isTailMarker, isWebChrome } from '../../../../ingest/parse/web-chrome.ts';
import type { ParsedDocument } from '../../../../language/types.ts';

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures/bulletins');
const parser = createParser();
const parseFixture = (name: string): ParsedDocument => parser.parse(readFileSync(path.join(fixtures, name), 'utf8'), name);
const parse = (lines: string[]): ParsedDocument => parser.parse(lines.join('\n'), 'inline.txt');

describe('web chrome lines', () => {
  it.each([
    '点击右上角',
    '微信好友',
    '请使用浏览器分享功能进行分享',
    '【字体：大 中 小】',
    '返回首页 分享到微信 分享到微博',
    '掃碼閱讀手機版',
    '青川新闻网 >> 新闻频道 >> 本地要闻',
    '当前所在: 首页>>热点透视',
    '设为首页 | 免责声明 | 关于我们 | 加入收藏',
    '• 欢迎来到江北时评网!',
    '马上注册，结交更多好友，享用更多功能',
    '您需要 登录 才可以下载或查看，没有账号？注册',
    '2020-11-12 作者:佚名 来源: 江北先锋',
    '2025年07月13日08:40    來源:江北日報222',
    '发布时间:2020-06-16 10:22:00来源: 今日河口',
    '2019-08-14 10:58:02 | 來源:江北日報 | 責編:陳雨',
    '日期:2025-05-20',
    '旅游 松岭晚报 2022-09-19 07:06',
    '江北日报 2017-05-24 07:15 大字',
    '作者姓名:周明  王芳',
    '江北日报客户端记者 周明 江北报业全媒体记者 王芳',
    '通讯员 李蓓 报道',
    '融媒记者:苏小军',
    '（实习编辑 蒋小含）',
    '编审：王忠',
    '阅读量:2547',
    '原标题:松岭县推行院坝夜话',
    '摘要',
    '?',
    'x',
    '• IMG_fororder_123_副本',
    '打开“河口融媒”看评论',
    '文/张三 图/李四',
    '文/图 张三',
    '撰文：张三',
    '来源丨松岭县融媒体中心',
    '初审：张三 复审：李四 终审：王五',
    '原文链接：https://example.org/a/1.html',
    'http://www.example.gov.cn/  (2023-01-05 09:45:05)',
    'http://www.songling.gov.cn 2012-06-29 16:11 松岭新闻网',
    '北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃',
    '松岭县推行院坝夜话 | 江北新闻网 | 要闻 | 正文',
    '新闻中心',
    '获取 Adobe Flash Player',
    '此页面上的内容需要较新版本的 Adobe Flash Player。',
    '国产精品一区二区_亚洲无码视频在线观看_久久精品午夜福利',
    '欧美成人影院,中文字幕在线高清,国产不卡视频等最新内容',
    '<strike id="ab1cd"></strike>',
    '  • <strike id="ab1cd"><menu id="ab1cd"></menu></strike>',
  ])('drops "%s"', (line) => {
    // The rules read the simplified copy of a line.
    expect(isWebChrome(simplify(line))).toBe(true);
  });

  it.each([
    '全镇共开展院坝夜话86场，收集意见建议312条。',
    '经验分享',
    '“院坝夜话”拉近干群距离',
    '青川市推行“村社合一”模式，由村党组织领办合作社326个。',
    '记者从省委组织部了解到，全省社区党组织换届工作已于近日全面结束。',
    '抓实项目带动 拓宽增收渠道',
    '文化繁荣 产业兴旺',
    '图说党建',
    '社区开通“在线观看”党课视频平台，精品党课点播量逾2万次。',
    '新闻中心主任带队走访驻村工作队',
    '松岭县“党建|产业|人才”三链融合，带动12个村增收。',
    '参阅http://www.example.gov.cn/，全县2023年共选派驻村干部86名（2023-01-05）。',
  ])('keeps "%s"', (line) => {
    expect(isWebChrome(line)).toBe(false);
  });

  it('knows the lines after which the page holds nothing of the article', () => {
    for (const line of ['相关新闻', '相關文章', '显示全文', '新闻推荐', '聲明:本网转载内容不代表本网立场。', '上一篇下一篇']) {
      expect(isTailMarker(simplify(line)), line).toBe(true);
    }
    expect(isTailMarker('相关部门积极配合，推动问题解决。')).toBe(false);
  });
});

describe('datelines', () => {
  it.each([
    ['本报讯（记者 周明）近日，', null],
    ['本报海口8月3日讯 (记者周明)“石山镇', '海口'],
    ['本网拉萨讯(记者 周明)近日，', '拉萨'],
    ['河口网讯（通讯员 张小红）为积极', '河口网'],
    ['江北网10月30日讯(记者 周明)记者从', '江北网'],
    ['红网松岭县分站3月24日讯(分站记者 周明)3月23日', '红网松岭县分站'],
    ['新华社北京3月5日电 近日', '新华社北京'],
    ['云上松岭讯（通讯员 张三）近日，', '云上松岭'],
    ['云上松岭报道（记者 张三）近日，', '云上松岭'],
    ['松岭发布讯：近日，', '松岭发布'],
  ])('reads "%s" as a dateline from %s', (text, origin) => {
    expect(findDateline(text)?.origin ?? null).toBe(origin);
  });

  it('finds none in ordinary sentences', () => {
    expect(findDateline('近年来，河口县坚持把村级组织建设作为基础工程。')).toBeNull();
    expect(findDateline('河口县融媒体中心组织记者深入一线采访。')).toBeNull();
    expect(findDateline('今日，松岭县召开村级后备力量培训会。')).toBeNull();
    expect(findDateline('江北网报道，近日松岭县召开会议。')).toBeNull();
  });
});

describe('a reprinted web page with share widgets, breadcrumb, slogan, meta and credit lines', () => {
  const doc = parseFixture('web-reprint-page.txt');

  it('takes the headline above the meta line, not the widgets, breadcrumb or slogan above it', () => {
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]?.title).toBe('“院坝夜话”拉近干群距离');
    expect(doc.date).toBe('2023-06-12');
  });

  it('keeps only the article: dateline, repeated caption, editor, counter and related news go', () => {
    const text = doc.items[0]?.text ?? '';
    expect(text.startsWith('入夏以来')).toBe(true);
    expect(text).not.toMatch(/县乡村三级干部参加|责任编辑|阅读量|相关新闻|组织工作会议|记者|朋友圈|新闻频道/);
    expect(text).toContain('办结298条');
  });

  it('lists the 来源 value and the outlet in the credit as origins, in page order', () => {
    expect(doc.origins).toEqual(['松岭日报', '松岭县融媒体中心']);
  });
});

describe('an app share page without a headline', () => {
  const doc = parseFixture('app-share-page.txt');

  it('names the item by its first clause, dateline included', () => {
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]?.title).toBe('河口网讯（通讯员 张小红 李强）为持续推进村级后备力量建设');
    expect(doc.items[0]?.text).not.toMatch(/编辑|审核|签发|上一篇|今日河口|听新闻/);
  });

  it('takes the app names of the header and the dateline as origins', () => {
    expect(doc.origins).toEqual(['河口融媒', '今日河口', '河口网']);
  });
});

describe('a traditional-character reprint', () => {
  const doc = parseFixture('traditional-reprint.txt');

  it('reads 來源/編輯 run together, drops the 內容提要 that repeats the lead and the 相關文章 tail', () => {
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]?.title).toBe('松嶺縣村級組織換屆圓滿完成 村兩委『一肩挑』');
    const text = doc.items[0]?.text ?? '';
    expect(text.startsWith('松嶺縣把村級組織換屆')).toBe(true);
    expect(text).not.toMatch(/內容提要|相關文章|組織工作會議|掃碼/);
    expect(doc.origins).toEqual(['江北網']);
  });
});

describe('a government portal page with its accessibility toolbar', () => {
  const doc = parse([
    '读屏', '大鼠标', '辅助线', '指读', '页面原始配色',
    '江北市政府门户网站 政务邮箱',
    '当前位置: 首页>联播动态>街镇', '',
    '河口街道“党建+网格”织密社区服务网',
    '发布日期: 2022-09-03 08:16      来源: 江北时报',
    '字号:', '无障碍语音播报', '',
    '“楼道里的灯坏了，能不能找人修一下？”一大早，河口街道桃园社区居民老周在网格群里发了一条消息，不到半小时就有人上门修好。',
    '据了解，河口街道以党建引领社区治理，推动人到“格”中去、事在“格”中办，打通了服务群众“最后一米”。',
  ]);

  it('drops the toolbar words and keeps the article whole', () => {
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]?.title).toBe('河口街道“党建+网格”织密社区服务网');
    expect(doc.items[0]?.text).not.toMatch(/无障碍|语音播报|政务邮箱/);
  });

  it('reads the portal named in the banner, not a toolbar label, as an origin', () => {
    expect(bannerOutlet('江北市政府门户网站 政务邮箱')).toBe('江北市政府门户网站');
    expect(bannerOutlet('江北市政府门户网站 河口街道召开会议')).toBeNull();
    expect(doc.origins).toEqual(['江北市政府门户网站', '江北时报']);
  });
});

describe('a two-line headline named again by 原标题', () => {
  const body = '松岭市坚持以党建为统领，提升基层党组织组织力，凝聚各方力量，加快美丽乡村建设步伐，已涌现出一批省级美丽乡村。';

  it('reads the upper line the 原标题 repeats as the headline\'s first part', () => {
    const doc = parse(['党建网>>党建', '', '以党建为统领 助力乡村振兴', '', '江北松岭市加快美丽乡村建设步伐', '', '2018年07月13日09:54    来源:江北日报', '', '原标题:以党建为统领 助力乡村振兴', '', body]);
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]?.title).toBe('以党建为统领 助力乡村振兴 江北松岭市加快美丽乡村建设步伐');
    expect(doc.items[0]?.text).toBe(body);
  });

  it('leaves a header line the 原标题 does not repeat out of the headline', () => {
    const doc = parse(['党建频道', '', '江北松岭市加快美丽乡村建设步伐', '', '2018年07月13日09:54    来源:江北日报', '', '原标题:松岭市加快美丽乡村建设', '', body]);
    expect(doc.items[0]?.title).toBe('江北松岭市加快美丽乡村建设步伐');
  });
});

describe('a picture placeholder inside the text', () => {
  it('does not cut the article at 【资料图】', () => {
    const doc = parse([
      '松岭县：下沉一线解难题 靠前服务促发展', '时间: 2023-06-16 23:30:15   来源: 江北资讯', '',
      '日前，在松岭县一家金属制品企业的车间里，设备开足马力运转，工人们正忙着装车。', '', '【资料图】', '',
      '“多亏了工业服务队，公司顺利办理了不动产权证。”企业负责人说，这与松岭县推行“一线工作法”密切相关。',
    ]);
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]?.text).toContain('一线工作法');
  });
});

describe('page headers and 来源 lines', () => {
  it('drops a date printed before the headline', () => {
    const doc = parse(['10.23 松岭县整顿软弱涣散村党组织', '', '江北日报客户端记者 周明', '', '近日，松岭县召开软弱涣散村党组织整顿推进会，部署下一阶段工作任务。']);
    expect(doc.items[0]?.title).toBe('松岭县整顿软弱涣散村党组织');
    expect(doc.origins).toEqual(['江北日报客户端']);
  });

  it('keeps a headline printed twice once', () => {
    const doc = parse(['松岭县：支部领办合作社见实效', '松岭县：支部领办合作社见实效', '本报讯（记者周明）近日，松岭县召开现场推进会，总结推广支部领办合作社经验。']);
    expect(doc.items.map((item) => item.title)).toEqual(['松岭县：支部领办合作社见实效']);
    expect(doc.items[0]?.text.startsWith('近日')).toBe(true);
  });

  it('reads a 来源 naming a place or an organization department channel as the contributing office', () => {
    const body = '近日，河口县召开村级后备力量培训会，全县120名后备人选参加培训，进一步提升能力素质。';
    expect(parse(['河口县：培训村级后备力量', '日期:2025-05-20', '来源:河口县', body]).items[0]?.office).toBe('河口县');
    expect(parse([body, '来源:河口组工']).items[0]?.office).toBe('河口组工');
    expect(parse([body, '来源: 江北晚报']).items[0]?.office).toBeNull();
    expect(parse([body, '来源: 江北晚报']).origins).toEqual(['江北晚报']);
  });

  it('reads an office named as the page issuer or author, not a person', () => {
    const body = '今年以来，松岭县委组织部坚持“三个到位”，抓实村级后备干部培养，储备后备干部460名。';
    const issued = parse(['“三个到位”抓实村级后备干部培养', '索引号：11111/2022-00012  发布机构：松岭县委组织部', '生成日期：2022-04-12  主题分类：组织工作', body]);
    expect([issued.items[0]?.office, issued.origins, issued.items[0]?.text]).toEqual(['松岭县委组织部', ['松岭县委组织部'], body]);
    const authored = parse(['“三个到位”抓实村级后备干部培养', '作者：张三 发布时间：2022-04-12', body]);
    expect([authored.items[0]?.office, authored.origins]).toEqual([null, []]);
  });

  it('reads a town, township or 苏木 named as the page issuer (发布机构 | 河口镇) or the 来源 as the contributing office', () => {
    const body = '河口镇党委将东湾村定为“党建引领产业发展”示范点，支部牵头出租集体土地，党员带头承包蔬菜大棚，带动群众增收。';
    const issued = parse(['索引号 | 1111/2022-00021 | 效力属性 | |', '发布机构 | 河口镇 | 文 号 | |', '成文日期 | 发布日期 | 2022-10-26 |', body]);
    expect(issued.items[0]?.office).toBe('河口镇');
    expect(parse([body, '来源:松岭苏木']).items[0]?.office).toBe('松岭苏木');
    // A person named as the author is no issuer, whatever the last character of the name.
    expect(parse(['作者：李小镇 发布时间：2022-04-12', body]).items[0]?.office).toBeNull();
  });

  it('reads the site sponsor of a footer as an origin, never as the contributing office', () => {
    const footer = '主办单位：中共松岭县委组织部 承办：松岭县党员教育中心 备ICP备0000001号 联系电话：0000-1234567';
    const doc = parse(['为了解全镇党建工作情况，近日，镇党委召开党组织书记述职评议会。', footer]);
    expect(doc.origins).toEqual(['中共松岭县委组织部', '松岭县党员教育中心']);
    expect(doc.items[0]?.office).toBeNull();
  });

  it('leaves out 来源 values that name no one', () => {
    expect(parse(['近日，河口县召开村级后备力量培训会，全县120名后备人选参加培训。', '来源：本站']).origins).toEqual([]);
  });
});

describe('a kicker printed over the headline', () => {
  const body = '  近年来，松岭县从强化党建入手，推动美丽乡村建设，全县整顿软弱涣散村党组织12个。';
  it('reads the kicker closed by its dash as the headline\'s first part, with a meta line below', () => {
    const doc = parse(['松岭县以党建引领乡村治理、推动人才培养——', '', '让美丽乡村更有精气神', '', '2020年10月13日07:51  来源:江北日报', '', body]);
    expect(doc.items[0]?.title).toBe('松岭县以党建引领乡村治理、推动人才培养 让美丽乡村更有精气神');
    expect(doc.items[0]?.text).not.toContain('——');
  });

  it('does so on a page without a meta line', () => {
    const doc = parse(['松岭县以党建引领乡村治理——', '', '让美丽乡村更有精气神', '', body]);
    expect(doc.items[0]?.title).toBe('松岭县以党建引领乡村治理 让美丽乡村更有精气神');
  });

  it('leaves a first line that is a sentence to the body', () => {
    const doc = parse(['让美丽乡村更有精气神', '', body]);
    expect(doc.items[0]?.title).toBe('让美丽乡村更有精气神');
  });
});

describe('page titles and short articles', () => {
  const body = '近日，松岭县推行院坝夜话，镇村干部每周两晚走进院坝，与群众拉家常、听意见。';

  it('reads a page title copied with its site: the site is an origin, the headline counts once', () => {
    const doc = parse(['松岭县推行院坝夜话_江北新闻网', '首页 > 要闻', '松岭县推行院坝夜话', '发布时间：2023-06-12 来源：松岭县融媒体中心', body]);
    expect(doc.items.map((item) => item.title)).toEqual(['松岭县推行院坝夜话']);
    expect(doc.origins).toEqual(['江北新闻网', '松岭县融媒体中心']);
    expect(parse(['松岭县推行院坝夜话 - 松岭县人民政府', body]).items[0]?.title).toBe('松岭县推行院坝夜话');
  });

  it('takes a site and channel opening a page with no meta line for its header, not its headline', () => {
    const lead = '江北网云岭8月2日电 近日，云岭市出台《村级党组织星级评定办法》，从五个方面细化标准。';
    const doc = parse(['江北网-云岭频道', lead, body]);
    expect(doc.items[0]?.title).not.toContain('频道');
    expect(doc.origins).toContain('江北网-云岭频道');
    expect(parse(['江北网 云岭分站', lead]).items[0]?.title).not.toContain('分站');
  });

  it('splits a WeChat header run into the text: the account is an origin, the poster\'s province is dropped', () => {
    const glued = parse(['松岭组工2025年3月18日17:12江苏在松岭县东山镇，骑手驿站成了新就业群体的“加油站”。', body]);
    expect(glued.origins).toEqual(['松岭组工']);
    expect(glued.items[0]?.title.startsWith('在松岭县东山镇')).toBe(true);
    const subject = parse(['松岭组工2025年3月18日17:12江苏省委组织部近日印发通知，部署村级后备力量培养。', body]);
    expect(subject.items[0]?.title.startsWith('江苏省委组织部')).toBe(true);
  });

  it('takes the headline above a byline of names (张小红; 王明 记者 李 华) printed over the meta line, not the byline', () => {
    const named = parse(['天气预报', '松岭县河口镇推进村部改造提升', '张小红', '日期:2021年04月25日 来源:', '', body]);
    expect(named.items[0]?.title).toBe('松岭县河口镇推进村部改造提升');
    const credited = parse(['攥指成拳聚合力——松岭县打造农村党组织联合体侧记', '', '王明 記者 李 华', '', '2019年02月22日13:13    來源:江北日报', '', body]);
    expect(credited.items[0]?.title).toBe('攥指成拳聚合力——松岭县打造农村党组织联合体侧记');
  });

  it('reads a subtitle opened by its dash under the headline (——松岭县…纪实) as the headline\'s second line, not the text\'s first', () => {
    const doc = parse(['党旗飘扬在攻坚一线', '', '——松岭县力抓党建促脱贫纪实', '', body]);
    expect(doc.items[0]?.title).toBe('党旗飘扬在攻坚一线 ——松岭县力抓党建促脱贫纪实');
    expect(doc.items[0]?.text).toBe(body);
  });

  it('keeps the headline the page also printed on top, not the subtitle under it', () => {
    const doc = parse(['松岭县首批村级议事厅挂牌成立', '', '图片', '', '松岭县首批村级议事厅挂牌成立', '搭建连心桥 让群众说事有地方',
      '松岭县融媒体中心记者 张小红', '', body]);
    expect(doc.items[0]?.title).toBe('松岭县首批村级议事厅挂牌成立');
  });

  it('does not take a short paragraph above a closing 来源 line for the headline', () => {
    const doc = parse(['松岭县推行院坝夜话', body, '来源：松岭县']);
    expect(doc.items[0]?.title).toBe('松岭县推行院坝夜话');
    expect(doc.items[0]?.text).toBe(body);
    expect(doc.items[0]?.office).toBe('松岭县');
  });

  it('drops a short caption printed twice but not a wrapped line end that repeats', () => {
    const wrapped = parse(['松岭县推进村级组织建设，全面加强阵地', '建设。', '全县强化党员教育管理，持续推进阵地', '建设。']);
    expect(wrapped.items[0]?.text).toBe('松岭县推进村级组织建设，全面加强阵地建设。\n全县强化党员教育管理，持续推进阵地建设。');
    const captioned = parse(['近年来，松岭县推进村级组织阵地建设，全县新建改建党群服务中心58个。', '松岭县党群服务中心一角。', '全县推行“一站式”服务，全年办结群众事项3400余件。', '松岭县党群服务中心一角。']);
    expect(captioned.items[0]?.text).not.toContain('一角');
  });
});

describe('account copies and government sites', () => {
  it('takes the headline below the bare HTML tags a mirror copied as text, not a tag line joined to it', () => {
    const doc = parse(['• ', '  • <strike id="ab1cd"><menu id="ab1cd"></menu></strike>', '江北新闻网 > 要闻', '', '松岭：院坝夜话 把群众的事议在院坝', '', '发布时间:2024-01-26 10:03:00来源: 江北日报', '', '入夏以来，松岭县各村开展院坝夜话86场，收集意见建议312条。']);
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]?.title).toBe('松岭：院坝夜话 把群众的事议在院坝');
    expect(doc.items[0]?.text).not.toContain('strike');
  });

  it('takes the headline printed below an account name and its dated line', () => {
    const doc = parse(['松岭组工', '松岭组工 2023-05-12 18:30 发表于江北', '“党建+网格”激活基层治理“神经末梢”', '近年来，松岭县坚持党建引领网格治理，全县划分网格860个，配备网格员1200名。', '来源：松岭县委组织部', '编辑：张三']);
    expect(doc.items.map((item) => [item.title, item.office])).toEqual([['“党建+网格”激活基层治理“神经末梢”', '松岭县委组织部']]);
    expect(doc.origins).toEqual(['松岭组工', '松岭县委组织部']);
  });

  it('reads a government page: site name, 信息来源 office, buttons and counters', () => {
    const doc = parse([
      '松岭县人民政府门户网站',
      '首页 > 政务公开 > 部门动态',
      '“三个到位”抓实村级后备干部培养',
      '发布日期：2022-04-12  信息来源：松岭县委组织部  浏览次数：326',
      '【字体：大 中 小】 【打印】 【关闭】',
      '今年以来，松岭县委组织部坚持“三个到位”，抓实村级后备干部培养，储备后备干部460名。',
      '扫一扫在手机打开当前页',
    ]);
    expect(doc.items.map((item) => [item.title, item.office])).toEqual([['“三个到位”抓实村级后备干部培养', '松岭县委组织部']]);
    expect(doc.items[0]?.text).not.toMatch(/扫一扫|字体|浏览次数/);
    expect(doc.origins).toEqual(['松岭县人民政府门户网站', '松岭县委组织部']);
  });
});

describe('a headline the page broke inside a quoted name', () => {
  const body = '12月5日，青禾县直机关工委组织开展机关党建品牌评选，全县36个机关党组织参与申报，评出示范品牌8个。';

  it('joins the two lines where the quote stays open, so the name stays in the headline', () => {
    const doc = parse(['青禾县直机关开展“一单位一品牌、', '一支部一亮点”创建评选', '', body]);
    expect(doc.items[0]?.title).toBe('青禾县直机关开展“一单位一品牌、一支部一亮点”创建评选');
    expect(doc.items[0]?.text.startsWith('12月5日')).toBe(true);
  });

  it('keeps a headline whose quotes are closed as printed', () => {
    const doc = parse(['青禾县直机关开展“一支部一亮点”创建评选', '“品牌”评选结果揭晓', '', body]);
    expect(doc.items[0]?.title).toBe('青禾县直机关开展“一支部一亮点”创建评选');
  });
});

describe("a newspaper page's label naming its edition", () => {
  const body = '本报讯 为提高乡镇党建信息质量，青禾镇在各村确定一名党建信息员，定期报送工作动态，全年编发信息80余条。';

  it('keeps the edition name of the label as an origin (A3：XX·乡镇)', () => {
    const doc = parse(['B2：宿松·乡镇 总第1024期 >2013-05-10编印', '', '青禾镇加强党建信息工作', '刊发日期:2013-05-10', body]);
    expect(doc.origins).toEqual(['宿松']);
    expect(doc.items[0]?.title).toBe('青禾镇加强党建信息工作');
  });

  it('keeps the name of a numbered page (第03版：XX新闻)', () => {
    expect(parse(['第03版：宿松新闻', '', '青禾镇加强党建信息工作', '发布时间：2013-05-10', body]).origins).toEqual(['宿松']);
  });

  it('reads no label in a sentence that opens with a figure', () => {
    expect(parse(['青禾镇加强党建信息工作', '', '3版：本刊开设专栏，交流各地经验。', body]).origins).toEqual([]);
  });
});

describe('a county station\'s report opening on its reporter\'s credit', () => {
  const doc = parse([
    '我县村级后备力量培训班开班', '',
    '（松岭广播电视台全媒体记者张明报道）5月12日，我县村级后备力量培训班开班，全县120名村级后备力量参加培训。', '',
    '责任编辑：李强',
  ]);

  it('keeps the credit out of the text and reads the station it names as an origin', () => {
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]?.text.startsWith('5月12日')).toBe(true);
    expect(doc.origins).toContain('松岭广播电视台');
  });

  it('reads no origin from a credit naming only people or the paper itself', () => {
    expect(parse(['我县村级后备力量培训班开班', '', '（记者 张明 通讯员 李强）5月12日，我县村级后备力量培训班开班。']).origins).toEqual([]);
    expect(parse(['我县村级后备力量培训班开班', '', '（本报记者 张明）5月12日，我县村级后备力量培训班开班。']).origins).toEqual([]);
  });
});
