/**
 * Word stock for synthetic bulletins. Generic phrases are chosen so they name no practice of the
 * taxonomy and no place (no 网格, 挂职, 一站式, 星级, 减负, 党建引领…治理), and contain nothing the
 * parser reads as furniture (记者, 技术支持, 上图, full-width colons), so the only practice an item
 * names is the one it was generated for.
 */

/** Sections that report on the publisher's own area. */
export const HOME_SECTIONS = ['市内信息', '组织工作动态', '基层党建', '工作动态', '经验交流', '县区传真'] as const;
/** Sections that report on other places. */
export const ELSEWHERE_SECTIONS = ['市外参考', '外地经验', '他山之石', '各地动态'] as const;

export const PUBLICATION_SUFFIXES = ['组工信息', '组工动态', '组织工作动态', '党建工作简报', '组工通讯', '组织工作信息'] as const;
export const PUBLISHER_OFFICES = ['组织部研究室', '组织部办公室', '组织部', '组织部调研室'] as const;

export const TIME_OPENERS = ['今年以来，', '近年来，', '去年以来，', '', '为破解基层工作中的难点问题，', '自开展专项行动以来，'] as const;

export const APPROACHES = [
  '坚持问题导向和目标导向相结合',
  '立足实际、创新方法',
  '聚焦群众关心关注的热点难点',
  '坚持大抓基层的鲜明导向',
  '把基层组织建设作为重点任务来抓',
  '坚持高位推动、系统谋划',
  '着眼于补短板、强弱项',
] as const;

export const VERBS = ['推行', '实施', '深化', '探索', '全面推进', '扎实开展', '创新开展', '持续推进'] as const;

/** Headline goals: short, no clause punctuation. */
export const GOALS = [
  '激活基层治理末梢',
  '打通服务群众最后一米',
  '夯实基层组织根基',
  '提升基层组织力',
  '凝聚发展合力',
  '推动工作提质增效',
  '助力高质量发展',
  '筑牢战斗堡垒',
  '激发干事创业活力',
  '让群众办事更便捷',
  '破解基层工作难题',
  '增强党组织凝聚力',
  '锻造过硬队伍',
  '激发内生动力',
  '服务群众零距离',
  '推动工作落地见效',
] as const;

export const PURPOSES = [
  '有效提升了基层党组织的凝聚力和战斗力',
  '推动各项工作落地落实',
  '让党组织的作用在基层一线充分彰显',
  '切实把组织优势转化为发展优势',
  '进一步增强了群众的获得感和满意度',
  '为推动高质量发展提供了坚强的组织保证',
] as const;

/** Headings of numbered points (①强化组织保障。). */
export const POINT_HEADINGS = [
  '强化组织保障',
  '健全工作机制',
  '压实工作责任',
  '建强骨干队伍',
  '完善考评体系',
  '拓展服务载体',
  '畅通沟通渠道',
  '注重示范带动',
  '强化督导问效',
  '细化任务分工',
  '加强宣传引导',
  '突出精准施策',
  '夯实基础保障',
  '坚持统筹推进',
] as const;

/**
 * Body sentences; {T} is the practice term, {U} the unit word (县, 区, 市, 旗) so the text says
 * 县委组织部 in a county and 区委组织部 in a district.
 */
export const FILLER_SENTENCES = [
  '制定出台实施方案，明确工作目标、责任分工和推进步骤，做到任务到岗、责任到人。',
  '建立定期调度机制，由{U}委组织部牵头，每季度召开推进会，及时研究解决工作中遇到的困难和问题。',
  '坚持把{T}作为年度重点任务，纳入基层党组织书记履职考核的重要内容，与评先评优直接挂钩。',
  '通过召开座谈会、入户走访等方式，广泛听取基层干部和群众的意见建议，不断完善工作措施。',
  '选取基础较好的村（社区）先行先试，及时总结经验做法，以点带面在全域推开。',
  '编印工作指引手册，细化操作流程和工作标准，确保基层有章可循、有据可依。',
  '组织相关部门开展联合督查，对进度滞后的单位下发提醒函，督促限期整改到位。',
  '注重发挥老党员、老干部的作用，引导他们主动参与到{T}工作中来。',
  '整合部门资源力量，统筹使用各类资金，为工作开展提供有力保障。',
  '建立工作台账，实行月调度、季通报、年考评，推动各项任务落细落实。',
  '把{T}与乡村振兴、城市更新等中心工作结合起来，做到同部署、同推进、同考核。',
  '通过现场观摩、交流发言等形式，推动各地比学赶超、互学互鉴。',
  '针对工作中发现的短板弱项，逐项制定整改措施，明确时限要求，实行销号管理。',
  '依托新媒体平台开设专栏，持续宣传{T}中涌现出的先进典型和经验做法，营造浓厚氛围。',
  '坚持群众参与、群众评判，定期公布工作进展情况，主动接受群众监督。',
  '对工作成效明显的单位和个人给予通报表扬，在资金、项目上予以倾斜支持。',
  '各乡镇（街道）党（工）委书记亲自部署、亲自推动，形成一级抓一级、层层抓落实的工作格局。',
  '着力解决群众反映强烈的突出问题，做到件件有回音、事事有着落。',
  '结合实际细化工作清单，推动{T}由“有形覆盖”向“有效覆盖”转变。',
  '组建工作专班，抽调业务骨干集中办公，确保各项工作有序推进。',
  '注重从基层一线发现和培养骨干力量，不断充实工作队伍。',
  '按照“一年打基础、两年见成效、三年成体系”的思路，分阶段有序推进。',
] as const;

/**
 * Parts of composed sentences (action，manner，result。): thousands of combinations, so bodies at
 * 100k items are not a few dozen sentences over and over.
 */
export const ACTIONS = [
  '建立{T}工作台账',
  '制定{T}工作细则',
  '完善联席会议制度',
  '组建专项工作组',
  '开展集中走访活动',
  '梳理基层需求清单',
  '举办专题培训班',
  '开展“回头看”',
  '实行挂图作战',
  '选树一批先进典型',
  '引入专业力量参与',
  '整合各类阵地资源',
  '建立分级响应机制',
  '开展常态化督导',
  '设立意见箱和服务热线',
  '推行清单化管理',
  '实行周调度月通报',
  '召开现场推进会',
] as const;

export const MANNERS = [
  '明确责任主体和完成时限',
  '做到底数清、情况明',
  '坚持边实践边总结',
  '实行动态管理',
  '由专人负责跟踪落实',
  '按照分级分类原则推进',
  '每月集中研究一次',
  '严格按照程序办理',
  '确保不漏一户、不落一人',
  '做到全程留痕、可查可考',
  '把责任压实到具体岗位',
  '统一标准、统一流程',
] as const;

export const RESULTS = [
  '有效破解了工作推进中的堵点',
  '推动形成了齐抓共管的良好局面',
  '工作效率明显提升',
  '群众认可度不断提高',
  '为全面推开积累了经验',
  '各项任务推进有力有序',
  '基层活力进一步激发',
  '干部作风明显转变',
  '党组织威信不断提升',
  '一批难题得到妥善解决',
  '问题发现和处置更加及时',
  '工作质效稳步提升',
] as const;

/** What a practice is called in a body sentence, besides its own name. */
export const TERM_SENTENCES = [
  '{P}在推行{T}过程中，坚持因地制宜、分类指导，不搞一刀切。',
  '为确保{T}取得实效，{P}专门成立工作领导小组，由分管负责同志牵头抓总。',
  '{P}把{T}作为抓基层、打基础的有力抓手，常态化推进。',
  '实践中，{T}已成为{P}基层党建的一张亮丽名片。',
] as const;

export interface OutcomeTemplate {
  /** Printed before the number ("排查整顿后进党组织", "群众满意度达"). */
  before: string;
  /** Printed after the number ("个", "%", "人次"). */
  unit: string;
  min: number;
  max: number;
  /** Digits after the point (percentages). */
  decimals?: number;
  /** The number may be rounded and followed by "余" (1200 余人次). */
  approximate?: boolean;
  /** A level reached ("…达 96.5%"), not a count: takes no 共/累计 in front. */
  level?: boolean;
}

export const OUTCOMES: readonly OutcomeTemplate[] = [
  { before: '排查整顿后进党组织', unit: '个', min: 5, max: 80 },
  { before: '覆盖率达', unit: '%', min: 85, max: 100, decimals: 1, level: true },
  { before: '培训党员', unit: '人次', min: 300, max: 6000, approximate: true },
  { before: '解决群众急难愁盼问题', unit: '件', min: 40, max: 900, approximate: true },
  { before: '化解矛盾纠纷', unit: '起', min: 20, max: 600 },
  { before: '办理民生实事', unit: '件', min: 10, max: 300 },
  { before: '带动群众增收', unit: '万元', min: 50, max: 3000, approximate: true },
  { before: '收集意见建议', unit: '条', min: 50, max: 2000, approximate: true },
  { before: '群众满意度达', unit: '%', min: 90, max: 100, decimals: 1, level: true },
  { before: '投入资金', unit: '万元', min: 100, max: 8000 },
  { before: '惠及群众', unit: '户', min: 500, max: 20000, approximate: true },
  { before: '开展各类活动', unit: '场次', min: 30, max: 1500 },
  { before: '培育业务骨干', unit: '名', min: 20, max: 600 },
  { before: '问题整改率达', unit: '%', min: 80, max: 100, decimals: 1, level: true },
  { before: '参与党员达', unit: '名', min: 200, max: 12000, level: true },
] as const;

/** Words before a count: 共排查…, 累计投入…, 已培训…. */
export const COUNT_PREFIXES = ['共', '累计', '已', ''] as const;
/** Openers of an outcome sentence inside a point. */
export const POINT_OUTCOME_OPENERS = ['目前，', '截至目前，', '去年以来，', '今年以来，', ''] as const;

export const OUTCOME_OPENERS = ['截至目前，全{U}', '目前，全{U}', '今年以来，全{U}', '通过这一做法，全{U}', '据统计，全{U}'] as const;

/** Distribution lines at the foot of the last page (each one line, as the parser drops them). */
export const DISTRIBUTION_LINES = [
  '报：省委组织部，市委常委，市人大常委会、市政府、市政协有关领导同志',
  '送：市直各单位党组（党委），市委各部委办',
  '发：各县（市、区）委组织部，部机关各科室',
] as const;

export const EDITOR_NAMES = ['王某', '李某某', '张某', '刘某某', '陈某'] as const;

/** The visible marker every synthetic document carries; the parser drops it as a 来源 line. */
export const SYNTHETIC_MARKER = '（来源：基准测试合成数据，内容虚构）';
