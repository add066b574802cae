import { describe, expect, it } from 'vitest';
import type { RegionRef } from '../../../../graph/model.ts';
import { containment, reportSameThing, sketchText } from '../../../../graph/reprints/index.ts';
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

  it('keep at most 128 hashes, ascending', () => {
    const { hashes } = sketchText('清河县'.repeat(10) + Array.from({ length: 400 }, (_, index) => String(index)).join('党'));
    expect(hashes.length).toBe(128);
    expect([...hashes]).toEqual([...hashes].sort((a, b) => a - b));
  });
});
