/**
 * Tells results from inputs and targets by the verb that governs a number and the object it
 * counts, not by its unit. Cues are tried in order of strength; the first that fires decides:
 *   thresholds (45周岁以下的…) → 其中 breakdowns inherit → goals (预计, 力争, 将基本…, 到2025年,
 *   …的目标; a past marker after the goal word ends it) → standards, quotas, per-unit quotas,
 *   criteria and selection pools, durations and deadlines (不少于, 计划中, 每个镇推荐1个, 等5种情况
 *   列为…, 从…6类人群中, 为期45天, 利用2天时间, 10日内)
 *   achieved said so (实现了…, unless a standard follows it) before any of these; a share of units
 *   that did something (86%的医院成立…) after them
 *   → a share or sum set aside for a use (30%用于…) and the areas work focuses on (围绕12个方面):
 *     inputs → what an inspection or screening found (督查发现…804个问题, 排查出…): outcome
 *   → 完成/实现 wrap a result → participants named by a relative clause (参加…的20名) unless
 *     dispatched → people put in: a visiting party (一行6人), or by what they do after the count (1.5万名干部蹲点…,
 *     3000名干部组成…, 4个支部分别对接…)
 *   → the nearest governing verb before the number: 累计/先后 (outcome), 投入/选派/确定/规定/细化 (input,
 *     but 确定后备力量 is a result), 编印…本 (input), 沉到…个村 (input: where people were sent)
 *   → receivers of money (为24个社区拨付…), scopes only starting (…开始换届)
 *   → recurring duties and goals whose scope runs on in the sentence
 *   → 建立/组建/设立 (outcome unless a work team) → training (outcome)
 *   → pilots, partnerships, 组织…, weak assignment cues, work teams → money (input unless earned)
 *   → outcome.
 * Vocabulary: outcome-cues.ts.
 */
import type { OutcomeKind } from '../../graph/model.ts';
import {
  AGE_UNITS, ASSEMBLED_AFTER, LOWERED_TO, ASSIGNED_AFTER, CATEGORY_UNITS, COMPLETED_ADVERBS, COMPLETED_WRAPPERS, COPY_UNITS,
  CREATION_VERBS, CRITERIA_AFTER, DEADLINE_AFTER, DELEGATION_BEFORE, DEADLINE_TIME, DEPLOYED_AFTER, DEPLOYED_RELATIVE, DUTY_AFTER, DESTINATION_VERBS,
  DISPATCH_VERBS, DONE, DURATION_AFTER, EVENT_UNITS, DURATION_BEFORE, EARNED_MONEY, FUTURE, FUTURE_AFTER, GOAL_AFTER, INPUT_VERBS, MEASURED,
  MONEY_INPUT_AFTER, ORGANISE_VERB, PAIRING_AFTER, PARTICIPANT_RELATIVE, PARTNER_ACTION_AFTER, PARTNER_BEFORE,
  PEOPLE_UNITS, PER_UNIT_BEFORE, PER_UNIT_MEASURED, PER_UNIT_STANDARD, PILOT_AFTER, POOL_AFTER, POOL_BEFORE, POSTED_AFTER,
  PRINT_VERBS, PROJECTION, QUOTA, QUOTED, RECEIVER_BEFORE, RECRUITING_BEFORE, POSTS, ALLOCATED_AFTER, ALLOCATED_NEXT, SET_ASIDE_AS_AFTER, POINTS_RULE_BEFORE, POINTS_BAR_BEFORE, POINTS_SCALE_AFTER, FOCUS_BEFORE, DIVIDED_BEFORE, PROCEDURE_AFTER, FINDING_VERBS, MEASURED_VOLUME, SHARE_OF_UNITS_AFTER, ACHIEVED, RECURRENCE_BLOCKERS, RECURRING, SCREENING_CLOSE,
  SELECTION_RESULT, PARTY_ORGANISATION, RATING_RESULT, STANDARD_AFTER, STANDARD_BEFORE, STANDARD_WORDS, ENSURED_BEFORE, HANDED_DOWN_BEFORE, TASK_AFTER, ACTIVITY_AFTER_INPUT, STARTING_AFTER, TEAM_AFTER, TEAM_OBJECT, TERM_OF_OFFICE,
  THRESHOLD_AFTER, TIME_UNITS, TRAINING, WEAK_INPUT_ANYWHERE, WEAK_INPUT_BEFORE, lastMatch,
  COMPARED_CHANGE, HONOUR_AFTER, WORKED_ON_BEFORE,
} from './outcome-cues.ts';

/** A goal the work is aimed at (围绕…的目标，创办…466个): it frames the clauses after it, which report what was done. */
const FRAMED_GOAL = /(?:围绕|按照|对照|瞄准|紧扣|紧盯|朝着|为实现|为了实现|为完成)[^，,]*目标[，,]?$/;

/** A clause whose scope runs on to the later clauses of its sentence: a duty or a goal. */
export type SentenceScope = 'recurring' | 'projection';

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
  /** An earlier clause of the sentence set a goal (今年年底，…将…), whose scope may continue. */
  sentenceProjection?: boolean;
  /** The next clause of the same sentence, whitespace removed, when the number closes its own clause. */
  nextClause?: string;
}

export interface KindDecision {
  kind: OutcomeKind;
  /** Which rule decided: for tests and for tuning. */
  cue: string;
  /** The clause itself states a recurring duty (每年/每月 + exact number). */
  recurring: boolean;
  /** The clause itself states a goal, whose scope runs on in the sentence. */
  projection: boolean;
}

function decide(kind: OutcomeKind, cue: string, scope: SentenceScope | null = null): KindDecision {
  return { kind, cue, recurring: scope === 'recurring', projection: scope === 'projection' };
}

const blankQuotes = (text: string): string => text.replace(QUOTED, '“”');

/**
 * A past marker (先后, 已, 累计…) after the last goal word, with words of their own between them:
 * what follows was done, not planned (力争年内建成后先后开展…); 计划先后开展… stays a plan.
 */
function doneSinceGoal(before: string): boolean {
  const done = lastMatch(DONE, before);
  if (!done) return false;
  const goal = Math.max(lastMatch(PROJECTION, before)?.end ?? -1, lastMatch(FUTURE, before)?.end ?? -1);
  return goal >= 0 && done.end - done.word.length >= goal + 2;
}

function isGoal(before: string, after: string): boolean {
  if (doneSinceGoal(before)) return false;
  if (PROJECTION.test(before) || FUTURE.test(before) || GOAL_AFTER.test(after) || FUTURE_AFTER.test(after)) return true;
  return DEADLINE_TIME.test(before + after) && !DONE.test(before + after);
}

/**
 * Scope a clause sets for the rest of its sentence (今年年底，…; 每个网格配备…); 'done' when it
 * reports what happened (目前，…), which ends a goal's scope.
 */
export function clauseScope(clause: string): SentenceScope | 'done' | null {
  const text = blankQuotes(clause.replace(/\s+/g, ''));
  if (DONE.test(text)) return 'done';
  // 围绕…的目标, 按照…目标: the goal frames the work the sentence goes on to report, it is not planned work.
  if (FRAMED_GOAL.test(text)) return null;
  if (PROJECTION.test(text) || FUTURE.test(text) || DEADLINE_TIME.test(text)) return 'projection';
  if (PER_UNIT_STANDARD.test(text)) return 'recurring';
  if (QUOTA.test(text)) return 'projection';
  return null;
}

type VerbClass = 'completed' | 'input' | 'print' | 'destination' | 'creation';

interface Governing {
  verb: VerbClass;
  /** The verb as written (确定, 组建…). */
  word: string;
  /** The clause text between the verb and the number. */
  object: string;
}

const VERB_CLASSES: readonly [RegExp, VerbClass][] = [
  [COMPLETED_ADVERBS, 'completed'],
  [INPUT_VERBS, 'input'],
  [PRINT_VERBS, 'print'],
  [DESTINATION_VERBS, 'destination'],
  [CREATION_VERBS, 'creation'],
];

/** The verb class nearest before the number: it governs the number as its object. */
function governingVerb(before: string): Governing | null {
  let best: Governing | null = null;
  let bestEnd = -1;
  for (const [pattern, verb] of VERB_CLASSES) {
    const match = lastMatch(pattern, before);
    if (match && match.end > bestEnd) {
      bestEnd = match.end;
      best = { verb, word: match.word, object: before.slice(match.end) };
    }
  }
  return best;
}

/** The object a number counts: the text after it up to the next list separator. */
const objectAfter = (after: string): string => after.split(/[、及和与]/, 1)[0] ?? '';

/** Quotes blanked, whitespace already removed. */
interface Reading {
  before: string;
  after: string;
  clause: string;
  people: boolean;
}

/** Goals, standards, thresholds, durations and deadlines: targets. */
function goalOrStandard(context: KindContext, read: Reading): KindDecision | null {
  const { before, after, clause } = read;
  const { baseUnit } = context;
  const timed = TIME_UNITS.has(baseUnit);
  if (isGoal(before, after)) return decide('target', 'projection', FRAMED_GOAL.test(clause) ? null : 'projection');
  if (STANDARD_WORDS.test(clause) || (timed && TERM_OF_OFFICE.test(clause))) return decide('target', 'standard');
  if (ENSURED_BEFORE.test(before)) return decide('target', 'ensured');
  // 每个镇推荐1个村: the same number for every unit is a quota. Whether it was measured (每个村均有…,
  // 每户分红为…) is read from 每 on: 为每个村培养8名 is a quota given to every village.
  const perUnit = PER_UNIT_BEFORE.exec(before);
  if (perUnit && !PER_UNIT_MEASURED.test(before.slice(perUnit.index) + after)) return decide('target', 'per-unit');
  if (CATEGORY_UNITS.has(baseUnit)) {
    if (CRITERIA_AFTER.test(after)) return decide('target', 'criteria');
    if (STANDARD_BEFORE.test(before)) return decide('target', 'standard-size');
    if (POOL_BEFORE.test(before) && POOL_AFTER.test(after)) return decide('input', 'pool');
  }
  if (QUOTA.test(before)) return decide('target', 'quota', 'projection');
  if (HANDED_DOWN_BEFORE.test(before) && TASK_AFTER.test(after)) return decide('target', 'handed-down');
  if ((DURATION_BEFORE.test(before) || DURATION_AFTER.test(after)) && timed) return decide('target', 'duration');
  if (DEADLINE_AFTER.test(after) && timed) return decide('target', 'deadline');
  if (/连续$/.test(before) && timed) return decide('target', 'consecutive');
  if (STANDARD_AFTER.test(after)) return decide('target', 'standard-noun');
  return null;
}

/** People and units put in, told by what the clause says they do after the count. */
function putIn(context: KindContext, read: Reading): KindDecision | null {
  const { before, after, people } = read;
  if (people && DELEGATION_BEFORE.test(before)) return decide('input', 'delegation');
  // …及参加现场打擂的20名村书记: those who took part, unless a dispatch verb sent them.
  const participants = people ? PARTICIPANT_RELATIVE.exec(before) : null;
  if (participants && !DISPATCH_VERBS.test(before.slice(0, participants.index))) return decide('outcome', 'participants');
  if (people && (DEPLOYED_AFTER.test(after) || ASSEMBLED_AFTER.test(after) || POSTED_AFTER.test(after))) return decide('input', 'deployed');
  if (people && DUTY_AFTER.test(after)) return decide('input', 'duty');
  if (ASSEMBLED_AFTER.test(after) && TEAM_OBJECT.test(context.after)) return decide('input', 'assembled');
  if (ASSIGNED_AFTER.test(after)) return decide('input', 'assigned');
  return null;
}

/** The nearest governing verb, except creation, which yields to recurring duties and scopes. */
function byVerb(governing: Governing | null, context: KindContext, read: Reading): KindDecision | null {
  const { before, after, clause } = read;
  const { baseUnit } = context;
  // 安排…干事下沉至村一线开展督导检查20次: the events the people put in carried out are a result.
  const putToWork = governing?.verb === 'input' || governing?.verb === 'destination';
  if (putToWork && EVENT_UNITS.has(baseUnit) && ACTIVITY_AFTER_INPUT.test(governing.object)) return decide('outcome', 'events');
  // 派出5个工作组分别对15个乡镇党委班子进行考察: the units the teams sent worked on are what was done.
  if (putToWork && WORKED_ON_BEFORE.test(before) && /\d/.test(governing.object)) return decide('outcome', 'worked-on');
  switch (governing?.verb) {
    case 'completed':
      return decide('outcome', 'completed');
    case 'input':
      // 确定后备力量315人: what a selection yields is its result.
      if (governing.word === '确定') {
        if (SELECTION_RESULT.test(governing.object + objectAfter(after))) return decide('outcome', 'selected');
        // 已确定五星级党组织3个: the grades a rating gave.
        if (RATING_RESULT.test(governing.object + objectAfter(after))) return decide('outcome', 'rated');
        // 最终确定3个村作为整顿对象: what a screening carried out settled on.
        const verbStart = before.length - governing.object.length - governing.word.length;
        if (SCREENING_CLOSE.test(before.slice(0, verbStart))) return decide('outcome', 'screened');
      }
      // 跨乡镇设置72个中心村党委: Party organisations set up are established, as 成立 ones are.
      if (governing.word === '设置' && PARTY_ORGANISATION.test(governing.object + objectAfter(after))) return decide('outcome', 'created');
      return decide('input', 'input-verb');
    case 'print':
      if (COPY_UNITS.has(baseUnit)) return decide('input', 'printed');
      break;
    case 'destination':
      return decide('input', 'destination');
    default:
      break;
  }
  if (RECEIVER_BEFORE.test(before) && MONEY_INPUT_AFTER.test(after)) return decide('input', 'receiver');
  if (STARTING_AFTER.test(after) && !DONE.test(clause)) return decide('input', 'starting');
  return null;
}

/** Weaker cues, tried when no verb class decided. */
function weakCues(context: KindContext, read: Reading): KindDecision {
  const { before, after, clause, people } = read;
  const { baseUnit } = context;
  if (TRAINING.test(clause)) return decide('outcome', 'training');
  if (people && DEPLOYED_RELATIVE.test(before)) return decide('input', 'deployed');
  if (PILOT_AFTER.test(after) && !MEASURED.test(after)) return decide('input', 'pilot');
  if (WEAK_INPUT_ANYWHERE.test(context.before + context.after)) return decide('input', 'assignment');
  if (PAIRING_AFTER.test(after) || (PARTNER_BEFORE.test(before) && PARTNER_ACTION_AFTER.test(after))) return decide('outcome', 'pairing');
  // 组织 as a verb puts its object in (组织28个社区党组织摸排); 文体活动组织15个 counts organisations.
  // What it counts in events (组织开展…活动27次, 组织宣讲12场) is the activity carried out: a result.
  if (ORGANISE_VERB.test(before) && after !== '') return EVENT_UNITS.has(baseUnit) ? decide('outcome', 'events') : decide('input', 'organise');
  if (WEAK_INPUT_BEFORE.test(before)) return decide('input', 'assignment');
  if (TEAM_AFTER.test(after)) return decide('input', 'team');
  if (baseUnit === '元') return EARNED_MONEY.test(clause) ? decide('outcome', 'earned') : decide('input', 'money');
  return decide('outcome', 'default');
}

export function classifyKind(context: KindContext): KindDecision {
  const { baseUnit, approximate } = context;
  const before = blankQuotes(context.before);
  const after = blankQuotes(context.after);
  const read: Reading = { before, after, clause: before + after, people: PEOPLE_UNITS.has(baseUnit) };
  // 平均年龄比上届下降5岁以上: a change measured against the last term is a result, whatever its 以上.
  if (COMPARED_CHANGE.test(before)) return decide('outcome', 'compared');
  // 连续12年获评文明小区: an honour won year after year, not a duration set.
  if (/连续$/.test(before) && HONOUR_AFTER.test(after)) return decide('outcome', 'honour');
  // 年满60周岁不再担任: an age bar written before the age is a threshold too.
  if (THRESHOLD_AFTER.test(after) || (AGE_UNITS.has(baseUnit) && (approximate || /(?:(?<![今去明当])年满|不满|未满)$/.test(before)))) return decide('target', 'threshold');
  // 其中40万元用于分红: a part of the sum put to a use is put in, whatever the whole was.
  if (/^其中/.test(before) && baseUnit === '元' && ALLOCATED_AFTER.test(after)) return decide('input', 'allocated');
  if (/^其中/.test(before) && context.previousInSentence) return decide(context.previousInSentence, '其中');
  // 实现了103个村村村至少有1名…: what was achieved, whatever standard it meets.
  const achieved = lastMatch(ACHIEVED, before);
  if (achieved && !STANDARD_WORDS.test(before.slice(achieved.end))) return decide('outcome', 'achieved');
  const standard = goalOrStandard(context, read);
  if (standard) return standard;
  // 费用从93元降至75元: the level a cost or burden was brought down to is a result, money or not.
  if (LOWERED_TO.test(before)) return decide('outcome', 'lowered');
  if ((baseUnit === '%' || baseUnit === '元') && SET_ASIDE_AS_AFTER.test(after)) return decide('input', 'allocated');
  if (baseUnit === '%' && SHARE_OF_UNITS_AFTER.test(after)) return decide('outcome', 'share');
  if (ALLOCATED_AFTER.test(after)) return decide('input', 'allocated');
  // 党费共计60万元，用于支持防汛救灾: a sum closing its clause, the next one saying what it is for.
  if (baseUnit === '元' && after === '' && ALLOCATED_NEXT.test(context.nextClause ?? '')) return decide('input', 'allocated');
  if (baseUnit === '分' && (POINTS_RULE_BEFORE.test(before) || POINTS_BAR_BEFORE.test(before) || POINTS_SCALE_AFTER.test(after))) return decide('target', 'points');
  if (FINDING_VERBS.test(before)) return decide('outcome', 'found');
  if (FOCUS_BEFORE.test(before)) return decide('input', 'focus');
  if (DIVIDED_BEFORE.test(before) || PROCEDURE_AFTER.test(after)) return decide('input', 'design');
  // 竞聘全县126个工作岗位, 招聘教师岗位45个: the posts a recruitment offers are set beforehand.
  if (!read.people && RECRUITING_BEFORE.test(before) && (POSTS.test(after) || POSTS.test(before))) return decide('input', 'posts');
  // 完成选派工作40人 is a result; 完成投资860万元 is still money put in.
  const wrapper = lastMatch(COMPLETED_WRAPPERS, before);
  if (wrapper && !(baseUnit === '元' && MONEY_INPUT_AFTER.test(before.slice(wrapper.end)))) return decide('outcome', 'completed');
  const governing = governingVerb(before);
  const decided = putIn(context, read) ?? byVerb(governing, context, read);
  if (decided) return decided;
  if (RECURRING.test(before) && !approximate && !MEASURED_VOLUME.test(before)) {
    if (baseUnit === '元' && EARNED_MONEY.test(read.clause)) return decide('outcome', 'earned');
    return decide('target', 'recurring', 'recurring');
  }
  if (context.sentenceRecurring && !approximate && !RECURRENCE_BLOCKERS.test(before)) return decide('target', 'recurring-scope');
  if (context.sentenceProjection && !DONE.test(read.clause)) return decide('target', 'projection-scope');
  // A fund set up (设立专项基金200万元) is still money put in: the money rule decides.
  if (governing?.verb === 'creation' && baseUnit !== '元') {
    // The object is written before the number (成立工作专班3个) or after it (成立3个督导组).
    const object = governing.object + objectAfter(context.after);
    // 组建150人的突击队: the people a team is built from are put in.
    if (TEAM_OBJECT.test(object) || (governing.word === '组建' && read.people)) return decide('input', 'team');
    return decide('outcome', 'created');
  }
  return weakCues(context, read);
}
