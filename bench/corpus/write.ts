/**
 * Writes a synthetic corpus to disk: one UTF-8 .txt per bulletin plus truth.jsonl (one line per
 * document: its file name and the items it holds) so benchmarks can check what was extracted.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { generateCorpus, type CorpusOptions, type SyntheticDocument } from './generate.ts';

export const TRUTH_FILE = 'truth.jsonl';

export interface WriteSummary {
  files: number;
  items: number;
  /** Bytes of the bulletin files (truth.jsonl not counted). */
  bytes: number;
}

export interface WriteCorpusHooks {
  /** Called after each document is written (for progress reporting). */
  onDocument?(document: SyntheticDocument, summary: WriteSummary): void;
}

/** Files written at once: enough to keep the disk busy without holding the whole corpus. */
const BATCH = 64;

export async function writeCorpus(dir: string, options: CorpusOptions, hooks: WriteCorpusHooks = {}): Promise<WriteSummary> {
  await mkdir(dir, { recursive: true });
  const truth = createWriteStream(path.join(dir, TRUTH_FILE), { encoding: 'utf8' });
  const summary: WriteSummary = { files: 0, items: 0, bytes: 0 };
  let pending: Promise<void>[] = [];
  try {
    for (const document of generateCorpus(options)) {
      const bytes = Buffer.from(document.text, 'utf8');
      pending.push(writeFile(path.join(dir, document.name), bytes));
      const line = `${JSON.stringify({ name: document.name, items: document.items })}\n`;
      if (!truth.write(line)) await once(truth, 'drain');
      summary.files++;
      summary.items += document.items.length;
      summary.bytes += bytes.length;
      hooks.onDocument?.(document, summary);
      if (pending.length >= BATCH) {
        await Promise.all(pending);
        pending = [];
      }
    }
    await Promise.all(pending);
  } finally {
    truth.end();
    await once(truth, 'finish');
  }
  return summary;
}
