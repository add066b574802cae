import { describe, expect, it } from 'vitest';
import { createProgressReporter, formatSeconds } from '../../../../ingest/progress.ts';

describe('progress reporter', () => {
  it('prints documents, items per second and an ETA', () => {
    const lines: string[] = [];
    let clock = 0;
    const progress = createProgressReporter({ totalDocuments: 4, write: (l) => lines.push(l), isTTY: false, now: () => clock, intervalMs: 0 });
    clock = 2000;
    progress.advance(10, 'a.txt');
    clock = 4000;
    progress.advance(10, 'b.txt');
    expect(lines[1]).toBe('[2/4 文档] 20 条 · 5.0 条/秒 · 剩余约 4秒 · b.txt\n');
  });

  it('paces the time left by the documents written, not by those passed over unchanged', () => {
    const lines: string[] = [];
    let clock = 0;
    const progress = createProgressReporter({ totalDocuments: 10, write: (l) => lines.push(l), isTTY: false, now: () => clock, intervalMs: 0 });
    for (let index = 0; index < 6; index++) progress.skip(`old-${index}.txt`);
    expect(lines[5]).toBe('[6/10 文档] 0 条 · 0.0 条/秒 · 剩余约 0秒 · old-5.txt\n');
    clock = 4000;
    progress.advance(10, 'new-1.txt');
    clock = 8000;
    progress.advance(10, 'new-2.txt');
    expect(lines[7]).toBe('[8/10 文档] 20 条 · 2.5 条/秒 · 剩余约 8秒 · new-2.txt\n');
  });

  it('formats long waits in minutes', () => {
    expect(formatSeconds(125)).toBe('2分5秒');
    expect(formatSeconds(Number.POSITIVE_INFINITY)).toBe('?');
  });
});
