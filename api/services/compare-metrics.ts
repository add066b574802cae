/**
 * The same measure in several places, side by side: two places' outcomes of one practice are one
 * measure when they are of the same kind and unit and either name the same metric (覆盖率, 村均收入)
 * or count the same thing — their clauses share three Han characters or more once the words every
 * clause uses (全县, 累计, 目前…) are set aside. 建立网格党支部42个 and 调整设置网格党支部18个 match;
 * 选聘单元长120名 and 单元长覆盖楼栋800个 do not (名 against 个).
 */
import type { Outcome } from '../../graph/model.ts';
import type { ComparedMetric } from './types.ts';

/** Shortest shared run of characters that names a thing rather than a grammatical piece. */
const MIN_SHARED = 3;
const FILLER = /全省|全市|全区|全县|全镇|全旗|累计|共计|目前|今年以来|以来|其中|先后|已经|共有|分别/gu;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The Han characters of a clause that can name what is counted: not the figure with its unit (42个). */
function wordsOf(outcome: Outcome): string {
  const figure = new RegExp(`[\\d.．,，]+\\s*[余多]?\\s*${escapeRegExp(outcome.unit)}`, 'gu');
  return outcome.text.replace(figure, '').replace(FILLER, '').replace(/[^\u3400-\u9fff]/gu, '');
}

/** Longest common run of two strings (dynamic programming over their lengths: clauses are short). */
export function longestSharedRun(a: string, b: string): string {
  let best = '';
  const previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j += 1) {
      const above = previous[j]!;
      previous[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : 0;
      if (previous[j]! > best.length) best = a.slice(i - previous[j]!, i);
      diagonal = above;
    }
  }
  return best;
}

interface Group {
  metric: string | null;
  /** What the members share: the metric, else the common run of their words. */
  words: string;
  kind: Outcome['kind'];
  unit: string;
  values: (Outcome | null)[];
}

/** What a group and an outcome share, or null when they are different measures. */
function sharedMeasure(group: Group, outcome: Outcome): string | null {
  if (group.kind !== outcome.kind || group.unit !== outcome.normalized.unit) return null;
  if (group.metric !== null && outcome.metric !== null) return group.metric === outcome.metric ? group.metric : null;
  const shared = longestSharedRun(group.words, wordsOf(outcome));
  return shared.length >= MIN_SHARED ? shared : null;
}

/**
 * Measures reported in two columns or more: `columns` holds each place's outcomes for one practice,
 * in the places' order; each outcome joins the first open measure it shares.
 */
export function comparedMetrics(columns: Outcome[][]): ComparedMetric[] {
  const groups: Group[] = [];
  columns.forEach((outcomes, column) => {
    for (const outcome of outcomes) {
      let joined = false;
      for (const group of groups) {
        if (group.values[column] !== null) continue;
        const shared = sharedMeasure(group, outcome);
        if (shared === null) continue;
        group.values[column] = outcome;
        group.words = shared;
        joined = true;
        break;
      }
      if (joined) continue;
      const values = columns.map((): Outcome | null => null);
      values[column] = outcome;
      groups.push({ metric: outcome.metric, words: outcome.metric ?? wordsOf(outcome), kind: outcome.kind, unit: outcome.normalized.unit, values });
    }
  });
  return groups
    .filter((group) => group.values.filter((value) => value !== null).length >= 2)
    .map((group) => ({ label: group.metric ?? group.words, unit: group.unit, values: group.values }));
}
