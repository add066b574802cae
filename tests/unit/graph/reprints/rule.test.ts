import { describe, expect, it } from 'vitest';
import type { RegionRef } from '../../../../graph/model.ts';
import { containment, containmentReaches, reportSameThing, sketchText } from '../../../../graph/reprints/index.ts';
import { sortHashes } from '../../../../graph/reprints/sketch.ts';
import { labelledPairs, type LabelledSide } from './labelled-pairs.ts';

function side(value: LabelledSide): Parameters<typeof reportSameThing>[0] {
  const region: RegionRef | null =
    value.regionCode === null ? null : { code: value.regionCode, name: value.mention ?? '', level: 'county', path: [], pathCodes: [] };
  return { region, regionMention: value.mention, practices: value.practices, sketch: sketchText(value.text) };
}

describe('the reprint rule on labelled pairs', () => {
  it.each(labelledPairs.map((pair) => [pair.name, pair] as const))('%s', (_name, pair) => {
    expect(reportSameThing(side(pair.a), side(pair.b))).toBe(pair.reprint);
    expect(reportSameThing(side(pair.b), side(pair.a))).toBe(pair.reprint);
  });

  it('reaches precision and recall 1 on the labelled set', () => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    for (const pair of labelledPairs) {
      const said = reportSameThing(side(pair.a), side(pair.b));
      if (said && pair.reprint) truePositives += 1;
      if (said && !pair.reprint) falsePositives += 1;
      if (!said && pair.reprint) falseNegatives += 1;
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);
    console.info(`reprint rule on ${labelledPairs.length} labelled pairs: precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)}`);
    expect({ precision, recall }).toEqual({ precision: 1, recall: 1 });
  });
});

describe('sketches', () => {
  it('ignore punctuation, spacing, markers and full-width digits', () => {
    const plain = sketchText('清河县推行社区大党委制吸纳驻区单位党组织46个解决群众急难愁盼问题');
    const dressed = sketchText('△ 清河县推行社区“大党委”制，吸纳驻区单位党组织 ４６ 个，\n解决群众急难愁盼问题。');
    expect(dressed.shingles).toBe(plain.shingles);
    expect(containment(plain, dressed)).toBe(1);
  });

  it('estimate containment of a long text within about 0.1', () => {
    const long = Array.from({ length: 60 }, (_, index) => `第${index}项工作推进有力成效明显群众满意`).join('');
    const part = long.slice(0, long.length / 2);
    expect(sketchText(long).shingles).toBeGreaterThan(128);
    expect(containment(sketchText(part), sketchText(long))).toBeGreaterThan(0.9);
  });

  it('tell whether containment reaches a threshold as computing it would, though they stop early', () => {
    // Texts of one pool of clauses, as the bench corpus builds them: many pairs land near any threshold.
    const clauses = Array.from({ length: 40 }, (_, index) => `第${index}个社区推行网格化管理服务群众${index * 7}户成效明显`);
    let seed = 7;
    const next = (limit: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % limit;
    };
    const texts = [
      ...labelledPairs.flatMap((pair) => [pair.a.text, pair.b.text]),
      ...Array.from({ length: 60 }, () => Array.from({ length: 2 + next(30) }, () => clauses[next(clauses.length)]).join('，')),
    ];
    const sketches = texts.map(sketchText);
    let pairs = 0;
    for (const a of sketches) {
      for (const b of sketches) {
        for (const threshold of [0, 0.3, 0.6, 0.8, 0.9, 1]) {
          expect(containmentReaches(a, b, threshold)).toBe(containment(a, b) >= threshold);
          pairs += 1;
        }
      }
    }
    expect(pairs).toBeGreaterThan(10_000);
  });

  it('are what their definition gives, stored sketches staying comparable (a table and a bucket sort in its place)', () => {
    // The definition, written plainly: NFKC, the UTF-16 units that are letters or digits lower-cased, FNV-1a 5-grams with an avalanche, distinct, ascending.
    const reference = (text: string) => {
      const folded = text.normalize('NFKC');
      const units = Array.from({ length: folded.length }, (_, index) => folded[index]!);
      const kept = units.filter((unit) => /[\p{L}\p{N}\p{Cs}]/u.test(unit)).map((unit) => unit.toLowerCase().charCodeAt(0));
      const hashes = new Set<number>();
      for (let start = 0; start + 5 <= kept.length; start += 1) {
        let hash = 0x811c9dc5;
        for (const code of kept.slice(start, start + 5)) hash = Math.imul(hash ^ code, 0x01000193);
        hash ^= hash >>> 15;
        hash = Math.imul(hash, 0x2c1b3c6d);
        hash ^= hash >>> 12;
        hashes.add(hash >>> 0);
      }
      const sorted = [...hashes].sort((a, b) => a - b);
      return { shingles: sorted.length, hashes: sorted.slice(0, 128) };
    };
    const texts = [
      ...labelledPairs.flatMap((pair) => [pair.a.text, pair.b.text]),
      '△ 清河县推行社区“大党委”制，吸纳驻区单位党组织 ４６ 个（ＡＢＣ），①②③ Ünïcode ÀÉÎ 𠀀𠀁𠀂 〇々 ㈠ ㎡ 〆〡 İstanbul ﬁne',
      Array.from({ length: 900 }, (_, index) => `第${index}项工作推进有力`).join('，'),
    ];
    for (const text of texts) {
      const sketch = sketchText(text);
      expect({ shingles: sketch.shingles, hashes: [...sketch.hashes] }).toEqual(reference(text));
    }
  });

  it('sort hashes as a comparison sort would, duplicates, extremes and long inputs included', () => {
    let seed = 11;
    const next = (): number => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed;
    };
    for (const length of [0, 1, 2, 7, 300, 700, 4096, 4097, 20_000]) {
      const values = Uint32Array.from({ length }, (_, index) => (index % 5 === 0 ? 0xffffffff : index % 7 === 0 ? 0 : next() >>> (index % 3 === 0 ? 8 : 0)));
      const expected = [...values].sort((a, b) => a - b);
      sortHashes(values);
      expect([...values]).toEqual(expected);
    }
  });

  it('keep at most 128 hashes, ascending', () => {
    const { hashes } = sketchText('清河县'.repeat(10) + Array.from({ length: 400 }, (_, index) => String(index)).join('党'));
    expect(hashes.length).toBe(128);
    expect([...hashes]).toEqual([...hashes].sort((a, b) => a - b));
  });
});
