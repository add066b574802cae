/**
 * A place's numbers under one practice: that practice's outcomes in view, the rest (another
 * practice's, or tied to none) folded under 其他数据（N）, so a reader of "效果如何" reads the right ones.
 */
import { h } from '../dom.ts';
import { outcomeList } from '../format.ts';
import type { Outcome } from '../queries.ts';
import './practice-outcomes.css';

export interface PracticeOutcomesOptions {
  /** How many of the practice's outcomes show before "另有 N 项". */
  limit?: number;
  /** What to say when the practice has no number of its own here. */
  none?: string;
}

export function practiceOutcomes(own: Outcome[], other: Outcome[], options: PracticeOutcomesOptions = {}): HTMLElement {
  return h('div', { class: 'practice-outcomes' },
    outcomeList(own, options.limit ?? 8) ?? h('p', { class: 'muted small no-own-outcomes' }, options.none ?? '未报告这一做法的具体数据'),
    other.length > 0
      ? h('details', { class: 'other-outcomes' }, h('summary', undefined, `其他数据（${other.length}）`), outcomeList(other))
      : null);
}
