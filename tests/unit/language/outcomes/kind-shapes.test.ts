/**
 * Verb, object and clause shapes that tell results from inputs and standards, each in sentences
 * written for the project in the genre's manner (no report's own place, person or phrase).
 */
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../../language/extract/clauses.ts';
import { createOutcomeExtractor } from '../../../../language/extract/outcomes.ts';
import { findQuantityMentions } from '../../../../language/extract/quantity-mentions.ts';

const extractor = createOutcomeExtractor();
const claims = (text: string): [number, string, string][] => extractor.extract(text).map((o) => [o.value, o.unit, o.kind]);
const claimed = (text: string): string[] =>
  findQuantityMentions(text).filter((m) => m.claim).map((m) => `${m.value}${m.unit}`);

describe('participants against people sent', () => {
  it('reads those who took part, closing an attendance list of officials, as an outcome', () => {
    expect(claims('县委常委、组织部长，县领导小组成员单位负责同志，各镇抓组织工作副书记及参加比武的18名社区书记观看了演讲')).toEqual([
      [18, '名', 'outcome'],
    ]);
    expect(claims('出席推进会的60名代表')).toEqual([[60, '名', 'outcome']]);
  });

  it('reads a visiting party counted after 一行 as people sent', () => {
    expect(claims('市委第三督导组一行6人到该镇开展基层党建专项督导')).toEqual([[6, '人', 'input']]);
    expect(claims('县委组织部副部长带领考察团一行18名同志赴外地学习人才工作经验')).toEqual([[18, '名', 'input']]);
  });

  it('keeps participants an input when a dispatch verb sent them', () => {
    expect(claims('县委组织部选派参加省级示范培训的25名村干部')).toEqual([[25, '名', 'input']]);
  });
});

describe('standards: per-unit quotas, criteria, selection pools, durations', () => {
  it('reads the categories a survey is focused on, listed right before their count (围绕A、B、C6大类), as its scope', () => {
    expect(claims('此次摸底重点围绕经营管理、专业技术、高技能、农村实用5大类人才展开')).toEqual([[5, '大类', 'input']]);
    expect(claims('摸排出农村实用人才320名')).toEqual([[320, '名', 'outcome']]);
    expect(claims('围绕种植、养殖、电商等产业组建6个产业链党委')).toEqual([[6, '个', 'outcome']]);
  });

  it('reads the posts a recruitment offers (竞聘…N个岗位, 招聘…岗位N个) as set beforehand, those who applied as a result', () => {
    expect(claims('共有300余名高校毕业生竞聘全县42个工作岗位')).toEqual([[300, '名', 'outcome'], [42, '个', 'input']]);
    expect(claims('今年公开招聘教师岗位45个')).toEqual([[45, '个', 'input']]);
    // The applicants for one post are a breakdown of the applicants (名), not of the posts.
    expect(claims('近300名毕业生报名，竞聘全县42个工作岗位，其中一个岗位就有26人报名')).toEqual([
      [300, '名', 'outcome'], [42, '个', 'input'], [26, '人', 'outcome'],
    ]);
  });

  it('reads what must be there (确保有N人以上…) as a standard', () => {
    expect(claims('确保有3名以上正式党员的科室单独建立党支部')).toEqual([[3, '名', 'target']]);
  });

  it('reads the same number for every unit (每个…推荐N个) as a quota', () => {
    expect(claims('每个乡镇推荐2个村参加评选，每名党员结对3户困难群众')).toEqual([
      [2, '个', 'target'],
      [3, '户', 'target'],
    ]);
  });

  it('reads a quota given to every unit after 为 (为每个村培养N名) as a quota, 每…为N as a measurement', () => {
    expect(claims('为每个村培养5—8名后备力量')).toEqual([[5, '名', 'target']]);
    expect(claims('全镇每个村集体经济收入为12万元以上')).not.toEqual([[12, '万元', 'target']]);
  });

  it('keeps a per-unit measurement (每个…平均增加…) a result', () => {
    expect(claims('每个合作社平均增加收入3.5万元')).toEqual([[3.5, '万元', 'outcome']]);
  });

  it('reads kinds of cases listed as criteria (把…等N种情况认定为…) as a standard', () => {
    expect(claims('把班子不团结、制度不落实等7种情况的村党组织认定为后进村')).toEqual([[7, '种', 'target']]);
    expect(claims('将4类问题列为整改重点')).toEqual([[4, '类', 'target']]);
  });

  it('reads the categories a selection draws from (从…等N类人群中遴选) as an input', () => {
    expect(claims('从退役军人、致富带头人等5类人群中择优选拔后备人才')).toEqual([[5, '类', 'input']]);
  });

  it('reads the length of an event (利用N天时间, N天半的时间) as a standard, not a result', () => {
    expect(claims('全区利用3天时间集中开展比武，评委用2天半的时间走访')).toEqual([
      [3, '天', 'target'],
      [2, '天', 'target'],
    ]);
  });

  it('reads 任期 as a standard only for a length of time', () => {
    expect(claims('明确社区书记任期为5年')).toEqual([[5, '年', 'target']]);
    expect(claims('开展2次任期实绩考核')).toEqual([[2, '次', 'outcome']]);
  });
});

describe('results that look like plans or designations', () => {
  it('reads 最终确定N个…作为… as the result of a screening', () => {
    expect(claims('经过逐村摸排，最终确定5个村作为重点整顿对象')).toEqual([[5, '个', 'outcome']]);
    expect(claims('最終確定200余名黨員認領服務崗位')).toEqual([[200, '名', 'outcome']]);
  });

  it('keeps 确定 assigning people an input', () => {
    expect(claims('确定12名县级领导挂点联系')).toEqual([[12, '名', 'input']]);
  });

  it('lets past markers after an opening purpose phrase win over the goal', () => {
    expect(claims('围绕“建强班子、选好干部”目标，全县先后开展3轮调研和2次考核')).toEqual([
      [3, '轮', 'outcome'],
      [2, '次', 'outcome'],
    ]);
    expect(claims('力争实现全覆盖，先后开展4轮督导')).toEqual([[4, '轮', 'outcome']]);
    expect(claims('力争年内建成后先后开展4轮督导')).toEqual([[4, '轮', 'outcome']]);
  });

  it('keeps a goal without a past marker a target', () => {
    expect(claims('力争开展4轮督导')).toEqual([[4, '轮', 'target']]);
  });

  it('reads a programme named 计划 that already delivered (计划成功吸纳…) as a result', () => {
    expect(claims('首期计划成功引进60余名大学生回村任职')).toEqual([[60, '名', 'outcome']]);
    expect(claims('今年计划引进60名大学生')).toEqual([[60, '名', 'target']]);
  });

  it('reads a comparison with the expected date (比预期提前) as no goal', () => {
    expect(claims('全市比预期提前完成换届，一次性选举成功率98%')).toEqual([[98, '%', 'outcome']]);
  });
});

describe('findings, rules set, allocations and focus areas', () => {
  it('reads what an inspection or screening found as a result, whatever its list names', () => {
    expect(claims('共督查发现组织设置、制度落实等5类316个问题')).toEqual([[5, '类', 'outcome'], [316, '个', 'outcome']]);
    expect(claims('对排查出的8个后进村党组织逐一整顿')).toEqual([[8, '个', 'outcome']]);
  });

  it('reads the points a rule lays down (规定了/细化了…N个方面) as an input', () => {
    expect(claims('规定了“选人程序”等6个方面检查内容')).toEqual([[6, '个', 'input']]);
    expect(claims('细化了“调阅档案”等9个步骤流程')).toEqual([[9, '个', 'input']]);
  });

  it('reads a share or sum set aside for a use (N%用于…) as an input', () => {
    expect(claims('合作社经营收益的40%用于村级公益事业')).toEqual([[40, '%', 'input']]);
  });

  it('reads a sum closing its clause whose next clause says what it is for (…共计30万元，用于…) as an input', () => {
    expect(claims('县委组织部将上级下拨的党费连同县管党费共计30万元，用于慰问受灾党员群众。')).toEqual([[30, '万元', 'input']]);
    // A sum earned, with a use told in a later sentence, stays a result.
    expect(claims('村集体经济收入共计30万元。用于村内道路硬化。')).toEqual([[30, '万元', 'outcome']]);
  });

  it('reads the areas work focuses on (围绕N个方面) as an input', () => {
    expect(claims('围绕8个方面突出问题开展专项整治')).toEqual([[8, '个', 'input']]);
    expect(claims('各村党组织要重点围绕政策宣讲、邻里互助、环境整治等6个主题开展活动')).toEqual([[6, '个', 'input']]);
  });

  it('reads the design of a scheme — what it is divided into, the steps it runs through — as an input', () => {
    expect(claims('将党员积分分为基础分、贡献分和扣减分3项，通过个人申报、支部审核等4个环节评定')).toEqual([
      [3, '项', 'input'],
      [4, '个', 'input'],
    ]);
    expect(claims('全镇累计评定积分党员560人次，将全镇划分成86个网格')).toEqual([
      [560, '人次', 'outcome'],
      [86, '个', 'outcome'],
    ]);
  });
});

describe('goals across semicolons, plans with 将, quotas, yearly volumes, shares and what was achieved', () => {
  it('carries a goal set before a ；to the parts after it, up to the full stop', () => {
    expect(claims('目标是，到2027年选拔300名年轻干部充实到乡镇班子；选拔50名进入县直部门。全县已选拔120名。')).toEqual([
      [300, '名', 'target'], [50, '名', 'target'], [120, '名', 'outcome'],
    ]);
  });

  it('reads 将 before an action (将牵头举办, 将开展) as a plan', () => {
    expect(claims('县委组织部将牵头举办6期示范培训班')).toEqual([[6, '期', 'target']]);
  });

  it('reads a count whose verb is a future 将 (N名学员将参加…) as a plan, 将 fronting an object as no plan', () => {
    expect(claims('培训为期两个月，36名学员将参加理论学习和异地实践两个阶段')).toEqual([[36, '名', 'target']]);
    expect(claims('下一步，12个村将分批赴先进地区观摩学习')).toEqual([[12, '个', 'target']]);
    expect(claims('全县48个党支部将党员分为三类进行管理')).toEqual([[48, '个', 'outcome']]);
  });

  it('reads 拟 before an action (拟发展, 拟新建) as a plan carried to the rest of its sentence, 拟任人选 as nominees', () => {
    expect(claims('今年全镇拟发展新党员15名，农村党员占80%。')).toEqual([[15, '名', 'target'], [80, '%', 'target']]);
    expect(claims('经过民主推荐，最终确定了9名拟任人选')).toEqual([[9, '名', 'outcome']]);
  });

  it('reads the nominees a selection settles on (确定…拟推荐对象, 考察对象) as its result', () => {
    expect(claims('经过组织推荐考察，省委确定了4名全省优秀乡镇党委书记拟推荐对象')).toEqual([[4, '名', 'outcome']]);
    expect(claims('县委常委会研究确定考察对象11名')).toEqual([[11, '名', 'outcome']]);
  });

  it('reads places on a course (名额共为N名) as a quota, and people engaged (聘请) as put in', () => {
    expect(claims('三年学员名额共为120名')).toEqual([[120, '名', 'target']]);
    expect(claims('聘请法律顾问28名')).toEqual([[28, '名', 'input']]);
  });

  it('reads a yearly volume reached (每年…达N) as a result, a yearly duty as a standard', () => {
    expect(claims('每年参加培训的党员达3200人次')).toEqual([[3200, '人次', 'outcome']]);
    expect(claims('每年组织党员培训2次')).toEqual([[2, '次', 'target']]);
    // A clause dating what was done (去年以来) ends the yearly duty's reach in the sentence.
    expect(claims('每年对发展对象开展2次集中联审，去年以来，联合有关部门对180名发展对象进行联审')).toEqual([
      [2, '次', 'target'],
      [180, '名', 'outcome'],
    ]);
  });

  it('reads a share of units that did something (N%的村成立…) as achieved, a floor as a standard', () => {
    expect(claims('92%的村成立了红白理事会')).toEqual([[92, '%', 'outcome']]);
    expect(claims('不低于60%的村建立议事会')).toEqual([[60, '%', 'target']]);
  });

  it('reads what 实现了 reports as achieved even when a standard follows', () => {
    expect(claims('实现了46个村每村至少有1名大学生村干部')).toEqual([[46, '个', 'outcome'], [1, '名', 'target']]);
  });
});

describe('cadres assigned to 联系包抓 / 包联 / 包保 are inputs in either word order', () => {
  it.each([
    ['25名县级领导联系包抓12个乡镇', [[25, '名', 'input'], [12, '个', 'input']]],
    ['县级领导25名包抓乡镇', [[25, '名', 'input']]],
    ['联系包抓乡镇的25名县级领导', [[25, '名', 'input']]],
    ['180名科级干部分片包联村组', [[180, '名', 'input']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('numbers that are no quantities', () => {
  it('skips a date glued to the next word, and 百 opening an idiom', () => {
    expect(claimed('发布时间：2022-11-08百花齐放春满园')).toEqual([]);
    expect(claimed('2022/11/08百川归海')).toEqual([]);
    expect(claimed('共有3百名党员参加')).toEqual(['3百名']);
  });

  it('skips a unit character that begins an outlet or place name', () => {
    expect(claimed('版次 2 周庄日报 第1版')).toEqual([]);
    expect(claimed('举办为期2周的培训，发放3张卡片')).toEqual(['2周', '3张']);
  });
});

describe('a clause never runs across a paragraph break', () => {
  it('ends the clause at a blank line after a figure', () => {
    expect(splitClauses('一次性选举成功率98%\n\n9月5日，全市完成换届').map((c) => c.text)).toEqual([
      '一次性选举成功率98%',
      '9月5日',
      '全市完成换届',
    ]);
  });

  it('ends the clause where a figure follows a percentage directly (a lost break)', () => {
    expect(extractor.extract('一次性选举成功率98%9月5日，全市完成换届').map((o) => o.text)).toEqual(['一次性选举成功率98%']);
  });

  it('still joins a word cut by a page break', () => {
    expect(splitClauses('每年分层培训1000名网格长、单元长、楼栋长和志愿服务队的骨干成员及单\n\n元代表，成效明显').map((c) => c.text)).toEqual([
      '每年分层培训1000名网格长、单元长、楼栋长和志愿服务队的骨干成员及单元代表',
      '成效明显',
    ]);
  });
});

describe('the limits of the shapes above', () => {
  it.each([
    ['每个村都建成了1个党群服务中心', [[1, '个', 'outcome']]],
    ['每个村已配齐2名专职网格员', [[2, '名', 'input']]],
    ['計劃先後開展4輪督導', [[4, '轮', 'target']]],
    ['每個鎮推薦1個村莊', [[1, '个', 'target']]],
    ['经过层层筛选，最终确定2名干部驻村', [[2, '名', 'input']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('units before names', () => {
  it('keeps money before a level of government (300元市县两级…) a quantity', () => {
    expect(claimed('下拨300元市县两级配套资金')).toEqual(['300元']);
  });
});

describe('members of a list the first figure\'s verb governs', () => {
  it('reads ranked members (二级…, 三级…) with no verb of their own as the first figure\'s kind', () => {
    expect(claims('全镇共配备一级楼栋长12人，二级楼栋长86人，三级楼栋长240人。')).toEqual([
      [12, '人', 'input'],
      [86, '人', 'input'],
      [240, '人', 'input'],
    ]);
  });

  it('reads members that only qualify the head noun the list repeats (市直…工作队, 县乡…工作队) as the first figure\'s kind', () => {
    expect(claims('全区共选派省直单位帮扶工作队36个，市直单位帮扶工作队120个，县乡帮扶工作队415个。')).toEqual([
      [36, '个', 'input'],
      [120, '个', 'input'],
      [415, '个', 'input'],
    ]);
    // Different things counted after the first: each has its own reading.
    expect(claims('共选派帮扶工作队36个，建成产业基地12个。')).toEqual([
      [36, '个', 'input'],
      [12, '个', 'outcome'],
    ]);
  });

  it('leaves a member with its own part or share (…中党员有N人) to its own reading', () => {
    expect(claims('共配备一级楼栋长12人，二级楼栋长中党员有40人。')).toEqual([
      [12, '人', 'input'],
      [40, '人', 'outcome'],
    ]);
  });
});

describe('supervision, subscriptions, plans and reductions', () => {
  it('reads villages put under a leader\'s listed supervision (挂牌督办N个村) as assigned', () => {
    expect(claims('县级领导挂牌督办23个软弱涣散村')).toEqual([[23, '个', 'input']]);
    expect(claims('新建村级服务站23个并挂牌')).toEqual([[23, '个', 'outcome']]);
  });

  it('reads copies subscribed for members (订阅党刊N份) as material put in', () => {
    expect(claims('为流动党员订阅了党建刊物60份')).toEqual([[60, '份', 'input']]);
  });

  it('reads a selection still to come (将择优选拔N人) as a plan', () => {
    expect(claims('考试结束后，将择优选拔30人参加专题培训').map(([, , kind]) => kind)).toEqual(['target']);
  });

  it('reads a cost brought down to a level (降至N元) as a result, and a goal to bring it down as a target', () => {
    expect(claims('每人体检费用从120元降至80元').find(([value]) => value === 80)).toEqual([80, '元', 'outcome']);
    expect(claims('力争将办事时限压缩至3天').map(([, , kind]) => kind)).toEqual(['target']);
  });
});
