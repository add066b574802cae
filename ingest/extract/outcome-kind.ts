/**
 * Tells results from inputs and targets by the words around a number. Cues are tried in order of
 * strength; the first that fires decides:
 *   其中 breakdowns inherit → projections (预计) → standards and quotas (不少于, 10日内, …标准)
 *   → completed results (完成, 实现, 累计) → resources put in (投入, 选派, 配备, money spent)
 *   → recurring duties (每年培训1000名) → training and learning (outcomes)
 *   → weaker assignment cues (组织…, 帮扶5户, 分别, 工作组) → money (input unless earned) → outcome.
 */
import type { OutcomeKind } from '../../graph/model.ts';

export interface KindContext {
  /** Clause text before the number, whitespace removed. */
  before: string;
  /** Clause text after the quantity (unit excluded), whitespace removed. */
  after: string;
  /** Unit reduced to its base (元, 人次, %…). */
  baseUnit: string;
  approximate: boolean;
  /** Kind of the previous claim in the same sentence, when there is one. */
  previousInSentence: OutcomeKind | null;
  /** An earlier clause of the sentence set a recurring duty (每年…), whose scope may continue. */
  sentenceRecurring: boolean;
}

export interface KindDecision {
  kind: OutcomeKind;
  /** Which rule decided: for tests and for tuning. */
  cue: string;
  /** The clause itself states a recurring duty (每年/每月 + exact number). */
  recurring: boolean;
}

const PROJECTION = /预计|预期|力争|争取|计划|拟于|拟将|目标/;
const STANDARD_WORDS = /不少于|不低于|不超过|不高于|不多于|至少|最多|最少|最低|最高|必须|须|应当|原则上|上限|下限|任期/;
const DEADLINE_AFTER = /^[^，,]{0,6}?(?:以内|之内|内)/;
const STANDARD_AFTER = /^[^，,]{0,10}?(?:标准|情形|条件|方式进行)/;
const TIME_UNITS = new Set(['年', '个月', '天', '日', '个工作日', '周', '小时', '分钟']);
const COMPLETED = /完成|实现|累计|共计|先后|截至目前/;
const INPUT_VERBS =
  /投入|投资|安排|拨付|划拨|拨出|下拨|拿出|列支|筹措资金|整合资金|选派|派出|抽调|下派|配备|配齐|配强|明确|确定|制定|设立|设置|指定|落实|组成|支持/;
/** "由213人组成的…队伍": people assembled for a task. */
const ASSEMBLED_AFTER = /^[^，,]{0,3}组成/;
const RECURRING = /每(?:年|月|季度|半年|周|星期|天|日|学期)/;
const RECURRENCE_BLOCKERS = /共|累计|已|先后|目前|达/;
const TRAINING = /培训|学习|观摩|参训|受训|授课|轮训/;
const ORGANISE_VERB = /(?<![党])组织(?![部生关体建振架优力者书委])/;
const WEAK_INPUT_BEFORE = /(?:帮扶|联系|包保|结对)$|(?:专职|兼职)(?:工作)?人员$|有(?:工作)?人员$|对象(?:为|是)|分别/;
const WEAK_INPUT_ANYWHERE = /包保|包联|包乡|包村|包片|挂点|挂包/;
const TEAM_AFTER = /^[^，,]{0,14}?(?:巡视组|督导组|调研组|工作组|小组|专班|考核组|指导组)/;
const EARNED_MONEY = /收入|营收|利润|产值|筹集|募集|善款|捐款|增收|创收|节约|节省|销售|分红|效益|收益|营业额|实现|达到|资产/;

function decide(kind: OutcomeKind, cue: string, recurring = false): KindDecision {
  return { kind, cue, recurring };
}

/** Quoted names (“内选、下派、外引”) hold words that are not the clause's own verbs. */
const QUOTED = /“[^”]*”|"[^"]*"|「[^」]*」|‘[^’]*’/g;

export function classifyKind(context: KindContext): KindDecision {
  const { baseUnit, approximate } = context;
  const before = context.before.replace(QUOTED, '“”');
  const after = context.after.replace(QUOTED, '“”');
  const clause = before + after;
  if (/^其中/.test(before) && context.previousInSentence) return decide(context.previousInSentence, '其中');
  if (PROJECTION.test(before)) return decide('target', 'projection');
  if (STANDARD_WORDS.test(clause)) return decide('target', 'standard');
  if (DEADLINE_AFTER.test(after) && TIME_UNITS.has(baseUnit)) return decide('target', 'deadline');
  if (/连续$/.test(before) && TIME_UNITS.has(baseUnit)) return decide('target', 'consecutive');
  if (STANDARD_AFTER.test(after)) return decide('target', 'standard-noun');
  if (COMPLETED.test(before)) return decide('outcome', 'completed');
  if (INPUT_VERBS.test(before) || ASSEMBLED_AFTER.test(after)) return decide('input', 'input-verb');
  const recurring = RECURRING.test(before) && !approximate;
  if (recurring) return decide('target', 'recurring', true);
  if (context.sentenceRecurring && !approximate && !RECURRENCE_BLOCKERS.test(before)) return decide('target', 'recurring-scope');
  if (TRAINING.test(clause)) return decide('outcome', 'training');
  // 组织 as a verb puts its object in (组织44个社区党委摸排); 文化活动组织23个 counts organisations.
  if (ORGANISE_VERB.test(before) && after !== '') return decide('input', 'organise');
  if (WEAK_INPUT_BEFORE.test(before) || WEAK_INPUT_ANYWHERE.test(context.before + context.after)) return decide('input', 'assignment');
  if (TEAM_AFTER.test(after)) return decide('input', 'team');
  if (baseUnit === '元') return EARNED_MONEY.test(clause) ? decide('outcome', 'earned') : decide('input', 'money');
  return decide('outcome', 'default');
}
