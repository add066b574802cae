/**
 * Progress for long runs: documents done, items/s and ETA, on one refreshed line on a terminal
 * and as periodic plain lines otherwise (CI logs).
 */

export interface ProgressReporter {
  /** Called after each document with the number of items it held. */
  advance(items: number, label: string): void;
  /** Called for a document passed over unchanged: done, but in a millisecond, so it says nothing of the time left. */
  skip(label: string): void;
  done(): void;
}

export interface ProgressOptions {
  totalDocuments: number;
  write?: (line: string) => void;
  isTTY?: boolean;
  now?: () => number;
  /** Minimum milliseconds between plain lines. */
  intervalMs?: number;
}

export function createProgressReporter(options: ProgressOptions): ProgressReporter {
  const write = options.write ?? ((line: string) => process.stderr.write(line));
  const isTTY = options.isTTY ?? Boolean(process.stderr.isTTY);
  const now = options.now ?? (() => performance.now());
  const started = now();
  let documents = 0;
  let skipped = 0;
  let items = 0;
  let lastPrinted = -Infinity;

  const line = (label: string): string => {
    const seconds = Math.max((now() - started) / 1000, 1e-3);
    const rate = items / seconds;
    // A re-run passes over thousands of stored documents in seconds: the time left is paced by
    // the documents that were written, unless none has been yet.
    const worked = documents - skipped;
    const perDocument = seconds / Math.max(worked > 0 ? worked : documents, 1);
    const eta = Math.max(options.totalDocuments - documents, 0) * perDocument;
    return `[${documents}/${options.totalDocuments} 文档] ${items} 条 · ${rate.toFixed(1)} 条/秒 · 剩余约 ${formatSeconds(eta)} · ${label}`;
  };

  const report = (label: string): void => {
    const t = now();
    if (isTTY) write(`\r\x1b[2K${line(label)}`);
    else if (t - lastPrinted >= (options.intervalMs ?? 1000) || documents === options.totalDocuments) {
      write(`${line(label)}\n`);
      lastPrinted = t;
    }
  };

  return {
    advance(count, label) {
      documents++;
      items += count;
      report(label);
    },
    skip(label) {
      documents++;
      skipped++;
      report(label);
    },
    done() {
      if (isTTY) write('\n');
    },
  };
}

export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${Math.round(seconds)}秒`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes}分${Math.round(seconds - minutes * 60)}秒`;
}

/** A reporter that says nothing: seeding, tests and evaluation runs. */
export function silentProgress(): ProgressReporter {
  return { advance() {}, skip() {}, done() {} };
}
