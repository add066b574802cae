/**
 * The real seed bulletins (read from ../shared at test time), printed to .docx and .pdf, come back
 * through the readers as the same items: same count and regions; identical items from .docx.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../../ingest/pipeline.ts';
import { readSourceBytes } from '../../../../ingest/read/files.ts';
import { createTextStages } from '../../../../ingest/stages.ts';
import type { ExtractedDocument } from '../../../../language/types.ts';
import { hasCjkFont, makeDocx, makePdf } from './make-inputs.ts';

const seeds = path.resolve(import.meta.dirname, '../../../../../shared/seeds');
const names = existsSync(seeds) ? readdirSync(seeds).filter((name) => name.endsWith('.txt')).sort() : [];
const regions = (doc: ExtractedDocument): (string | null)[] => doc.items.map((item) => item.region.region?.code ?? null);
const summary = (doc: ExtractedDocument): string[] => doc.items.map((item) => `${item.title}|${item.region.region?.code}|${item.practices.map((p) => p.name).join(',')}|${item.outcomes.length}`);

describe.skipIf(names.length === 0)('seed bulletins in other formats', () => {
  const stages = createTextStages();
  it.each(names)('%s reads the same from .docx and .pdf', async (name) => {
    const text = readFileSync(path.join(seeds, name), 'utf8');
    const lines = text.split(/\r?\n/);
    const fromText = extractText(stages, text, name);
    const fromDocx = extractText(stages, (await readSourceBytes(await makeDocx(lines), `${name}.docx`)).text, name);
    expect(summary(fromDocx)).toEqual(summary(fromText));
    if (!hasCjkFont) return;
    // PDF wraps long headlines; items and regions must still match.
    const fromPdf = extractText(stages, (await readSourceBytes(await makePdf(lines), `${name}.pdf`)).text, name);
    expect(regions(fromPdf)).toEqual(regions(fromText));
  }, 60_000);
});
