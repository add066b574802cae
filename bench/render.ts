/**
 * `npm run bench:render`: writes bench/report.md again from bench/report.json and bench/notes.md
 * (after the notes change), optionally attaching a 1M run's report.json as its section.
 *
 *   npm run bench:render -- [--out bench] [--million /path/to/1m-run/report.json]
 *                           [--million-neo4j /path/to/neo4j-1m-run/report.json]
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { paths } from '../config/env.ts';
import { readResults, writeReport } from './report.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: path.join(paths.projectRoot, 'bench') },
    million: { type: 'string' },
    'million-neo4j': { type: 'string' },
  },
});
const results = readResults(path.join(values.out, 'report.json'));
if (results === undefined) {
  console.error(`${values.out}/report.json 不存在 / not found: run npm run bench first`);
  process.exit(2);
}
for (const [option, key] of [['million', 'million'], ['million-neo4j', 'millionNeo4j']] as const) {
  const file = values[option];
  if (file === undefined) continue;
  const run = readResults(file);
  if (run === undefined) {
    console.error(`${file} 不存在 / not found`);
    process.exit(2);
  }
  results[key] = run;
}
const written = writeReport(values.out, results);
console.log(`written ${written.markdown} and ${written.json}`);
