/**
 * Inputs against outcomes by the verb that governs a figure and the object it counts (issue 11,
 * point 5). Every sentence here is written for the project in the genre's manner.
 */
import { describe, expect, it } from 'vitest';
import { createOutcomeExtractor } from '../../../../language/extract/outcomes.ts';
import { classifyKind } from '../../../../language/extract/outcome-kind.ts';

const extractor = createOutcomeExtractor();
const claims = (text: string): [number, string, string][] => extractor.extract(text).map((o) => [o.value, o.unit, o.kind]);

describe('people put in, told by what they do after the count', () => {
  it.each([
    ['全县120名机关干部下沉社区一线', [[120, '名', 'input']]],
    ['1.2万名党员干部走进网格开展走访', [[1.2, '万名', 'input']]],
    ['3000余名镇村干部组成换届督导队伍', [[3000, '名', 'input']]],
    ['860名县直干部蹲点到村，4.5万名网格员常驻小区', [[860, '名', 'input'], [4.5, '万名', 'input']]],
    ['把36名年轻干部派到信访一线磨炼', [[36, '名', 'input']]],
    ['58名退役军人到村党组织任职，90名大学毕业生驻村', [[58, '名', 'input'], [90, '名', 'input']]],
    ['县委挑选了25名正科级以上领导干部到后进村担任驻村工作队长', [[25, '名', 'input']]],
    ['今年有4名优秀村党组织书记到乡镇担任领导职务', [[4, '名', 'outcome']]],
    ['由县纪委牵头9个部门组建“清风专班”', [[9, '个', 'input']]],
    ['将局机关4个党支部分别对接4个村', [[4, '个', 'input'], [4, '个', 'input']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it('reads people reaching a place as an input and the households they reach as an outcome', () => {
    expect(claims('1500余名机关干部深入12万户农户家中')).toEqual([
      [1500, '名', 'input'],
      [12, '万户', 'outcome'],
    ]);
  });

  it('reads 深入学习 as no deployment', () => {
    expect(claims('1600余名党员深入学习党的创新理论')).toEqual([[1600, '名', 'outcome']]);
  });

  it('reads those described as sent (下乡进村的…共有26名) as an input', () => {
    expect(claims('驻村蹲点的“乡村振兴指导员”共有45名')).toEqual([[45, '名', 'input']]);
  });

  it('reads people and teams assigned to households and villages (包户, 联村包村) as inputs', () => {
    expect(claims('26名县领导包乡走村，2.3万余名党员网格包户，充实社区工作力量180名')).toEqual([
      [26, '名', 'input'],
      [2.3, '万名', 'input'],
      [180, '名', 'input'],
    ]);
  });

  it('reads a deployment word inside a title (驻村第一书记) as no deployment', () => {
    expect(claims('28名驻村第一书记参加集中轮训')).toEqual([[28, '名', 'outcome']]);
  });

  it('reads people posted to head something as an input, people invited to serve as an outcome', () => {
    expect(claims('15名县直干部任驿站站长，共有40名业委会负责人受邀担任了兼职委员')).toEqual([
      [15, '名', 'input'],
      [40, '名', 'outcome'],
    ]);
  });

  it('keeps people who entered a committee by election, or tallied after their verb, as outcomes', () => {
    expect(claims('共有31名致富能手进入村党组织班子，退休干部回村任职18人')).toEqual([
      [31, '名', 'outcome'],
      [18, '人', 'outcome'],
    ]);
  });
});

describe('the nearest governing verb decides', () => {
  it('reads staff sent down (下沉执法人员N名) as put in, and the person-times of going down as measured', () => {
    expect(claims('向镇街下沉综合执法人员25名、城管队员40名')).toEqual([
      [25, '名', 'input'],
      [40, '名', 'input'],
    ]);
    expect(claims('全年机关干部累计下沉860余人次')).toEqual([[860, '人次', 'outcome']]);
  });

  it('separates the money put in from the facilities built with it', () => {
    expect(claims('投入资金80万元新建村级活动场所4个、党群议事室2个')).toEqual([
      [80, '万元', 'input'],
      [4, '个', 'outcome'],
      [2, '个', 'outcome'],
    ]);
  });

  it('reads a fund set up as money put in, money raised for it as an outcome', () => {
    expect(claims('设立村级发展基金600万元，累计募集善款42万元')).toEqual([
      [600, '万元', 'input'],
      [42, '万元', 'outcome'],
    ]);
  });

  it('counts organizations and stations set up as outcomes, work teams as inputs', () => {
    expect(claims('在商圈楼宇设立“暖心”驿站12处，组建5个网格党支部、40个楼栋党小组及6支志愿服务队，成立4个专项督导组')).toEqual([
      [12, '处', 'outcome'],
      [5, '个', 'outcome'],
      [40, '个', 'outcome'],
      [6, '支', 'outcome'],
      [4, '个', 'input'],
    ]);
  });

  it('reads the people a team is built from as an input, the new members a party gains as an outcome', () => {
    expect(claims('组建150人的党员应急突击队，新增党员64名')).toEqual([
      [150, '人', 'input'],
      [64, '名', 'outcome'],
    ]);
  });

  it('reads 村民小组 and 党小组 as organizations, not task teams', () => {
    expect(claims('全县320个村民小组实现党员全覆盖')).toEqual([[320, '个', 'outcome']]);
    // 村小组 is the short form of 村民小组; a band formed to serve or learn is a result, not a team sent.
    expect(claims('该村共有6个村小组')).toEqual([[6, '个', 'outcome']]);
    expect(claims('成立党员志愿者服务小组24个，组建理论学习小组8个')).toEqual([[24, '个', 'outcome'], [8, '个', 'outcome']]);
    expect(claims('成立3个专项督导小组')).toEqual([[3, '个', 'input']]);
  });

  it('reads copies printed for a campaign as inputs, issues of a bulletin as outcomes', () => {
    expect(claims('编印了2000册《换届工作问答》，下发了800本工作台账，下发12期“工作提示单”')).toEqual([
      [2000, '册', 'input'],
      [800, '本', 'input'],
      [12, '期', 'outcome'],
    ]);
  });

  it('reads people drawn from units to serve (从…单位抽取N名网格员) as an input, a sample drawn for checking not', () => {
    expect(claims('从县级部门单位抽取1142名党员网格员，同步开展业务培训')).toEqual([[1142, '名', 'input']]);
    expect(claims('随机抽取30户群众进行电话回访')).not.toEqual([[30, '户', 'input']]);
  });

  it('reads the places people are sent to as inputs', () => {
    expect(claims('抽调骨干组成调研组，沉到6个乡镇所辖58个村')).toEqual([
      [6, '个', 'input'],
      [58, '个', 'input'],
    ]);
  });

  it('reads where teams are dispatched (分赴) as inputs', () => {
    expect(claims('4个督导组分赴22个乡镇')).toEqual([
      [4, '个', 'input'],
      [22, '个', 'input'],
    ]);
  });

  it('reads 选优配强 as the result of a selection', () => {
    expect(claims('选优配强村党组织书记208名')).toEqual([[208, '名', 'outcome']]);
  });

  it('reads a reserve pool as the result of a selection, a list of weak organizations as an input', () => {
    expect(claims('确定村级后备力量315人，排查确定软弱涣散村党组织18个')).toEqual([
      [315, '人', 'outcome'],
      [18, '个', 'input'],
    ]);
  });

  it('reads the grades a rating settled (已确定五星级党组织3个) as its result, a designation as an input', () => {
    expect(claims('年底评议后已确定四星级支部6个、三星级14个，确定三类党组织2个，另确定10个示范点')).toEqual([
      [6, '个', 'outcome'],
      [14, '个', 'outcome'],
      [2, '个', 'outcome'],
      [10, '个', 'input'],
    ]);
  });

  it('reads 扶持 and the receivers of money as inputs', () => {
    expect(claims('扶持860个村发展集体经济，为24个社区拨付服务经费96万元')).toEqual([
      [860, '个', 'input'],
      [24, '个', 'input'],
      [96, '万元', 'input'],
    ]);
  });

  it('lets a 先后/累计 adverb yield to a nearer input verb', () => {
    expect(claims('先后投入资金1200万元，累计选派第一书记210名，累计培训党员3.6万人次')).toEqual([
      [1200, '万元', 'input'],
      [210, '名', 'input'],
      [3.6, '万人次', 'outcome'],
    ]);
  });
});

describe('goals, standards and thresholds', () => {
  it('reads ages as thresholds or measured ages, and skips ages that describe someone', () => {
    expect(claims('选拔45周岁以下的优秀年轻干部，党组织书记平均年龄为41岁，为70岁以上老人送餐，28岁的小王说')).toEqual([
      [45, '周岁', 'target'],
      [41, '岁', 'outcome'],
    ]);
  });

  it('reads an age bar written before the age (年满60周岁不再担任, 不满18周岁的) as a threshold', () => {
    expect(claims('县委明确村干部年满60周岁不再担任村党组织书记')).toEqual([[60, '周岁', 'target']]);
    expect(claims('不满18周岁的青年可申请加入共青团')).toEqual([[18, '周岁', 'target']]);
    expect(claims('老党员王某今年满80岁了')).toEqual([]);
  });

  it('looks past a threshold for a 其中 breakdown', () => {
    expect(claims('今年以来，全县新发展党员85名，其中35岁以下的62名')).toEqual([
      [85, '名', 'outcome'],
      [35, '岁', 'target'],
      [62, '名', 'outcome'],
    ]);
  });

  it('reads a duration a course is set to run as a standard', () => {
    expect(claims('开办为期45天的“头雁”能力提升班')).toEqual([[45, '天', 'target']]);
  });

  it('carries a goal set at the head of a sentence to its later clauses, until the sentence reports what is done', () => {
    expect(claims('到明年年底，全市将基本消除年收入5万元以下的空壳村，年收入20万元以上的村占比达到40%。')).toEqual([
      [5, '万元', 'target'],
      [20, '万元', 'target'],
      [40, '%', 'target'],
    ]);
    expect(claims('实施强村三年行动计划，目前已培育村级合作社1.5万家，带动农户户均增收2800元。')).toEqual([
      [1.5, '万家', 'outcome'],
      [2800, '元', 'outcome'],
    ]);
  });

  it('carries a per-unit standard (每个…配备) to the figures that spell it out', () => {
    expect(claims('划分网格60个，每个网格按“1+2”模式配备力量，1名网格长，2名网格员。')).toEqual([
      [60, '个', 'outcome'],
      [1, '名', 'target'],
      [2, '名', 'target'],
    ]);
  });

  it('reads what the work must secure (确保…) as a standard, and 确保了 as secured', () => {
    expect(claims('开展专题轮训，确保全镇党员参训率达到95%以上')).toEqual([[95, '%', 'target']]);
    expect(claims('确保全县26个机关党委所属支部整改到位')).toEqual([[26, '个', 'target']]);
    expect(claims('通过包片督导，确保了全县138个村如期完成换届')).toEqual([[138, '个', 'outcome']]);
    expect(claims('选派40名干部驻村，确保每村有人联系')).toEqual([[40, '名', 'input']]);
  });

  it('reads people given a duty right after their count (负责…, 按照各自分工…) as put in, and 负责人 as no duty', () => {
    expect(claims('全镇28名楼栋长负责小区出入口值守，12名网格员按照各自分工做好排查登记')).toEqual([
      [28, '名', 'input'],
      [12, '名', 'input'],
    ]);
    expect(claims('会上，6名支部负责人作了表态发言')).toEqual([[6, '名', 'outcome']]);
  });

  it('reads the size of each batch or session of a programme as a standard', () => {
    expect(claims('分上下半年两批组织，每批20名村书记赴浙江跟岗学习')).toEqual([[20, '名', 'target']]);
    expect(claims('全年举办示范班3期，每期均有80余名党员参加')).toEqual([
      [3, '期', 'outcome'],
      [80, '名', 'outcome'],
    ]);
  });

  it('reads a scope that is only starting as an input, and what has started (启动了) as an outcome', () => {
    expect(claims('全省9800个村、2600个社区“两委”于今年3月开始集中换届')).toEqual([
      [9800, '个', 'input'],
      [2600, '个', 'input'],
    ]);
    expect(claims('全县共有16个乡镇启动了换届')).toEqual([[16, '个', 'outcome']]);
  });

  it('reads a physical condition as no standard (money set aside for it is put in)', () => {
    expect(claims('筹集资金320万元用于改善办公条件，明确5项资格条件')).toEqual([
      [320, '万元', 'input'],
      [5, '项', 'target'],
    ]);
  });

  it('reads figures carved out of a plan as targets', () => {
    expect(claims('在年度发展党员计划中单列，定向发展青年农民党员30名，占年度计划的25%')).toEqual([
      [30, '名', 'target'],
      [25, '%', 'target'],
    ]);
  });

  it('tells 争取 that obtains from 争取 that aims, and 计划 the verb from 计划 the noun', () => {
    expect(claims('今年以来争取产业项目9个，争取到2026年实现全覆盖，计划新建驿站15个')).toEqual([
      [9, '个', 'outcome'],
      [15, '个', 'target'],
    ]);
    expect(claims('以创建示范社区为目标，三年来新建党群服务站8个')).toEqual([[8, '个', 'outcome']]);
    expect(claims('各项工作按计划推进，积极争取上级支持，新建驿站11个')).toEqual([[11, '个', 'outcome']]);
    // 计划管理/计划备案 is a way of managing (督检考实行计划管理), not a plan of what follows.
    expect(claims('对督查检查考核实行计划管理，严控借调，清退借调干部35人次')).toEqual([[35, '人次', 'outcome']]);
  });

  it('reads a guaranteed floor and a figure inside a named goal as targets', () => {
    expect(claims('新建场所面积保证在150平方米以上')).toEqual([[150, '平方米', 'target']]);
    expect(claims('提出两年建成驿站60个、服务点120个的目标')).toEqual([
      [60, '个', 'target'],
      [120, '个', 'target'],
    ]);
  });

  it('keeps money spent as an input even when completed (完成投资)', () => {
    expect(claims('目前已完成投资860余万元，完成选派工作45人')).toEqual([
      [860, '万元', 'input'],
      [45, '人', 'outcome'],
    ]);
  });

  it('keeps earnings paid every year as outcomes', () => {
    expect(claims('入股农户每年每股分红1800元')).toEqual([[1800, '元', 'outcome']]);
    // Rent the collective takes in is earned; rent waived or paid for others is money put in.
    expect(claims('村集体将闲置厂房出租，年租金12万元')).toEqual([[12, '万元', 'outcome']]);
    expect(claims('为入驻企业减免租金12万元')).toEqual([[12, '万元', 'input']]);
  });

  it('reads designated pilots as inputs unless the clause measures them', () => {
    expect(claims('发挥6个市级试点的示范引领作用，12个试点村村均收入为38万元')).toEqual([
      [6, '个', 'input'],
      [12, '个', 'outcome'],
      [38, '万元', 'outcome'],
    ]);
  });
});

describe('其中 breakdowns', () => {
  it('inherit from the total with the same unit, and the parts listed after them follow', () => {
    expect(claims('全省累计选派驻村干部3.2万名，覆盖1.6万个村，占比72%，其中第一书记0.8万名，工作队员2.4万名。')).toEqual([
      [3.2, '万名', 'input'],
      [1.6, '万个', 'outcome'],
      [72, '%', 'outcome'],
      [0.8, '万名', 'input'],
      [2.4, '万名', 'input'],
    ]);
  });
});

describe('partnerships and 组织', () => {
  it('reads partnerships made as outcomes', () => {
    expect(claims('组织42个村结对共建、连片发展，5名书记分别与15位“名师”开展结对帮带')).toEqual([
      [42, '个', 'outcome'],
      [5, '名', 'outcome'],
      [15, '位', 'outcome'],
    ]);
  });

  it('reads units organised into a joint branch they form (组织…3个村成立联合党支部) as an outcome', () => {
    expect(claims('镇党委组织示范村与周边的张庄村、李庄村等3个村成立联合党支部')).toEqual([[3, '个', 'outcome']]);
    expect(claims('镇党委组织12个村党支部开展交流')).toEqual([[12, '个', 'input']]);
  });

  it('reads units assigned to help (结对帮扶) as inputs, partnerships formed (结成共建对子) as outcomes', () => {
    expect(claims('14个县直单位结对帮扶20个村，52个机关党组织与社区结成共建对子')).toEqual([
      [14, '个', 'input'],
      [20, '个', 'input'],
      [52, '个', 'outcome'],
    ]);
  });

  it('reads 组织 the noun as no verb', () => {
    expect(claims('新增覆盖个体工商户等经济组织310户、从业人员1260人')).toEqual([
      [310, '户', 'outcome'],
      [1260, '人', 'outcome'],
    ]);
  });

  it('reads events 组织 holds (次, 场, 期) as activities carried out', () => {
    expect(claims('今年以来已组织开展“红色周末”活动15次，组织专题宣讲32场')).toEqual([
      [15, '次', 'outcome'],
      [32, '场', 'outcome'],
    ]);
  });

  it('still reads 组织 the verb as putting its object in', () => {
    expect(claims('组织28个社区党组织开展摸排')).toEqual([[28, '个', 'input']]);
  });
});

describe('new measure words', () => {
  it('counts posts (职), not 职务 or 职工', () => {
    expect(claims('市县两级班子共设1250职，比上次减少38职，涉及3职工').map(([value, unit]) => [value, unit])).toEqual([[1250, '职'], [38, '职']]);
  });

  it('counts buildings and boats (幢, 艘)', () => {
    expect(claims('小区党支部覆盖18幢居民楼，组建渔船党小组联系渔船40艘').map(([value, unit]) => [value, unit])).toEqual([[18, '幢'], [40, '艘']]);
  });

  it('counts cards, films, cases, livestock and trees, but not 5部门 or 3集中', () => {
    expect(claims('发放政策明白卡1.2万张，拍摄微视频14部，发现问题线索23例，养殖肉牛260头，栽种苗木900株，由5部门联合督办').map(([value, unit]) => [value, unit])).toEqual([
      [1.2, '万张'],
      [14, '部'],
      [23, '例'],
      [260, '头'],
      [900, '株'],
    ]);
  });

  it('counts cases settled (宗, 起)', () => {
    expect(claims('协商化解邻里纠纷38宗，调处信访案件12起，从2021年起')).toEqual([
      [38, '宗', 'outcome'],
      [12, '起', 'outcome'],
    ]);
  });
});

describe('plans, frames and rules written around the figure', () => {
  it.each([
    // A goal the work is aimed at frames what follows; the cooperatives were set up.
    ['围绕村均集体收入超过50万元的目标，创办集体股份合作社316个', [[50, '万元', 'target'], [316, '个', 'outcome']]],
    // 将 with a money verb, a building verb or a prepositional phrase plans what follows.
    ['今年，全市将投资2亿多元，新建、改扩建党群服务中心12个', [[2, '亿元', 'target'], [12, '个', 'target']]],
    ['全省将从高校选调200名应届毕业生到乡镇工作', [[200, '名', 'target']]],
    // An action marked done by 了 governs its own object, after the money put in.
    ['通过投资380万元新实施了养殖基地等9个项目', [[380, '万元', 'input'], [9, '个', 'outcome']]],
    ['将工作要点分解成28项具体任务', [[28, '项', 'input']]],
    ['引入劳务站点，使得村集体经济突破30万元大关', [[30, '万元', 'outcome']]],
    // A level the money reached is a result even when the income is named in the clause before.
    ['推动村集体收入稳步增长，提高到去年的21.5万元', [[21.5, '万元', 'outcome']]],
    ['从销售收入中提取1%的服务费作为公益金注入村集体', [[1, '%', 'input']]],
    // Points a scoring scheme gives or takes are its rules.
    ['以满分作为初始积分(100分)，缺席主题党日一次扣3分，参加志愿服务一次加1分', [[100, '分', 'target'], [3, '分', 'target'], [1, '分', 'target']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it('does not read 分 as points in 3分地 or 5分之一', () => {
    expect(claims('人均不足1分地')).toEqual([]);
  });
});

describe('results and targets that read like their opposites', () => {
  it.each([
    // Dividends the poor or the members received are money earned.
    ['全县每名脱贫户每年在产业项目中分得红利均在1500元以上', [[1500, '元', 'outcome']]],
    // 仅用/只用 says how fast a thing was done, not how long it was set to run.
    ['从签约到居民全部搬离仅用25天', [[25, '天', 'outcome']]],
    ['为期10天的集中培训', [[10, '天', 'target']]],
    // 安排部署会 is a meeting held, not people assigned.
    ['组织开展党建工作推进会及安排部署会4次', [[4, '次', 'outcome']]],
    // The people put in are an input; the inspections they carried out are a result.
    ['安排各村联点18名干事下沉至村一线开展督导检查26次', [[18, '名', 'input'], [26, '次', 'outcome']]],
    // Cadres sent to villages who take a post there are put in; local people chosen for it are a result.
    ['有45名致富能手选为村“两委”成员、9名驻村干部兼任村党组织书记', [[45, '名', 'outcome'], [9, '名', 'input']]],
    // People sent to trainings elsewhere: the sessions they attended were carried out.
    ['选派村党组织书记赴省委党校、浙江大学培训共3期', [[3, '期', 'outcome']]],
    ['选派12名年轻干部赴先进地区跟班学习2期', [[12, '名', 'input'], [2, '期', 'outcome']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each([
    ['按照4类18条风险识别点逐村测评', [[4, '类', 'target'], [18, '条', 'target']]],
    ['出台规定，禁止干部36种行为', [[36, '种', 'target']]],
    ['上级下达该县的30件民生实事任务全部完成', [[30, '件', 'target']]],
  ])('reads the size of a standard, a list of prohibitions or tasks handed down as a target: %s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('classifyKind', () => {
  it('names the cue that decided', () => {
    const context = { after: '', baseUnit: '个', approximate: false, previousInSentence: null, sentenceRecurring: false };
    expect(classifyKind({ ...context, before: '设立驿站' }).cue).toBe('created');
    expect(classifyKind({ ...context, before: '编印', baseUnit: '本' }).cue).toBe('printed');
    expect(classifyKind({ ...context, before: '沉到' }).cue).toBe('destination');
  });
});

describe('the bars and scales of a points scheme, set beforehand', () => {
  it.each([
    ['对年终累计积分达不到60分的党员进行谈话提醒', [[60, '分', 'target']]],
    ['支部考评得分低于70分的，列为后进支部', [[70, '分', 'target']]],
    ['党员积分按年度100分计算，一季度一公示', [[100, '分', 'target']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it('still reads a score a branch reached as a result', () => {
    expect(claims('全县党支部平均得分达到92分')).toEqual([[92, '分', 'outcome']]);
  });
});

describe('money taken in by selling or recovering', () => {
  it.each([
    ['村民上山采摘药材卖了20多万元', [[20, '万元', 'outcome']]],
    ['清缴集体资金3200余万元', [[3200, '万元', 'outcome']]],
    ['追回被侵占的集体资金86万元', [[86, '万元', 'outcome']]],
    // An average a unit's money reached (村均达, 户均超过) is a level measured; a subsidy per household is still put in.
    ['集体经济收入稳步增长，村均达15万元', [[15, '万元', 'outcome']]],
    ['户均超过3000元', [[3000, '元', 'outcome']]],
    ['对困难户户均补贴2000元', [[2000, '元', 'input']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('money pooled for the work is put in, even when told as done in turn (先后整合…资金)', () => {
  it.each([
    ['先后整合涉农项目资金120万元，建成冷库2座', [[120, '万元', 'input'], [2, '座', 'outcome']]],
    ['累计筹措帮扶资金80万元', [[80, '万元', 'input']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('the categories a scheme tells apart, listed before their count', () => {
  it('reads 区分A、B和C等N个类型 as the scheme\'s design', () => {
    expect(claims('区分农村、社区、机关和两新组织等8个类型，细化评价指标')).toEqual([[8, '个', 'input']]);
  });
});

describe('results measured against the past, honours won running, and what teams sent worked on', () => {
  it.each([
    ['换届后，村“两委”成员平均年龄比上届下降4岁以上', [[4, '岁', 'outcome']]],
    ['大专以上学历占比较去年提高12%', [[12, '%', 'outcome']]],
    ['该社区连续8年获评市级文明社区', [[8, '年', 'outcome']]],
    ['县委派出6个考察组分别对18个乡镇领导班子进行考察', [[6, '个', 'input'], [18, '个', 'outcome']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it('reads the size a body will be changed to as a target', () => {
    expect(claims('乡镇领导班子职数将由7名调整至9名')).toContainEqual([9, '名', 'target']);
  });

  it('still reads an age limit and a run of years set as a rule as targets', () => {
    expect(claims('选拔35岁以下的年轻干部')).toEqual([[35, '岁', 'target']]);
    expect(claims('村党组织书记连续3年考核优秀的，可享受…待遇')).toContainEqual([3, '年', 'target']);
  });
});

describe('rules named as nouns, organisations set up, units put in charge and levels to be reached', () => {
  it.each([
    ['全年查处违反中央八项规定精神问题26人', [[26, '人', 'outcome']]],
    ['按照规定12个工作日内办结', [[12, '个工作日', 'target']]],
    ['打破乡镇界限设置36个片区党委', [[36, '个', 'outcome']]],
    ['全区共设置网格党支部120个', [[120, '个', 'outcome']]],
    ['每个社区设置2个公益性岗位', [[2, '个', 'target']]],
    ['设置党员示范岗120个', [[120, '个', 'input']]],
    ['由县委组织部、县农业农村局等8个部门牵头实施', [[8, '个', 'input']]],
    ['全县乡村振兴指导员要达到300人', [[300, '人', 'target']]],
    ['村级集体经济收入要实现10万元以上', [[10, '万元', 'target']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('land, livestock and labour pooled as shares are put in (集成草场…、牲畜…、劳动力…)', () => {
  it.each([
    ['通过草场、牲畜入股形式，集成草场12万亩、牲畜860头、劳动力35人', [[12, '万亩', 'input'], [860, '头', 'input'], [35, '人', 'input']]],
    ['整合闲置耕地300亩，发展大棚种植', [[300, '亩', 'input']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('a part of a sum earned that is put to a use (其中…万元用于…) is put in, not earned', () => {
  it.each([
    ['出租给企业经营，年租金56万元，其中40万元用于困难群众分红，16万元用于发展集体经济', [[56, '万元', 'outcome'], [40, '万元', 'input'], [16, '万元', 'input']]],
    ['村集体收入达到80万元，其中30万元来自光伏发电', [[80, '万元', 'outcome'], [30, '万元', 'outcome']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
