import { readFileSync } from 'node:fs';
import { writeReport } from './bench/report.ts';
const r = JSON.parse(readFileSync('bench/report.json', 'utf8')); delete r.targets;
writeReport('bench', r);
