/**
 * Property tests of the number normalizer: any string (figures of the genre, noise, very long digit
 * runs) is read without an exception, within the time budget, to finite values; numbers written
 * in Arabic digits, with thousands commas, full-width or as Chinese numerals read back exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeNumber, parseChineseNumeral, parseQuantity, type Quantity } from '../../language/extract/numbers.ts';
import { CALL_BUDGET_MS, chineseNumeral, hanRun, magnitude, measure, quantityText, RUNS, SEED, toChineseNumeral } from './genre.ts';

const timings: number[] = [];

function timed<T>(run: () => T): T {
  const started = performance.now();
  const result = run();
  const ms = performance.now() - started;
  timings.push(ms);
  expect(ms, `call took ${ms.toFixed(1)} ms`).toBeLessThan(CALL_BUDGET_MS);
  return result;
}

function checkQuantity(quantity: Quantity): void {
  expect(Number.isFinite(quantity.value), `value ${quantity.value}`).toBe(true);
  expect(Number.isFinite(quantity.normalized.value), `normalized ${quantity.normalized.value}`).toBe(true);
  expect(quantity.value).toBeGreaterThanOrEqual(0);
  expect(quantity.unit.length).toBeGreaterThan(0);
  if (quantity.range) {
    expect(Number.isFinite(quantity.range.high)).toBe(true);
    expect(quantity.range.low).toBeLessThan(quantity.range.high);
    expect(quantity.value).toBe(quantity.range.low);
    expect(quantity.approximate).toBe(true);
  }
}

const anyText = fc.oneof(
  quantityText,
  fc.tuple(fc.integer({ min: 290, max: 600 }), magnitude, measure).map(([length, scale, unit]) => `${'9'.repeat(length)}${scale}${unit}`),
  fc.tuple(hanRun, quantityText, hanRun).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('1', '9', '.', ',', '万', '亿', '千', '百', '十', '一', '%', '-', ' ', '余', '近', '人'), maxLength: 5000 }),
);

describe('number normalizer properties', () => {
  it('parses any quantity text without an exception, within the time budget, to finite values', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const quantity = timed(() => parseQuantity(text));
        if (quantity) checkQuantity(quantity);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('normalizes any numeral text to a finite number or null', () => {
    const longRuns = fc.tuple(fc.integer({ min: 300, max: 600 }), fc.constantFrom('', '万', '万亿人', '.5')).map(([length, tail]) => `${'9'.repeat(length)}${tail}`);
    fc.assert(
      fc.property(fc.oneof(anyText, chineseNumeral, longRuns, fc.string({ unit: fc.constantFrom('9', '0', ',', '.', '９'), maxLength: 600 })), (text) => {
        const value = timed(() => normalizeNumber(text));
        if (value !== null) expect(Number.isFinite(value), `${text.slice(0, 40)} → ${value}`).toBe(true);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('reads integers back whether written plain, with commas, full-width or in Chinese numerals', () => {
    fc.assert(
      fc.property(fc.nat({ max: 99_999_999 }), (value) => {
        expect(normalizeNumber(String(value))).toBe(value);
        expect(normalizeNumber(value.toLocaleString('en-US'))).toBe(value);
        expect(normalizeNumber(String(value).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)))).toBe(value);
        if (value < 10_000) expect(parseChineseNumeral(toChineseNumeral(value)), toChineseNumeral(value)).toBe(value);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('applies the magnitude and keeps the measure word of a written figure', () => {
    const units = measure.filter((unit) => unit !== '' && unit !== '成' && !/^[万亿千百十]/.test(unit));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), magnitude, units, (value, scale, unit) => {
        const quantity = timed(() => parseQuantity(`${value}${scale}${unit}`));
        const factor = { '': 1, 万: 1e4, 亿: 1e8, 千万: 1e7, 百万: 1e6, 万亿: 1e12, 千: 1e3, 百: 1e2, 十万: 1e5 }[scale] ?? NaN;
        const halfWidthUnit = unit.replace('％', '%');
        expect(quantity).toMatchObject({ value, unit: `${scale}${halfWidthUnit}`, normalized: { value: value * factor, unit: halfWidthUnit } });
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('keeps large figures exact and refuses digit runs no double can hold (found by these properties)', () => {
    expect(parseQuantity('83255万亿人')?.normalized).toEqual({ value: 83255e12, unit: '人' });
    expect(parseQuantity(`${'9'.repeat(400)}人`)).toBeNull();
    expect(parseQuantity(`${'9'.repeat(300)}万亿人`)).toBeNull();
    expect(normalizeNumber('9'.repeat(400))).toBeNull();
  });

  it('reports its timings', () => {
    const sorted = [...timings].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    console.info(`numbers: ${sorted.length} calls, median ${at(0.5).toFixed(3)} ms, p99 ${at(0.99).toFixed(3)} ms, max ${at(1).toFixed(3)} ms`);
    expect(sorted.length).toBeGreaterThan(0);
  });
});
