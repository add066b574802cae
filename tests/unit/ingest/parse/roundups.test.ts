/**
 * Roundups that report several localities in turn without item markers (invented, in the genre):
 * one item per locality; single-place articles stay whole.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createParser } from '../../../../ingest/parse/index.ts';
import { placeLead } from '../../../../ingest/parse/roundups.ts';
import type { ParsedDocument } from '../../../../language/types.ts';

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures/bulletins');
const parser = createParser();
const parseFixture = (name: string): ParsedDocument => parser.parse(readFileSync(path.join(fixtures, name), 'utf8'), name);
const parse = (lines: string[]): ParsedDocument => parser.parse(lines.join('\n'), 'inline.txt');

describe('place openings', () => {
  it('reads a place opening a paragraph, not a phrase that ends like one', () => {
    expect(placeLead('青川市推行“村社合一”模式')?.name).toBe('青川市');
    for (const text of ['全市推行“村社合一”模式', '该县建立台账', '宏泰小区居民议事', '县委组织部牵头', '青川市：推行议事制', '超市设立服务点']) {
      expect(placeLead(text), text).toBeNull();
    }
  });

  it('does not read a setting opened by 在/对/据 (在青川市…细则中) as a place opening a report', () => {
    expect(placeLead('在青川市“能上能下”实施细则中，各项条款主要针对为官不为者')).toBeNull();
    expect(placeLead('据青川市委组织部介绍')).toBeNull();
  });

  it('keeps one city report whole when a later paragraph opens on a setting in the same city', () => {
    const doc = parse([
      '青川推行“能上能下”机制',
      '本报讯 记者李可报道：青川市委推行能上能下机制，有效提振了干部干事创业的精气神。',
      '青川市对干部向“下”的调整，传导了压力，引起了震动。',
      '在青川市“能上能下”实施细则中，各项条款主要针对为官不为者，规范干部“下”的程序。',
    ]);
    expect(doc.items).toHaveLength(1);
  });
});

describe('a province lead followed by one paragraph per city', () => {
  const doc = parseFixture('province-roundup.txt');

  it('makes the lead and each city paragraph an item, named by their first clauses', () => {
    expect(doc.items.map((item) => item.title)).toEqual(['近年来', '青川市推行“村社合一”模式', '松原市实施“强村工程”', '河口市建立村级集体经济项目库']);
    expect(doc.items[0]?.text).toContain('抓实项目带动 拓宽增收渠道');
    expect(doc.items.every((item) => item.section === null)).toBe(true);
  });
});

describe('articles about one place stay one item', () => {
  it('does not split a headline naming the place by its Party committee (中共X市…) from a paragraph opening with X市', () => {
    const doc = parse([
      '中共青川市社会组织工作委员会揭牌成立', '', '2023-05-12 08:10 来源：青川日报', '',
      '5月10日，中共青川市社会组织工作委员会在青川市民政局揭牌成立。', '',
      '青川市社会组织工委将负责指导全市社会组织的党建工作，推动党的组织和工作全覆盖。', '',
      '目前，青川市有社会组织1200余家，已建立党组织86个。',
    ]);
    expect(doc.items).toHaveLength(1);
    expect(placeLead('中共青川市社会组织工作委员会揭牌成立')?.name).toBe('青川市');
  });

  it('does not split paragraphs that open with the same county', () => {
    const doc = parse([
      '松岭县村（社区）“两委”换届工作启动以来，全县迅速研究部署，压实责任。',
      '松岭县充分发挥3个试点村的示范作用，编印换届工作指南1500本。',
      '松岭县严肃换届纪律，开展换届风气巡回督查12次。',
    ]);
    expect(doc.items).toHaveLength(1);
  });

  it('does not split a headline naming the county after its city\'s short name from paragraphs opening with the county', () => {
    const doc = parse([
      '青川松岭县打造党建示范片区助力乡村振兴', '',
      '本报讯(李明)日前，在松岭县石门镇河口村党群服务中心，村民们正在排练秧歌。', '',
      '松岭县把示范片区创建作为书记项目，全县8个乡镇各建立1个联合党支部。', '',
      '“联合党支部成立后，俺村的路修好了。”松岭县石门镇河口村党支部书记说。', '',
      '松岭县石门镇投入60余万元，完成了12个村党群服务中心提升。',
    ]);
    expect(doc.items).toHaveLength(1);
  });

  it('does not split at a dateline naming an outlet and a county', () => {
    const doc = parse([
      '红网松岭县分站3月24日讯(分站记者 周明)3月23日，记者从松岭县换届办获悉，全县21个村完成换届。',
      '松岭县村（社区）“两委”换届选举工作动员大会召开以来，全县上下一心。',
    ]);
    expect(doc.items).toHaveLength(1);
  });

  it('does not split at paragraphs that open with a neighbourhood', () => {
    const doc = parse([
      '青川市坚持党建引领基层治理，聚焦社区主阵地，推动治理效能提升。',
      '宏泰小区居民的“心病”终于解决了，社区党委召集各方协商议事。',
      '当问题超出社区范围时，“双直报”机制则展现出破冰之力。',
    ]);
    expect(doc.items).toHaveLength(1);
  });
});

describe('words that end like a place are no roundup of places', () => {
  it('reads neither a common noun in 区 nor the region speaking of itself as a place', () => {
    for (const text of ['青原农牧区发展相对落后，自治区每年选派干部驻村', '自治区党委组织部负责同志介绍，全区已选派干部2万名', '老区群众的生活发生了新变化']) {
      expect(placeLead(text), text).toBeNull();
    }
  });

  it('does not read the first characters of 市场 or 区域 as a place ending', () => {
    for (const text of ['企业是市场经济的主体，也是发展的活力源泉', '要素区域流动更加顺畅', '干部市民化服务持续推进']) {
      expect(placeLead(text), text).toBeNull();
    }
    expect(placeLead('青川市发改局干部王明是服务队队员')?.name).toBe('青川市');
  });

  it('keeps a region-wide feature whole when its late paragraphs open with 牧区 and 自治区', () => {
    const doc = parse([
      '“有了工作队帮忙，我家的日子越过越红火。”青原县河口乡柳树村村民卓玛说。近年来，青原自治区强化党建引领，不断夯实基层基础，为维护稳定、促进发展提供了坚强组织保证。',
      '青原农牧区发展相对落后，自治区每年选派近2万名干部驻村，帮助群众解决急难愁盼问题。',
      '自治区党委组织部负责同志介绍，全区已连续选派9批干部开展驻村工作，每个村每年安排20万元专项资金。',
    ]);
    expect(doc.items).toHaveLength(1);
  });

  it('keeps a prefecture feature whole when its closing examples open with a county and its village', () => {
    const doc = parse([
      '新形势下，基层党组织建设是一切党建工作的基础，直接关系党的凝聚力和战斗力。在决战脱贫攻坚的战场上，凝结着青岭州各级党组织的心血和广大党员的汗水。',
      '农村富不富，关键看支部；支部强不强，关键看“头羊”。为了选优配强村级班子，青岭州委研究出台村党组织书记作用发挥分析研判意见，对研判标准、具体措施、结果运用提出明确要求。',
      '脱贫一线，广大党员干部不等不靠、艰苦奋斗，变苦熬为苦干，焕发出新时代的奋斗精神。',
      '松溪县竹园乡的“背篓干部”，背来了老百姓的幸福生活。',
      '河口县桃源村党支部书记李红带领村民十年修通了出山路。',
    ]);
    expect(doc.items).toHaveLength(1);
  });

  it('keeps a joint-agreement article whole when its paragraphs introduce each party by its profile', () => {
    const doc = parse([
      '青川市东岭区与江北市松溪区签订组织工作结对共建协议',
      '6月3日，青川市东岭区“强基行动”持续推进，该区与江北省江北市松溪区签订组织工作结对共建协议，开启两区互学互鉴新篇章。',
      '松溪区地处江北平原东部，全区面积860平方公里，辖5镇6街道，先后获评省级文明城区等称号。',
      '东岭区是青川市中心城区之一，总面积96平方公里，辖9个街道，现有基层党组织420个。近年来，东岭区深入实施“四强”工程，组织体系更加严密。',
    ]);
    expect(doc.items).toHaveLength(1);
  });

  it('still splits paragraphs opening on places a lead did not name, even when one describes the place', () => {
    const doc = parse([
      '今年以来，青原省各地扎实推进党组织领办合作社，村集体经济持续壮大。',
      '松原市地处青原省西部，全市推行“支部+合作社”模式，新增领办合作社120家。',
      '河口市建立村级集体经济项目库，储备项目86个。',
    ]);
    expect(doc.items.length).toBeGreaterThan(1);
  });

  it('still splits a province lead followed by cities each acting', () => {
    const doc = parse([
      '村“两委”换届是基层政治生活中的大事。青原省各级党委提高政治站位，牢牢把握换届主导权，落实主体责任，抓好组织实施，市县乡三级党委书记全部担任领导小组组长，直接抓谋划、抓推动，确保换届工作正确方向。',
      '松原市充分发挥市县两级换届办作用，建立工作会商、定期调度等制度。',
      '河口市实行闭环管理，建立三级联动工作体系，下发工作提示单19期。',
    ]);
    expect(doc.items.length).toBeGreaterThan(1);
  });
});

describe('village reports run together in one abstract paragraph', () => {
  const doc = parse([
    '摘要',
    '农村党支部是党在农村全部工作和战斗力的基础。本期刊发的4个村党支部各具特色，值得学习借鉴。青川县竹园镇石桥村党支部领办专业合作社，带动群众增收；松原区河口镇柳树村党支部推行“院坝议事”，化解矛盾纠纷30余件；河口县白沙乡新民村党总支引进项目5个；江北市东湖镇桃园村党支部探索积分制管理，村风民风明显好转。',
  ]);

  it('makes one item per village report and leaves the introduction out', () => {
    expect(doc.items.map((item) => item.title)).toEqual([
      '青川县竹园镇石桥村党支部领办专业合作社',
      '松原区河口镇柳树村党支部推行“院坝议事”',
      '河口县白沙乡新民村党总支引进项目5个',
      '江北市东湖镇桃园村党支部探索积分制管理',
    ]);
    expect(doc.items[0]?.text).not.toContain('本期刊发');
  });

  it('keeps a county article listing two of its villages whole', () => {
    const county = parse([
      '近年来，松岭县持续推进村级集体经济发展。竹园镇石桥村领办合作社，年增收20万元；河口镇柳树村发展乡村旅游，年增收15万元。',
    ]);
    expect(county.items).toHaveLength(1);
  });
});

describe('short reports run together in one paragraph, each signed by its reporter', () => {
  it('makes one item per signed report, the opening sentence staying with the first', () => {
    const doc = parse([
      '5月8日，县委组织部部长到青山镇、白水乡调研村级组织阵地建设。 在青山镇，先后察看了3个村党群服务中心，要求补齐服务短板。（周某某） 在白水乡，听取了乡党委汇报，要求用好“党建+”模式带动产业发展。（吴某） |',
    ]);
    expect(doc.items).toHaveLength(2);
    expect(doc.items[0]?.text).toContain('5月8日');
    expect(doc.items[0]?.text).toContain('青山镇');
    expect(doc.items[1]?.title).toBe('在白水乡');
  });

  it('keeps an article signed once, or whose closing parentheses are no signatures, whole', () => {
    expect(parse(['近日，松岭县召开村级换届工作会议。会议部署了换届各项工作。（周某某）']).items).toHaveLength(1);
    expect(parse(['松岭县印发《村干部管理办法》。（试行） 在全县推开。办法共五章。（周某某）']).items).toHaveLength(1);
    expect(parse(['松岭县开展党员冬训。（周某） 全县党员参加了培训，反响良好。（吴某）']).items).toHaveLength(1);
  });
});

describe('a paragraph whose sentences each report another place, named in full', () => {
  it('makes one item per place, after an introduction paragraph', () => {
    const doc = parse([
      '为迎接建党纪念日，多家党刊联合举办的党史知识竞赛于6月启动，各地各级党组织积极组织党员参加，反响热烈。',
      '河南省委宣传部把竞赛纳入全省读书月活动，组织各地广泛发动。广西壮族自治区直属机关工委组织区直单位80个参赛。云南省国资委组织省属企业1万多名党员参加。',
    ]);
    expect(doc.items.map((item) => item.title.slice(0, 6))).toEqual(['为迎接建党纪', '河南省委宣传', '广西壮族自治', '云南省国资委']);
  });

  it('splits township reports of different counties run together with ；', () => {
    const doc = parse([
      '擂台赛上，各乡镇展示了一批创新举措。',
      '新乐市承安镇探索“党委+公司+农户”模式，带动村集体增收；井陉县天长镇开办党员夜校，引导党员学政策学技术；元氏县殷村镇坚持党建与产业同频共振，走出一条强村富民路子。',
    ]);
    expect(doc.items.slice(-3).map((item) => item.title.slice(0, 5))).toEqual(['新乐市承安', '井陉县天长', '元氏县殷村']);
  });

  it('keeps a place article citing its counties, a province citing its cities, and words that only end like a place whole', () => {
    expect(parse(['随着产业发展，松原市企业党组织快速增加。松原市委实施“百名指导员”工程。前郭县推出“支部+项目”模式。长岭县对行业党组织进行整合。']).items).toHaveLength(1);
    expect(parse(['河北省从今年开始选派第一书记到村任职，加强基层组织建设。保定市东坡村建起合作社，带动群众增收。定州市推行干部联村联户，摸清了村情民情。']).items).toHaveLength(1);
  });
});

describe('【XX】 entries with their text on the same line', () => {
  it('makes each entry an item headed by its bracket', () => {
    const doc = parse([
      '【民族团结】 2024年3月26日，松岭县召开民族团结进步创建工作推进会，部署全年重点任务。',
      '【基层治理】 松岭县竹园镇石桥村依托红色资源，发展特色产业，探索出一条产业兴村之路。',
    ]);
    expect(doc.items.map((item) => [item.title, item.section])).toEqual([
      ['民族团结', null],
      ['基层治理', null],
    ]);
    expect(doc.items[1]?.text.startsWith('松岭县竹园镇石桥村')).toBe(true);
  });

  it('leaves a single bracketed editor note to the article', () => {
    const doc = parse(['【编者按】 基层治理是国家治理的基石。', '近年来，松岭县坚持党建引领，推动基层治理提质增效，取得明显成效。']);
    expect(doc.items).toHaveLength(1);
  });
});

describe('a survey report with （一） parts headed by a place', () => {
  const doc = parseFixture('survey-report.txt');

  it('makes each part an item in its 一、 section; the preamble names the document', () => {
    expect(doc.title).toBe('赴青川市考察学习社区治理工作的调研报告');
    expect(doc.items.map((item) => [item.title, item.section])).toEqual([
      ['青川市东湖街道桃园社区', '考察基本情况'],
      ['青川市西山街道松林社区', '考察基本情况'],
    ]);
  });

  it('keeps an article whose （一） parts are measures, not places, whole', () => {
    const article = parse([
      '近年来，松岭县坚持把村级组织建设作为基础工程，取得了明显成效。',
      '一、主要做法',
      '（一）强化组织领导。成立工作专班，建立月调度机制。',
      '（二）完善工作机制。推行村级事务代办制，全年代办事项2100件。',
    ]);
    expect(article.items).toHaveLength(1);
  });
});

describe('a page of short datelined reports', () => {
  it('makes each datelined report an item, under its headline when one is printed', () => {
    const doc = parse([
      '松岭县开展村干部轮训',
      '本报讯（记者 周明）近日，松岭县举办村干部轮训班，全县260名村干部参加培训。',
      '本报讯（通讯员 王芳）日前，青川县召开村级集体经济发展推进会，部署下一阶段工作。',
    ]);
    expect(doc.items.map((item) => item.title)).toEqual(['松岭县开展村干部轮训', '本报讯（通讯员 王芳）日前']);
    expect(doc.items[0]?.text.startsWith('近日')).toBe(true);
  });

  it('keeps one report with one dateline whole', () => {
    const doc = parse(['本报讯（记者 周明）近日，松岭县举办村干部轮训班。', '全县260名村干部参加培训，培训采取专题讲授、现场教学等方式进行。']);
    expect(doc.items).toHaveLength(1);
  });
});

describe('dated entries: a chronicle and a day\'s news page', () => {
  it('makes each starred dated entry of a chronicle an item, a 同日 paragraph staying with its entry', () => {
    const doc = parse([
      '★5月6日 旗委书记李明主持召开旗委常委会议，研究部署嘎查村“两委”换届工作。',
      '★5月8日 旗委组织部举办全旗嘎查村党组织书记培训班，120名书记参加培训。',
      '同日 旗委副书记王强深入巴彦苏木调研集体经济发展情况。',
      '★5月12日 全旗召开乡村牧区振兴工作推进会，安排部署下一阶段重点任务。',
    ]);
    expect(doc.items).toHaveLength(3);
    expect(doc.items[1]?.text).toContain('同日');
  });

  it('makes each paragraph of a day\'s page an item when three or more open on the same date, also after a purpose clause', () => {
    const doc = parse([
      '6月3日，青川县委党校一行到白石镇现代农业园区开展调研。镇党委书记陪同。',
      '6月3日，白石镇召开“党小组+网格员”工作推进会，各村“两委”成员参加会议。',
      '为巩固脱贫攻坚成果，6月3日，白石镇组织包村干部入户走访，开展防返贫监测排查。',
      '6月3日，白石镇红星村开展人居环境整治行动。',
    ]);
    expect(doc.items).toHaveLength(4);
    expect(doc.items[2]?.text).toContain('包村干部');
  });

  it('keeps an article telling its story in dated steps whole', () => {
    const doc = parse([
      '青川县推行村级事务“四议两公开”',
      '3月5日，青川县委组织部召开专题会议，部署推行“四议两公开”工作法。',
      '4月2日，全县28个村完成首批试点，村级重大事项全部按程序决策。',
      '6月18日，县委组织部对试点情况进行督查，推动工作在全县铺开。',
    ]);
    expect(doc.items).toHaveLength(1);
  });
});

describe('一、 parts opening with different places', () => {
  it('splits them, also without a colon after the place', () => {
    const doc = parse([
      '一、青川市推行“村社合一”模式。由村党组织领办合作社326个，带动村集体增收4800万元。',
      '二、松原市实施“强村工程”。选派210名第一书记驻村帮扶，消除集体经济薄弱村85个。',
    ]);
    expect(doc.items.map((item) => item.title)).toEqual(['青川市推行“村社合一”模式', '松原市实施“强村工程”']);
  });

  it('keeps the parts of an article about one place together', () => {
    const doc = parse([
      '近年来，松岭县坚持把村级组织建设作为基础工程。',
      '一、松岭县健全组织体系。全县58个村全部建立党群服务中心。',
      '二、松岭县完善工作机制。推行村级事务“一站式”办理。',
    ]);
    expect(doc.items).toHaveLength(1);
  });
});

describe('a column of "地名——标题" entries', () => {
  it('makes each entry an item under its dashed headline and leaves the column note out', () => {
    const doc = parse([
      '开栏语：本刊从这期开始开辟经验交流专栏，摘录各地来稿的主要做法，详见网站http://example.cn/jl',
      '青川省松岭县——“三张清单”压实基层党建责任',
      '今年，松岭县制定书记抓党建责任、任务、问题三张清单，逐项对账销号。（王明）',
      '河口市前进农场——“四进四看”激发党员活力',
      '进车间看作风，进班组看服务，进家庭看变化，进支部看形象。（李华）',
      '青川省松原县——民情日记架起连心桥',
      '松原县为1200名驻村干部印发民情日记，记录群众诉求。',
    ]);
    expect(doc.items.map((item) => item.title)).toEqual([
      '青川省松岭县——“三张清单”压实基层党建责任',
      '河口市前进农场——“四进四看”激发党员活力',
      '青川省松原县——民情日记架起连心桥',
    ]);
    expect(doc.items[2]?.text).toContain('1200名驻村干部');
  });

  it('keeps an article whose sentence names a place before a dash whole', () => {
    const doc = parse([
      '松岭县推行“三张清单”制度',
      '松岭县——这个山区小县，去年以来推行三张清单，逐项对账销号，全县党建责任层层压实。',
      '全县58个村全部建立责任台账。',
    ]);
    expect(doc.items).toHaveLength(1);
  });
});
