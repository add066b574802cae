/**
 * The numeric claims of an item: each quantity with a measure word, its clause verbatim, the
 * metric when named, and whether it is a result (outcome), a resource put in (input) or a
 * standard or quota (target). Projections (预计…) are kept as targets: they are goals, not results.
 */
import type { Outcome, OutcomeKind } from '../../graph/model.ts';
import { cleanClauseText, splitClauses } from './clauses.ts';
import type { Clause } from './clauses.ts';
import { classifyKind } from './outcome-kind.ts';
import { findMetric } from './outcome-metric.ts';
import { findQuantityMentions } from './quantity-mentions.ts';
import { simplifiedCopy } from './simplified.ts';

export interface OutcomeExtractorOptions {
  /** Canonical practice a clause belongs to, when the clause makes that clear (practice matcher). */
  practiceOfClause?: (clause: string) => string | null;
}

export interface OutcomeExtractor {
  extract(text: string): Outcome[];
}

function clauseAt(clauses: Clause[], offset: number): Clause | null {
  for (const clause of clauses) if (offset >= clause.start && offset < clause.end) return clause;
  return null;
}

const stripSpaces = (text: string): string => text.replace(/\s+/g, '');

export function createOutcomeExtractor(options: OutcomeExtractorOptions = {}): OutcomeExtractor {
  const practiceOf = options.practiceOfClause ?? (() => null);
  return {
    extract(written: string): Outcome[] {
      // Rules read the simplified copy; reported clauses come from the text as written.
      const text = simplifiedCopy(written);
      const clauses = splitClauses(text);
      const outcomes: Outcome[] = [];
      const practiceCache = new Map<Clause, string | null>();
      let sentence = -1;
      let previousKind: OutcomeKind | null = null;
      let sentenceRecurring = false;
      for (const mention of findQuantityMentions(text)) {
        if (!mention.claim) continue;
        const clause = clauseAt(clauses, mention.start);
        if (!clause) continue;
        if (clause.sentence !== sentence) {
          sentence = clause.sentence;
          previousKind = null;
          sentenceRecurring = false;
        }
        const before = stripSpaces(text.slice(clause.start, mention.start));
        const after = stripSpaces(text.slice(mention.end, clause.end));
        const decision = classifyKind({
          before,
          after,
          baseUnit: mention.normalized.unit,
          approximate: mention.approximate,
          previousInSentence: previousKind,
          sentenceRecurring,
        });
        previousKind = decision.kind;
        sentenceRecurring ||= decision.recurring;
        const clauseText = cleanClauseText(written.slice(clause.start, clause.end));
        if (!practiceCache.has(clause)) practiceCache.set(clause, practiceOf(clauseText));
        outcomes.push({
          text: clauseText,
          value: mention.value,
          unit: mention.unit,
          normalized: mention.normalized,
          metric: findMetric(before),
          kind: decision.kind,
          approximate: mention.approximate,
          practice: practiceCache.get(clause) ?? null,
        });
      }
      return outcomes;
    },
  };
}
