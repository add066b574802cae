/**
 * Property tests of the parser on generated text of the genre and noise: nothing but the
 * catalogued INPUT_EMPTY escapes, every call ends within the time budget, and what comes out was
 * in the input (the parser keeps the printed text; it only drops whitespace, emphasis marks,
 * markers, furniture and the headline's closing 。).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { isAtlasError } from '../../errors/catalogue.ts';
import { createParser } from '../../ingest/parse/index.ts';
import { simplify } from '../../ingest/parse/lines.ts';
import { normalizeText } from '../../ingest/read/normalize.ts';
import type { ParsedDocument } from '../../language/types.ts';
import { bulletinText, CALL_BUDGET_MS, largeText, RUNS, SEED } from './genre.ts';

const parser = createParser();

/** The source as item text is compared with it: whitespace and emphasis marks deleted. */
function comparable(text: string): string {
  return normalizeText(text).replace(/\*\*|__/g, '').replace(/\s+/g, '');
}

/**
 * True when `part` (whitespace deleted) can be read off `source` in order. The parser may take a
 * line's simplified copy when conversion changed its length, so either face of a character matches.
 */
function readsInOrder(part: string, source: string, simplified: string): boolean {
  const wanted = [...part.replace(/\s+/g, '')];
  const raw = [...source];
  const simple = [...simplified];
  let at = 0;
  for (const ch of wanted) {
    while (at < raw.length && raw[at] !== ch && simple[at] !== ch) at += 1;
    if (at >= raw.length) return false;
    at += 1;
  }
  return true;
}

/** Parses, timing the call; only INPUT_EMPTY for whitespace-only text may be thrown. */
function timedParse(text: string): { doc: ParsedDocument | null; ms: number } {
  const started = performance.now();
  try {
    const doc = parser.parse(text, 'x');
    return { doc, ms: performance.now() - started };
  } catch (error) {
    const ms = performance.now() - started;
    if (isAtlasError(error) && error.code === 'INPUT_EMPTY' && text.trim() === '') return { doc: null, ms };
    throw error;
  }
}

function checkDocument(text: string, doc: ParsedDocument): void {
  const source = comparable(text);
  const simplified = comparable(simplify(normalizeText(text)));
  expect(doc.source).toBe('x');
  doc.items.forEach((item, index) => {
    expect(item.ordinal).toBe(index + 1);
    expect(readsInOrder(item.text, source, simplified), `item ${item.ordinal} text not in source: ${item.text.slice(0, 80)}`).toBe(true);
    expect(readsInOrder(item.title, source, simplified), `item ${item.ordinal} title not in source: ${item.title}`).toBe(true);
    if (item.office) expect(readsInOrder(item.office, source, simplified), `office not in source: ${item.office}`).toBe(true);
    if (item.section) expect(readsInOrder(item.section, source, simplified), `section not in source: ${item.section}`).toBe(true);
  });
  if (doc.issue !== null) expect(doc.issue).not.toMatch(/\s/);
  if (doc.date !== null) {
    expect(doc.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // A printed 2月30日 must not become a date that does not exist.
    expect(new Date(`${doc.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(doc.date);
  }
}

const timings: number[] = [];

describe('parser properties', () => {
  beforeAll(() => {
    // First use loads the traditional→simplified tables; that is not the per-call cost.
    parser.parse('△某县：开展培训。全县培训党员100人。', 'warm-up');
  });

  it('parses any genre text or noise without an uncatalogued error, within the time budget, keeping only source text', () => {
    fc.assert(
      fc.property(bulletinText(), (text) => {
        const { doc, ms } = timedParse(text);
        timings.push(ms);
        expect(ms, `parse took ${ms.toFixed(1)} ms on ${text.length} chars`).toBeLessThan(CALL_BUDGET_MS);
        if (doc) checkDocument(text, doc);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('parses long lines, many lines and repeated markers up to the size bound within the time budget', () => {
    fc.assert(
      fc.property(largeText(), (text) => {
        const { doc, ms } = timedParse(text);
        timings.push(ms);
        expect(ms, `parse took ${ms.toFixed(1)} ms on ${text.length} chars`).toBeLessThan(CALL_BUDGET_MS);
        if (doc) checkDocument(text, doc);
      }),
      { seed: SEED, numRuns: 40 },
    );
  });

  it('throws only the catalogued INPUT_EMPTY for whitespace-only text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(' ', '\n', '\t', '\r\n', '\u3000', '\u00a0'), { maxLength: 50 }), (parts) => {
        const text = parts.join('');
        expect(() => parser.parse(text, 'x')).toThrow(expect.objectContaining({ code: 'INPUT_EMPTY' }));
      }),
      { seed: SEED, numRuns: 50 },
    );
  });

  it('reports its timings', () => {
    const sorted = [...timings].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    console.info(`parser: ${sorted.length} calls, median ${at(0.5).toFixed(2)} ms, p99 ${at(0.99).toFixed(2)} ms, max ${at(1).toFixed(2)} ms`);
    expect(sorted.length).toBeGreaterThan(0);
  });
});
