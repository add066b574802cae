/**
 * Property tests of the region resolver on generated items (headlines opening "XX县：", bylines,
 * bodies of the genre and noise) and on what the parser makes of generated bulletins: nothing
 * escapes, every call ends within the time budget, and every region it returns is consistent with
 * the gazetteer (paths, codes, levels, names; townships and communities under their region).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRegionResolver } from '../../language/extract/regions/index.ts';
import { normalizeForRegions } from '../../language/extract/regions/normalize.ts';
import { loadGazetteer } from '../../language/knowledge/gazetteer.ts';
import { createParser } from '../../ingest/parse/index.ts';
import type { ParsedItem, RegionContext, RegionLevel, RegionRef, RegionResolution } from '../../language/types.ts';
import { bulletinText, CALL_BUDGET_MS, hanRun, place, RUNS, sampledUnits, SEED } from './genre.ts';

const LEVEL_ORDER: Record<RegionLevel, number> = { province: 0, city: 1, county: 2, township: 3, community: 4 };

const resolver = createRegionResolver();
const gazetteer = loadGazetteer();

/** A region agrees with the gazetteer: it is a unit there (or a community under one), with its path. */
function checkRegion(ref: RegionRef): void {
  expect(ref.path.length, `${ref.code} path/pathCodes lengths`).toBe(ref.pathCodes.length);
  expect(ref.path.at(-1), `${ref.code} last path element`).toBe(ref.name);
  expect(ref.pathCodes.at(-1), `${ref.code} last path code`).toBe(ref.code);
  if (ref.level === 'community') {
    const parent = gazetteer.byCode(ref.pathCodes.at(-2) ?? '');
    expect(parent, `community ${ref.code} has a gazetteer parent`).toBeDefined();
    expect(['county', 'township']).toContain(parent?.level);
    expect(ref.path.slice(0, -1)).toEqual(parent?.path);
    expect(ref.code).toBe(`${parent?.code}-c-${ref.name}`);
    return;
  }
  expect(gazetteer.byCode(ref.code), `${ref.code} is a gazetteer unit`).toEqual(ref);
  // Ancestors exist, carry the names of the path and get narrower at every step.
  let previous = -1;
  ref.pathCodes.forEach((code, index) => {
    const ancestor = gazetteer.byCode(code);
    expect(ancestor?.name, `${ref.code} ancestor ${code}`).toBe(ref.path[index]);
    expect(ancestor?.pathCodes).toEqual(ref.pathCodes.slice(0, index + 1));
    const order = LEVEL_ORDER[ancestor?.level ?? 'community'];
    expect(order).toBeGreaterThan(previous);
    previous = order;
  });
  expect(gazetteer.byCode(ref.pathCodes[0] ?? '')?.level).toBe('province');
  // A county sits under a city, or right under a municipality (北京市 → 东城区).
  const depth = { province: [1], city: [2], county: [2, 3], township: [3, 4], community: [] }[ref.level];
  expect(depth, `${ref.code} (${ref.level}) path length ${ref.path.length}`).toContain(ref.path.length);
}

function checkResolution(resolution: RegionResolution, item: ParsedItem, context: RegionContext): void {
  const { region, candidates, subRegion, mention } = resolution;
  for (const ref of [region, subRegion, ...candidates]) if (ref) checkRegion(ref);
  if (candidates.length > 0) expect(region, 'an unsettled name leaves the region null').toBeNull();
  if (region && subRegion) expect(subRegion.pathCodes, `${subRegion.code} under ${region.code}`).toContain(region.code);
  if (mention !== null) {
    const written = normalizeForRegions([item.title, item.office ?? '', item.text, context.publisher ?? '', context.documentTitle ?? ''].join('\n'));
    expect(written, `mention ${mention} is written somewhere`).toContain(normalizeForRegions(mention));
  }
}

function timedResolve(item: ParsedItem, context: RegionContext): RegionResolution {
  const started = performance.now();
  const resolution = resolver.resolve(item, context);
  const ms = performance.now() - started;
  timings.push(ms);
  if (resolution.region) seen.region += 1;
  if (resolution.subRegion) seen.subRegion += 1;
  if (resolution.candidates.length > 0) seen.candidates += 1;
  expect(ms, `resolve took ${ms.toFixed(1)} ms on ${item.title.length + item.text.length} chars`).toBeLessThan(CALL_BUDGET_MS);
  return resolution;
}

const timings: number[] = [];
/** How often each kind of answer came up: the generators must reach them, not only null. */
const seen = { region: 0, subRegion: 0, candidates: 0 };

function itemArbitrary(): fc.Arbitrary<ParsedItem> {
  const title = fc.oneof(
    fc.tuple(place(), fc.constantFrom('：', ':', '', '党委', '委组织部：', '街道', '镇'), hanRun).map(([where, joint, rest]) => `${where}${joint}${rest}`),
    fc.tuple(place(), place(), hanRun).map(([county, township, rest]) => `${county}${township}：${rest}`),
    hanRun,
  );
  const text = fc.array(fc.oneof(hanRun, place(), fc.constantFrom('。', '，', '\n', ' ', '社区', '村', '全县', '全市')), { maxLength: 200 }).map((parts) => parts.join(''));
  return fc.record({
    ordinal: fc.integer({ min: 1, max: 30 }),
    section: fc.option(fc.constantFrom('市内信息', '市外参考', '外地经验', '县区动态')),
    title,
    office: fc.option(place().map((where) => `${where}委组织部`)),
    text,
  });
}

function contextArbitrary(): fc.Arbitrary<RegionContext> {
  const { cities, counties } = sampledUnits();
  return fc.record({
    publisher: fc.option(place().map((where) => `中共${where}委组织部`)),
    documentTitle: fc.option(fc.oneof(place().map((where) => `${where}组工信息`), hanRun)),
    siblingRegions: fc.array(fc.constantFrom(...cities, ...counties), { maxLength: 4 }),
  });
}

describe('region resolver properties', () => {
  beforeAll(() => {
    // First use builds the scanner tables; that is not the per-call cost.
    resolver.resolve({ ordinal: 1, section: null, title: '某县：开展培训', office: null, text: '' }, { publisher: null, documentTitle: null, siblingRegions: [] });
  });

  it('resolves generated items to regions consistent with the gazetteer, within the time budget', () => {
    fc.assert(
      fc.property(itemArbitrary(), contextArbitrary(), (item, context) => {
        checkResolution(timedResolve(item, context), item, context);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('resolves the items the parser finds in generated bulletins, with sibling context', () => {
    const parser = createParser();
    fc.assert(
      fc.property(bulletinText().filter((text) => text.trim() !== ''), contextArbitrary(), (text, base) => {
        const doc = parser.parse(text, 'x');
        const siblings: RegionRef[] = [];
        for (const item of doc.items) {
          const context = { ...base, publisher: doc.publisher ?? base.publisher, documentTitle: doc.title, siblingRegions: [...siblings] };
          const resolution = timedResolve(item, context);
          checkResolution(resolution, item, context);
          if (resolution.region) siblings.push(resolution.region);
        }
      }),
      { seed: SEED, numRuns: RUNS / 2 },
    );
  });

  it('looks any name up without throwing and returns gazetteer units only', () => {
    fc.assert(
      fc.property(fc.oneof(place(), hanRun, fc.string({ maxLength: 8 })), (name) => {
        for (const ref of resolver.lookup(name)) checkRegion(ref);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('reports its timings', () => {
    const sorted = [...timings].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    console.info(`regions: ${sorted.length} calls, median ${at(0.5).toFixed(2)} ms, p99 ${at(0.99).toFixed(2)} ms, max ${at(1).toFixed(2)} ms; answers ${JSON.stringify(seen)}`);
    expect(seen.region).toBeGreaterThan(RUNS / 4);
    expect(seen.subRegion).toBeGreaterThan(0);
    expect(seen.candidates).toBeGreaterThan(0);
  });
});
