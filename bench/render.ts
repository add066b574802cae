/**
 * `npm run bench:render`: writes bench/report.md again from bench/report.json and bench/notes.md
 * (after the notes change), optionally attaching a 1M run's report.json as its section.
 *
 *   npm run bench:render -- [--out bench] [--million /path/to/1m-run/report.json]
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { paths } from '../config/env.ts';
import { readResults, writeReport } from './report.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: path.join(paths.projectRoot, 'bench') },
    million: { type: 'string' },
  },
});
const results = readResults(path.join(values.out, 'report.json'));
if (results === undefined) {
  console.error(`${values.out}/report.json 不存在 / not found: run npm run bench first`);
  process.exit(2);
}
if (values.million !== undefined) {
  const million = readResults(values.million);
  if (million === undefined) {
    console.error(`${values.million} 不存在 / not found`);
    process.exit(2);
  }
  results.million = million;
}
const written = writeReport(values.out, results);
console.log(`written ${written.markdown} and ${written.json}`);
