/**
 * The numeric claims of an item: each quantity with a measure word, its clause verbatim, the
 * metric when named, and whether it is a result (outcome), a resource put in (input) or a
 * standard or quota (target). Projections (预计…) are kept as targets: they are goals, not results.
 */
import type { Outcome, OutcomeKind } from '../../graph/model.ts';
import { cleanClauseText, splitClauses } from './clauses.ts';
import type { Clause } from './clauses.ts';
import { classifyKind, clauseScope } from './outcome-kind.ts';
import { PEOPLE_UNITS } from './outcome-cues.ts';
import { findMetric } from './outcome-metric.ts';
import { practicesByClause } from './outcome-practice.ts';
import type { ItemContext } from './outcome-practice.ts';
import type { PracticeMention } from './practices.ts';
import { findQuantityMentions } from './quantity-mentions.ts';
import { simplifiedCopy } from './simplified.ts';

export interface OutcomeExtractorOptions {
  /** Practices a clause names, with their leads (the practice matcher's mentionsIn). */
  mentionsOf?: (clause: string) => PracticeMention[];
  /** The first practice a clause names: a simpler stand-in for mentionsOf. */
  practiceOfClause?: (clause: string) => string | null;
}

export interface OutcomeExtractor {
  /** `context` (headline, the item's practices) lets a number be tied to the practice the item is about. */
  extract(text: string, context?: ItemContext): Outcome[];
}

function mentionsFrom(options: OutcomeExtractorOptions): (clause: string) => PracticeMention[] {
  if (options.mentionsOf) return options.mentionsOf;
  const practiceOf = options.practiceOfClause ?? (() => null);
  return (clause) => {
    const name = practiceOf(clause);
    return name === null ? [] : [{ name, lead: '' }];
  };
}

/** Index of the clause holding `offset`, searching from `from` on (mentions come in order). */
function clauseIndexAt(clauses: Clause[], offset: number, from: number): number {
  for (let index = from; index < clauses.length; index += 1) {
    const clause = clauses[index];
    if (clause && offset >= clause.start && offset < clause.end) return index;
  }
  return -1;
}

const stripSpaces = (text: string): string => text.replace(/\s+/g, '');

/** A rank or ordinal opening a list member (二级网格长, 第二批, 三类村), and one closing the text before the first. */
const LIST_RANK = /^第?[一二三四五六七八九十两\d]+(?:级|类|批|星|档|等)/;
const RANK_AT_END = /第?[一二三四五六七八九十两\d]+(?:级|类|批|星|档|等)$/;
/** A list member names its object and nothing else: no verb, no 中/有/为 of a part or a share. */
const BARE_OBJECT = /^[\p{Script=Han}（）()“”]{2,12}$/u;
const NOT_BARE = /[有为是达占中共已其]/;

/**
 * "共设置一级网格长42人，二级网格长442人，三级网格长1332人": members of a list the verb of its first
 * figure governs. A member names only its object under a rank (no verb of its own), and the text
 * before the previous figure ends with a rank and the same head noun (一级网格长): its figure is of
 * the previous one's kind.
 */
function continuesList(previousBefore: string, before: string, after: string): boolean {
  if (after.length > 0 || !BARE_OBJECT.test(before) || NOT_BARE.test(before)) return false;
  const rank = LIST_RANK.exec(before)?.[0];
  if (!rank) return sharesHeadNoun(previousBefore, before);
  const head = before.slice(rank.length);
  if (head.length < 2 || !previousBefore.endsWith(head)) return false;
  return RANK_AT_END.test(previousBefore.slice(0, previousBefore.length - head.length));
}

/** How long a head noun two list members must share (驻村工作队, 党群服务中心), and how short the qualifier in front. */
const SHARED_HEAD = 3;
const MEMBER_QUALIFIER = 6;

/**
 * "共选派区直单位驻村工作队554个，地(市)单位驻村工作队911个，县乡驻村工作队4076个": a member that
 * only qualifies the head noun its list repeats (a short qualifier, no verb, the same noun closing
 * the text before the previous figure) is another count of the thing the first verb governs.
 */
function sharesHeadNoun(previousBefore: string, before: string): boolean {
  let shared = 0;
  while (shared < before.length && shared < previousBefore.length && before.at(-1 - shared) === previousBefore.at(-1 - shared)) shared += 1;
  const qualifier = before.length - shared;
  return shared >= SHARED_HEAD && qualifier > 0 && qualifier <= MEMBER_QUALIFIER;
}

/**
 * People are counted in 名, 人 or 位 alike: a breakdown (其中…37人) of a total counted in 名 looks up
 * that total, not the last figure of another measure (…126个岗位) in between.
 */
const unitFamily = (unit: string): string => (PEOPLE_UNITS.has(unit) ? '人' : unit);

export function createOutcomeExtractor(options: OutcomeExtractorOptions = {}): OutcomeExtractor {
  const mentionsOf = mentionsFrom(options);
  return {
    extract(written: string, context: ItemContext = {}): Outcome[] {
      // Rules read the simplified copy; reported clauses come from the text as written.
      const text = simplifiedCopy(written);
      const clauses = splitClauses(text);
      const outcomes: Outcome[] = [];
      // Read only for items with a claim: most clauses of a corpus hold no number.
      let practices: (string | null)[] | null = null;
      let sentence = -1;
      let period = -1;
      let previousKind: OutcomeKind | null = null;
      let sentenceRecurring = false;
      let sentenceProjection = false;
      // A 其中 breakdown inherits from the total with its unit; the parts listed after it follow it.
      const kindByUnit = new Map<string, OutcomeKind>();
      let breakdown: { unit: string; kind: OutcomeKind } | null = null;
      // The text before the previous claim of the sentence: a parallel list member repeats its head noun.
      let previousBefore: string | null = null;
      // Clauses before this index have lent their scope (每个…配备, 今年年底…) to the sentence.
      let scoped = 0;
      for (const mention of findQuantityMentions(text)) {
        if (!mention.claim) continue;
        const index = clauseIndexAt(clauses, mention.start, scoped);
        const clause = clauses[index];
        if (!clause) continue;
        if (clause.sentence !== sentence) {
          sentence = clause.sentence;
          previousKind = null;
          sentenceRecurring = false;
          // A goal set before a ；(目标是…；…；…) reaches the parts after it, up to the full stop.
          if (clause.period !== period) sentenceProjection = false;
          period = clause.period;
          kindByUnit.clear();
          breakdown = null;
          previousBefore = null;
        }
        for (; scoped < index; scoped += 1) {
          const earlier = clauses[scoped];
          if (!earlier || earlier.period !== period) continue;
          if (earlier.sentence !== sentence) {
            if (clauseScope(earlier.text) === 'projection') sentenceProjection = true;
            continue;
          }
          const scope = clauseScope(earlier.text);
          sentenceRecurring ||= scope === 'recurring';
          // 去年以来，…对226名…联审: a clause dating what was done ends a duty's or a goal's scope.
          if (scope === 'done') {
            sentenceProjection = false;
            sentenceRecurring = false;
          }
          sentenceProjection ||= scope === 'projection';
        }
        const before = stripSpaces(text.slice(clause.start, mention.start));
        const after = stripSpaces(text.slice(mention.end, clause.end));
        const next = clauses[index + 1];
        const decision = classifyKind({
          before,
          after,
          nextClause: next && next.sentence === clause.sentence ? stripSpaces(next.text) : '',
          baseUnit: mention.normalized.unit,
          approximate: mention.approximate,
          previousInSentence: kindByUnit.get(unitFamily(mention.normalized.unit)) ?? previousKind,
          sentenceRecurring,
          sentenceProjection,
        });
        const unit = mention.normalized.unit;
        let kind = decision.kind;
        if (decision.cue === '其中') breakdown = { unit, kind };
        else if (breakdown?.unit === unit && decision.cue === 'default') kind = breakdown.kind;
        else if (decision.cue === 'default' && previousKind && previousBefore !== null && continuesList(previousBefore, before, after)) kind = previousKind;
        // A threshold (45岁以下的…) qualifies the next figure; a 其中 breakdown looks past it.
        if (decision.cue !== 'threshold') {
          previousBefore = before;
          previousKind = kind;
          kindByUnit.set(unitFamily(unit), kind);
        }
        sentenceRecurring ||= decision.recurring;
        sentenceProjection ||= decision.projection;
        const clauseText = cleanClauseText(written.slice(clause.start, clause.end));
        practices ??= practicesByClause(text, clauses, mentionsOf, context);
        outcomes.push({
          text: clauseText,
          value: mention.value,
          unit: mention.unit,
          normalized: mention.normalized,
          metric: findMetric(before),
          kind,
          approximate: mention.approximate,
          practice: practices[index] ?? null,
        });
      }
      return outcomes;
    },
  };
}
