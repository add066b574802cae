/**
 * Progress for long runs: documents done, items/s and ETA, on one refreshed line on a terminal
 * and as periodic plain lines otherwise (CI logs).
 */

export interface ProgressReporter {
  /** Called after each document with the number of items it held. */
  advance(items: number, label: string): void;
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
  let items = 0;
  let lastPrinted = -Infinity;

  const line = (label: string): string => {
    const seconds = Math.max((now() - started) / 1000, 1e-3);
    const rate = items / seconds;
    const perDocument = seconds / Math.max(documents, 1);
    const eta = Math.max(options.totalDocuments - documents, 0) * perDocument;
    return `[${documents}/${options.totalDocuments} 文档] ${items} 条 · ${rate.toFixed(1)} 条/秒 · 剩余约 ${formatSeconds(eta)} · ${label}`;
  };

  return {
    advance(count, label) {
      documents++;
      items += count;
      const t = now();
      if (isTTY) write(`\r\x1b[2K${line(label)}`);
      else if (t - lastPrinted >= (options.intervalMs ?? 1000) || documents === options.totalDocuments) {
        write(`${line(label)}\n`);
        lastPrinted = t;
      }
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
