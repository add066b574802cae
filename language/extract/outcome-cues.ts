/**
 * The vocabulary outcome-kind.ts reads: classes of verbs and objects as bulletins write them.
 * Each pattern runs on simplified text with whitespace removed and quoted names blanked (“”).
 */

/** Time units a standard, deadline or duration is written in. */
export const TIME_UNITS = new Set(['年', '个月', '天', '日', '个工作日', '周', '小时', '分钟']);
/** Units that count events held (活动27次, 宣讲12场, 培训班3期): what was carried out. */
export const EVENT_UNITS = new Set(['次', '场', '场次', '期', '轮', '批次']);
/**
 * An activity verb between an assigning verb and a count of events: the events were carried out —
 * held (开展, 举办) or attended by the people sent (选派…干部赴…党校培训共5期).
 */
/** A change measured against an earlier term or year, just before the number: 比上届下降5岁, 较去年提高12%. */
export const COMPARED_CHANGE = /(?:比|较|同比|环比)[^，,。；;]{0,8}?(?:下降|降低|提高|提升|增加|增长|减少|缩短|上升|下降了|提高了)(?:了)?$/;
/** An honour won so many years or times running: 连续12年获评…, 连续3届被评为…. */
export const HONOUR_AFTER = /^(?:获评|获得|被评为|被授予|荣获|入选|蝉联|位居|位列|获)/;
/** What teams sent worked on, counted right after 对: 派出5个工作组分别对15个乡镇…考察. */
export const WORKED_ON_BEFORE = /(?:分别)?对$/;
export const ACTIVITY_AFTER_INPUT = /开展|进行|举办|召开|培训|轮训|学习|研修|进修/;
/** Units that count people (not attendances: 人次 are outcomes of what was held). */
export const PEOPLE_UNITS = new Set(['名', '人', '位']);
/** Copies of printed material: 本, 册, 份, 套. */
export const COPY_UNITS = new Set(['本', '册', '份', '套']);
export const AGE_UNITS = new Set(['岁', '周岁']);

// ── Goals and standards ────────────────────────────────────────────────────────────────────────
/**
 * Goal words. 争取 as a goal (争取到2025年…, 争取实现…), not when it obtains something (争取项目12个,
 * 积极争取上级资金); 计划 only as a verb (计划新建…, 今年计划…), not the noun (三年行动计划,
 * 党员发展计划中, 按计划推进, 督检考实行计划管理/计划备案), nor when the programme it names has already delivered (首批计划成功吸纳…,
 * 计划已…); 预期 as the goal, not the yardstick of a comparison (比预期提前, 超预期);
 * 目标 only when it states one (目标是…), not in 以…为目标.
 */
export const PROJECTION = new RegExp(
  [
    '预计|(?<!比|超|超出|高于|好于|优于|快于)预期|力争|拟于|拟将|目标(?:是|为)',
    // 拟发展新党员13名, 拟新建…: planned work; 拟任人选 and 拟提拔对象 name nominees, not plans.
    '(?<![模虚草])拟(?=发展|新建|建设|新增|投入|投资|开展|举办|招录|招聘|选派|选拔|引进|实施|建成|打造|培养|吸收|接收)',
    '争取(?=在|于|到\\d|到(?:今年|明年|年底)|用|实现|早日|年底|明年|全面|达到|建成|完成|打造|创建|把|让|使)',
    '(?<!按|按照|原|既定|行动|工作|年度|实施|发展|建设|培养|培训|人才|[一二三四五六七八九十两\\d]年|[千百万]人)计划(?=[\\u4e00-\\u9fa5\\d])(?![中的书表内外项]|成功|已|顺利|管理|备案)',
  ].join('|'),
);
/** Future 将 (将基本消除…), not the 将 that fronts an object (将局机关5个支部…). */
export const FUTURE = /将(?:基本|全面|力争|逐步|陆续|实现|达到|超过|突破|覆盖|建成|完成|消除|新增|增加|增至|提高|提升|有|牵头|举办|组织开展|开展|分批|选拔|选派|选调|择优|投入|投资|新建|改扩建|启动|招录|招聘|引进|从(?!业|事|严|[\d一二三四五六七八九十])|(?:由|从)[^，,。；;]{1,12}?(?:调整|增加|增至|提高|扩大|减少|压减|精简))/;
/**
 * Future 将 after the count, its subject (43名学员将参加…培训, 6个村将开展…): those who are yet to take part
 * or act, a plan. Only verbs of taking part or setting out follow, so 将 fronting an object (…将党员分为…)
 * is not read.
 */
export const FUTURE_AFTER = /^[^，,。将]{0,10}?将(?:分批|陆续|统一|集中|全部)?(?:参加|参与|接受|赴|前往|奔赴|分赴|进行|开展|深入)/;
/** A point in time still ahead of the report: 到2025年, 今年年底, 年底前, 明年. */
export const DEADLINE_TIME = /(?<!截至|截止|[年月日])(?:到|至)(?:\d{4}年|今年|明年|本年|年底|年末)|(?<!截至|截止|去年|上年)(?:今年|本年)(?:年)?底|年底前|明年/;
/** Figures carved out of a plan or quota: 在年度计划中单列…, 占年度计划的25%. */
export const QUOTA = /(?:计划|指标|名额)(?:中|内|之内)|占[^，,]{0,10}(?:计划|指标|名额)(?:的|数)?$|名额(?:共|总数)?(?:为|是|有)?$/;
/** Words that report what happened, which a goal of the same sentence does not reach. */
export const DONE = /已|累计|共计|先后|截至|截止|目前|现有|以来|年来/;
/** 确保有3人以上正式党员的…: what must be there, a standard, like 确保达到… and 确保不…. */
export const STANDARD_WORDS =
  /(?<![主重需])要(?:达到|实现)|不少于|不低于|不超过|不高于|不多于|至少|最多|最少|最低|最高|必须|须|应当|原则上|上限|下限|(?:保证|确保)(?:在|达到|不|有)/;
/**
 * 确保全区党员参学率达到100%, 确保19个党委所辖组织覆盖到位: what the work must secure, written
 * before the figure, is a standard whatever words stand between; 确保了… reports it secured.
 */
export const ENSURED_BEFORE = /(?:保证|确保)(?!了)/;
/** A term of office is a standard when the figure is its length (任期为5年), not in 任期实绩考核3次. */
export const TERM_OF_OFFICE = /任期/;
/** The figure is part of a goal named after it: …建成驿站60个的目标. */
export const GOAL_AFTER = /[的为]目标|目标任务/;
export const DEADLINE_AFTER = /^[^，,]{0,6}?(?:以内|之内|内)/;
/**
 * A standard named after the figure: 5条标准, 10种情形 (标准化 is an adjective, and 办公条件 a
 * physical condition, not a requirement).
 */
export const STANDARD_AFTER = /^[^，,]{0,10}?(?:标准(?!化)|情形|(?<!办公|生产|生活|基础|办学|硬件|居住|医疗|交通|发展|服务)条件|方式进行)/;
/** A ceiling a thing must stay under: 收入5万元以下的村, 45周岁以下的干部. */
export const THRESHOLD_AFTER = /^(?:以下|以内)/;
/**
 * The length a thing is set to run or takes: 为期45天的培训班, 利用2天时间举行…, 历时3个月,
 * 用1天半的时间观摩 — a standard of the activity, not what it achieved. 仅用30天, 只用了2天 say how
 * fast something was done: a result.
 */
export const DURATION_BEFORE = /(?<![仅只才])(?:为期|利用|用时|历时|耗时|花费?|用了?)$/;
export const DURATION_AFTER = /^半?的?时间/;
export const RECURRING = /每(?:年|月|季度|半年|周|星期|天|日|学期)/;
export const RECURRENCE_BLOCKERS = /共|累计|已|先后|目前|达/;
/**
 * A per-unit quota in the clause of the figure: 每个镇推荐1个村, 每名党员联系3户 — each unit is
 * given the same number (a standard); 每个合作社平均增加收入4万元 measures instead.
 */
/** 每个村推荐…, and per round of a programme run in batches or sessions (分两批实施，每批15名). */
export const PER_UNIT_BEFORE = /每(?:个|名|位|户|村|镇|乡|社区|网格|支部|小区|单位|家|所|人|批|期|轮)[^，,每]{0,16}$/;
/** A per-unit figure measured or reported as done (每个村都建成了1个…) is no quota. */
export const PER_UNIT_MEASURED = /平均|均|都|全部|已|增加|增长|增收|收入|分红|达到?|提高|提升|减少|下降|降[至到为低]|减[至到]|节约|建成|完成|实现|为|是/;
/** A per-unit standard: 每个网格配备…, 每村明确…, 每名党员联系…. */
export const PER_UNIT_STANDARD =
  /每(?:个|名|位|户|村|镇|乡|社区|网格|支部|小区|单位)[^，,]{0,16}?(?:配备|配齐|配强|明确|确定|设立|设置|安排|落实|联系|包保|结对)/;

// ── Verbs that govern the figure after them (the nearest one before it decides) ────────────────
/**
 * Results reported as such: 累计…, 共计…, 先后…; and an action marked done by 了 (新实施了…11个项目),
 * which governs its own object even after a verb of money put in (通过投资562万元新实施了…).
 */
export const COMPLETED_ADVERBS = /累计|共计|先后|截至目前|(?:实施|开展|举办|召开|建成|完成|解决|帮助|带动|吸纳)了/;
/** Brought down to a level (降至, 降低到, 减少为): what the work achieved; a goal (力争降至) is read first. */
export const LOWERED_TO = /(?:降|减|下降|降低|减少|压缩|缩短)(?:至|到|为)$/;
/** Achieved, said so (实现了, 已实现): a result even when a standard is named after it. */
export const ACHIEVED = /实现了|已经实现|已实现/;
/** The yearly volume a clause reports (每年…达1.3万人次): measured, not a duty. */
export const MEASURED_VOLUME = /(?:达|达到|超过|逾)$/;
/** A share of units that did something (86%的医院成立…): coverage achieved. */
export const SHARE_OF_UNITS_AFTER = /^的[^，,]{0,12}?(?:村|社区|乡镇|单位|企业|医院|学校|党组织|支部|机关|党员|干部)/;
/** What an inspection or screening found (督查发现…804个问题, 排查出10个…): its result, whatever the list names. */
export const FINDING_VERBS = /发现|查出|查摆出|梳理出|排查出/;
/** Verbs that wrap the work done as their object: 完成选派工作40人, 实现全覆盖. */
export const COMPLETED_WRAPPERS = /完成|实现/;
/**
 * Resources put in: money (整合扶贫项目资金99万元, even after 先后), land, livestock and labour pooled (集成草场22万亩、牲畜…),
 * people (选派, 下沉执法人员37名, 从部门单位抽取1142名网格员),
 * rules, designations, a plan broken down into tasks (分解成43项任务).
 */
export const INPUT_VERBS =
  /分解(?:成|为)|投入|投资|安排(?!部署)|拨付|划拨|拨出|下拨|拿出|列支|筹措(?:[^，,。；;]{0,6}?资金)?|整合[^，,。；;]{0,6}?资金|(?:集成|整合)(?=[^，,。；;]{0,4}?(?:土地|草场|草原|耕地|林地|牲畜|劳动力))|选派|派出|抽调|(?<=从[^，,。；;]{1,20})抽取|下派|下沉(?=[^到至在于])|配备|配齐|充实|明确|确定|制定|(?<!项)规定(?!精神)|细化|设置|指定|落实|组成(?!员|部分)|(?<!给予|得到|获得)支持|扶持|选取|选定|聘请|聘用|特聘/;
/** Things made or set up as a result: organizations, stations, facilities (挂牌督办 assigns supervision instead). */
export const CREATION_VERBS = /建成|建立|设立|成立|组建|新建|创建|打造|培育|增设|新增|搭建|开设|挂牌(?!督办|督导|整治|整顿)/;
/** Material produced or bought for a campaign (in copies): 编印2000册, 下发800本, 订阅党建杂志95份. */
export const PRINT_VERBS = /编印|印制|印发|下发|编发|编写|编制|订阅|征订/;
/** Places resources are sent to: 沉到6个乡镇, 派驻30个村. */
export const DESTINATION_VERBS = /沉到|下沉到|下沉至|派到|派往|派驻|进驻|选派到|下派到|分赴|派赴/;

// ── Objects ───────────────────────────────────────────────────────────────────────────────────
/**
 * Work teams of cadres sent on a task (inputs), not organizations (党小组, 村民小组 and its short
 * form 村小组) or bands formed to serve or learn (志愿者服务小组, 学习小组, 互助小组): those are results.
 */
const TASK_GROUP = '(?<![党民村务者习助趣])小组';
export const TEAM_OBJECT = new RegExp(`巡视组|巡察组|督导组|督查组|调研组|工作组|考核组|指导组|检查组|专班|工作队|${TASK_GROUP}`);
/** 确定 closing a screening that was carried out: 最终确定3个村作为整顿对象 (the screening's result). */
export const SCREENING_CLOSE = /(?:最终|最后)共?$/;
/** A share or sum set aside for a use: 利润的30%用于运营, 120万元用于… (a rule of allocation, put in). */
export const ALLOCATED_AFTER = /^[^，,。]{0,8}?用于/;
/** The clause after a sum that closes its own: 用于…, 专项用于…, 全部用于… (what the money is for). */
export const ALLOCATED_NEXT = /^(?:主要|专项|专门|全部|统一|重点)?用于/;
/** A share or sum set aside as something: 提取0.5%的服务费作为公益金 (said of % and 元 only). */
export const SET_ASIDE_AS_AFTER = /^[^，,。]{0,8}?作为/;
/** Points a scoring scheme gives or takes (扣5分, 加1分, 初始积分(100分)): its rules, not a score reached. */
export const POINTS_RULE_BEFORE = /(?:扣|加|计|记|减|奖|积分|满分|基础分)[^，,\d]{0,2}$/;
/**
 * A bar a score is measured against (累计积分达不到60分的党员, 得分低于80分的支部) or the scale a
 * scheme counts in (积分按年度100分计算): a standard set beforehand, not a score reached.
 */
export const POINTS_BAR_BEFORE = /(?:积分|评分|得分|分值|考评|测评)[^，,\d]{0,6}?(?:达不到|低于|不足|不满|未达到?|高于|超过|按|以)[^，,\d]{0,4}$/;
export const POINTS_SCALE_AFTER = /^(?:计算|计|为满分|制)/;
/**
 * The parts a scheme is divided into, listed before their count (分为基本分、先锋分和扣分项3项指标):
 * its design, set beforehand — unlike an area divided into units (将全县划分成2647个网格), a result.
 */
export const DIVIDED_BEFORE = /(?:分为|分成|划分为|划为|区分)[^，,。；;！？\d]{0,40}[、和及与][^，,。；;！？\d]{1,20}$/;
/**
 * Posts open to applicants (竞聘全县126个工作岗位, 招聘教师岗位45个, 报考的12个职位): what a recruitment
 * offers, set beforehand — not those who applied or were taken on.
 */
export const RECRUITING_BEFORE = /(?:竞聘|竞岗|报考|招聘|招录|选聘)[^，,。]{0,12}$/;
export const POSTS = /^[^，,。]{0,4}?(?:岗位|职位)|(?:岗位|职位)$/;
/** The steps a procedure runs through (通过…等5个环节进行积分, 按照6个步骤): its design, set beforehand. */
export const PROCEDURE_AFTER = /^(?:个)?(?:环节|步骤|程序|流程)/;
/**
 * The areas work is focused on: 围绕12个方面, 聚焦5个领域, or listed before their count, closed by 等 or
 * not (围绕专题学习、为民服务…等9个主题开展活动; 重点围绕党政、企业、高技能6大类人才开展) — its scope, set beforehand.
 */
export const FOCUS_BEFORE =
  /(?:围绕|聚焦)(?:[^，,。；;！？\d]{1,60}(?:等|[、和及与](?![^，,。；;！？\d]*(?:等|成立|建立|组建|创建|建成|设立|开展|打造|培育))[^，,。；;！？\d、和及与]{1,8}))?$/;
/**
 * Kinds of cases listed as criteria: 把…等5种情况列为…, 6种情形认定为… — a standard; and the
 * categories a selection draws from: 从…等6类人群中遴选 — a pool set beforehand.
 */
export const CATEGORY_UNITS = new Set(['种', '类', '条', '项']);
export const CRITERIA_AFTER = /^[^，,]{0,6}?(?:情况|情形|问题|行为|类型|对象|人员)[^，,]{0,30}?(?:列为|认定为|界定为|视为|确定为|判定为|列入)/;
export const POOL_BEFORE = /从[^，,]{0,60}$/;
/** The size of a standard applied (按照5类20条问题风险识别点) or of a list of prohibitions (禁止干部44种行为). */
export const STANDARD_BEFORE = /(?:按照|对照|参照|依照|依据)[^，,]{0,4}$|(?:禁止|严禁|不得|不准)[^，,]{0,6}$/;
/** Tasks handed down from above (省市下达该县的25件实事任务): a target set, not work done. */
export const HANDED_DOWN_BEFORE = /(?:下达|交办|下派)[^，,]{0,10}$/;
export const TASK_AFTER = /^[^，,]{0,6}?(?:任务|指标)/;
export const POOL_AFTER = /^[^，,]{0,6}?中/;
/**
 * What a selection yields: a reserve pool or a list of candidates, including the nominees it settles on
 * (拟推荐对象, 考察对象, 提名对象).
 */
/**
 * Grades a rating gives (确定五星级党组织3个, 确定三类党组织12个, 确定“好”等次支部20个): what
 * 确定 settles after units were rated is the rating's result, not a designation made beforehand.
 */
export const RATING_RESULT = /[一二三四五六七八九十\d]星级?|星级|[一二三四五]类(?:党组织|支部|村|社区)|等次|档次|[一二三四五]档/;
/** Party organisations a setting-up verb (设置72个中心村党委) counts: organisations established, not posts set. */
export const PARTY_ORGANISATION = /^[^，,。；;]{0,8}?党(?:委|工委|总支|支部|小组|组织)/;
export const SELECTION_RESULT = /后备|人选|候选|储备|苗子|培养对象|发展对象|积极分子|(?:推荐|提名|考察|提拔|任用)对象/;
/** Pilots are designated to lead the way; results come from them (unless the clause measures them). */
export const PILOT_AFTER = /^[省市县区镇乡村级重点示范综合改革]{0,4}试点/;
export const MEASURED = /为|是|达|实现|完成|增|提高|提升|下降|减少|收入|建成|占/;

// ── What people put in do, written after the count (1.5万名干部蹲点…) ─────────────────────────
/**
 * Deployment verbs: people sent, stationed, assigned or assembled. 深入 a place sends people (not
 * 深入学习), and the households it reaches count as outcomes.
 */
export const DEPLOYED_AFTER = new RegExp(
  '^[^，,]{0,16}?(?:(?:驻村|驻点|驻社区|蹲点|常驻|下沉|沉到|派驻|进驻|下派|派到|派往|挂职|挂点)' +
    // 驻村第一书记, 下派干部: a title, not the clause's verb.
    '(?!第一书记|书记|干部|工作队|队员|人员|党员)' +
    '|联系帮扶|结对帮扶|联系包|包村|包片|包保|包抓|包户|包组|包乡|包联|联户|联村(?!党)|深入(?=一线|基层|群众|村|社区|农户|户|家|企业|田间|网格|乡|镇|街|小区|楼|工地|项目|现场|各|到|全|\\d)|走进(?!课堂)|走入|组成|到[^，,]{0,10}任职|到[^，,]{0,10}?(?:村|社区|连队|嘎查|网格|小区|企业)担任' +
    // 15名县直干部任站长: people posted to head something (担任了…委员 and 被选为… are results).
    '|(?<![担出继连兼])任(?![务职期命何意])[^，,]{0,6}?(?:站长|组长|队长|网格长|楼长|第一书记|指导员|联络员|顾问))',
);
/**
 * People given a duty right after their count (15名楼栋长负责封控值守, 34名网格员按照各自分工做好核对):
 * staff put to work. 负责人 is a post held, not a duty given.
 */
export const DUTY_AFTER = /^[^，,。]{0,10}?(?:负责(?!人)|按照?各自分工|分工负责|各司其职|轮流值守|轮班值守)/;
/** 7名驻村干部兼任党支部书记: the count is of cadres already sent, given a post on the spot. */
export const POSTED_AFTER = /^(?:驻村|驻点|下派|选派|派驻|挂职)(?:干部|队员|工作队员)(?:兼任|担任|任)(?![务职期命何意])/;
/**
 * A visiting party counted after 一行 (督导组一行6人到…, 考察团一行18人赴…): the people a body sent,
 * whoever they call on.
 */
export const DELEGATION_BEFORE = /一行共?$/;
/** Units assembled into a task team: 9个部门组建“清风专班”. */
export const ASSEMBLED_AFTER = /^[^，,]{0,8}?(?:组成|组建|抽调)/;
/** Assignment to a counterpart: 4个支部分别对接4个村, 14个单位结对帮扶20个村. */
export const ASSIGNED_AFTER =
  /^[^，,]{0,10}?分别(?:定位|对接|联系|包|挂|结对|负责|派驻|进驻|下沉)|^[^，,]{0,12}?(?:结对帮扶|挂钩帮扶|定点帮扶|包联|包保|包抓|包村|牵头(?:实施|负责|推进|落实|抓总))/;
/** Described as deployed: 驻村蹲点的“指导员”共有45名. */
export const DEPLOYED_RELATIVE = /(?:下乡|驻村|驻点|蹲点|下沉|派驻|挂职|包联|包保|包抓|进村(?![党两班]))[^，,]{0,12}的/;
/** 为24个社区拨付96万元: the receivers of an input. */
export const RECEIVER_BEFORE = /[为向给][^，,为向给]{0,8}$/;
export const MONEY_INPUT_AFTER = /投入|投资|安排|拨付|划拨|下拨|拿出|列支/;
/** 9800个村于3月开始换届: the scope of an undertaking that is only starting. */
export const STARTING_AFTER = /(?:开始|启动|拉开序幕)(?!了)/;

// ── Activities and results ────────────────────────────────────────────────────────────────────
export const TRAINING = /培训|学习|观摩|参训|受训|授课|轮训/;
/**
 * Those who took part, named by a relative clause on the count: …及参加现场打擂的20名村书记, 出席会议的
 * 80名代表. They are sent (an input) only when a dispatch verb governs them: 选派参加培训的20名干部.
 */
export const PARTICIPANT_RELATIVE = /(?:参加|参与|参赛|出席|列席|观看|观摩|到场|报名|入围|进入)[^，,、及和与]{0,16}的$/;
export const DISPATCH_VERBS = /选派|派出|抽调|下派|选调|组建|安排|组织(?!部|工作)|推荐|遴选|选拔/;
/**
 * Partnerships made: 组织42个村结对共建, 与15位“名师”开展结对帮带 — and a joint organisation the
 * units form together (组织…等4个村成立联合党支部).
 */
export const PAIRING_AFTER = /^[^，,]{0,12}?(?:结对|结成|联建|共建|抱团|(?:成立|组建|建立)(?:了)?联合)/;
export const PARTNER_BEFORE = /与[^，,与]{0,60}$/;
export const PARTNER_ACTION_AFTER = /结对|结成|签订|共建|联建|开展/;
/** 组织 as a verb (组织28个社区党组织摸排), not the noun (经济组织310户, 党组织, 组织部). */
export const ORGANISE_VERB = /(?<![党济会团治介层务新织群体])组织(?![部生关体建振架优力者书委化]|工作(?!队|组|专班|人员))/;
export const WEAK_INPUT_BEFORE =
  /(?:帮扶|联系|包保|结对|督办)$|(?:专职|兼职)(?:工作)?人员$|有(?:工作)?人员$|对象(?:为|是)|分别/;
export const WEAK_INPUT_ANYWHERE = /包保|包联|包抓|包乡|包村|包片|挂点|挂包/;
export const TEAM_AFTER = new RegExp(`^[^，,、及和]{0,14}?(?:巡视组|巡察组|督导组|督查组|调研组|工作组|考核组|指导组|检查组|专班|工作队|${TASK_GROUP})`);
export const EARNED_MONEY =
  /(?:村|户|人)均(?:达到?|超过|突破)|收入|营收|利润|产值|筹集|募集|善款|捐款|增收|创收|节约|节省|销售|卖了|卖出|卖得|售出|清缴|追缴|追回|挽回|分红|效益|收益|营业额|红利|(?<!支付|缴纳|缴付|减免|补贴|垫付)租金|实现|达到|突破|(?:提高|增加|增长|上升|提升)(?:到|至)|资产/;

/** Quoted names (“选、派、引”) hold words that are not the clause's own verbs. */
export const QUOTED = /“[^”]*”|"[^"]*"|「[^」]*」|‘[^’]*’|『[^』]*』/g;

const globalCopies = new Map<RegExp, RegExp>();

/** The last match of `pattern` in `text` (its word and end offset), or null. */
export function lastMatch(pattern: RegExp, text: string): { word: string; end: number } | null {
  let global = globalCopies.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, 'g');
    globalCopies.set(pattern, global);
  }
  let last: { word: string; end: number } | null = null;
  for (const match of text.matchAll(global)) last = { word: match[0], end: match.index + match[0].length };
  return last;
}
