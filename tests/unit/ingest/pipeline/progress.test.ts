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

  it('formats long waits in minutes', () => {
    expect(formatSeconds(125)).toBe('2分5秒');
    expect(formatSeconds(Number.POSITIVE_INFINITY)).toBe('?');
  });
});
