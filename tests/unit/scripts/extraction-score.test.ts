import { describe, expect, it } from 'vitest';
import type { PracticeDefinition } from '../../../graph/model.ts';
import type { ExtractedDocument } from '../../../language/types.ts';
import { scoreExtraction } from '../../../scripts/extraction/score.ts';
import type { GoldItem } from '../../../scripts/extraction/sets.ts';

const practice = (name: string, aliases: string[] = []): PracticeDefinition => ({ name, category: '基层治理', aliases, patterns: [], description: '' }) as unknown as PracticeDefinition;
const taxonomy = [practice('网格化管理', ['网格员']), practice('党建引领基层治理'), practice('党员联系户')];

/** One extracted item of an invented county with the practices in the order given. */
function extracted(practices: string[]): Map<string, ExtractedDocument> {
  const item = {
    title: '青禾县网格治理见成效', section: null, office: null, policies: [], outcomes: [], candidatePractices: [],
    region: { region: { path: ['安徽省', '云岭市', '青禾县'] }, candidates: [], subRegion: null },
    practices: practices.map((name) => ({ name })),
  };
  return new Map([['d1', { items: [item] } as unknown as ExtractedDocument]]);
}

const gold: GoldItem[] = [{
  doc: 'd1', item: 1, title: '青禾县网格治理见成效', section: null, region_text: '青禾县', region_path: ['安徽省', '云岭市', '青禾县'],
  sub_region: null, source: null, practices: ['党建引领基层治理', '网格化管理'], outcomes: [], inputs: [], policies: [], year: null,
}];

describe('extraction scores: the main practices and their rank', () => {
  it('counts the main practices found at any rank apart from their rank', () => {
    const late = scoreExtraction(extracted(['党员联系户', '网格化管理', '党建引领基层治理']), gold, taxonomy);
    expect([late.mainPracticesFound, late.bothMainPracticesFound, late.mainPracticeFirst, late.firstTwoRight]).toEqual([1, 1, 0, 0]);
  });

  it('takes the first two in either order, and the first only when it is gold\'s main one', () => {
    const swapped = scoreExtraction(extracted(['网格化管理', '党建引领基层治理', '党员联系户']), gold, taxonomy);
    expect([swapped.mainPracticeFirst, swapped.firstTwoRight]).toEqual([0, 1]);
    const right = scoreExtraction(extracted(['党建引领基层治理', '网格化管理']), gold, taxonomy);
    expect([right.mainPracticeFirst, right.firstTwoRight]).toEqual([1, 1]);
  });
});
