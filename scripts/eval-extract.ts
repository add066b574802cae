/**
 * npm run eval:extract [-- --set public|dev|all] [--only region,practice…] [--json]
 * Extraction quality on the gold sets of ../shared: the scores, then every miss on one line
 * (split, title, section, office, region, subregion, practice, number, kind, policy).
 */
import { parseArgs } from 'node:util';
import { evaluateExtraction } from './extraction/run.ts';
import { missLine, scoreLines } from './extraction/score.ts';
import { EVAL_SETS } from './extraction/sets.ts';
import type { EvalSetName } from './extraction/sets.ts';

const { values } = parseArgs({ options: { set: { type: 'string', default: 'all' }, only: { type: 'string' }, json: { type: 'boolean', default: false } } });
const sets: EvalSetName[] = values.set === 'all' ? EVAL_SETS : EVAL_SETS.filter((name) => name === values.set);
if (sets.length === 0) {
  console.error(`未知的评测集：${values.set}（可选 public、dev、all）`);
  process.exit(2);
}
const only = values.only ? new Set(values.only.split(',')) : null;
const report = sets.map((name) => ({ set: name, scores: evaluateExtraction(name) }));
if (values.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  for (const { set, scores } of report) {
    const misses = scores.misses.filter((m) => !only || only.has(m.kind));
    console.log([`Extraction on ${set}`, ...scoreLines(scores), `  misses (${misses.length}):`, ...misses.map((m) => `    ${missLine(m)}`), ''].join('\n'));
  }
}
