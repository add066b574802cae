import { describe, expect, it } from 'vitest';
import { regionCodesOf, toItemView, toRegionRef, type StoredItem } from '../../../../graph/neo4j/read.ts';

describe('records → views', () => {
  const county = { code: '360921', name: '青山县', level: 'county' as const, path: [{ code: '36', name: '江右省' }, { code: '3609', name: '临川市' }, { code: '360921', name: '青山县' }] };

  it('rebuilds a region path and keeps abolition only when set', () => {
    expect(toRegionRef({ ...county, abolished: false, successorCode: null })).toEqual({
      code: '360921',
      name: '青山县',
      level: 'county',
      path: ['江右省', '临川市', '青山县'],
      pathCodes: ['36', '3609', '360921'],
    });
    expect(toRegionRef({ ...county, abolished: true, successorCode: '360922' })).toMatchObject({ abolished: true, successorCode: '360922' });
  });

  const stored: StoredItem = {
    id: 'linchuan-7:1',
    documentId: 'linchuan-7',
    ordinal: 1,
    title: '青山县推行“院落议事会”',
    text: '正文',
    year: 2022,
    regionCandidateCodes: ['360921', '999999'],
    regionCode: null,
    subRegionCode: null,
    office: null,
    practices: [
      { name: '乙', category: 'c', matched: '乙', position: 1 },
      { name: '甲', category: 'c', matched: '甲', position: 0 },
    ],
    candidates: [],
    outcomes: [{ text: '300余件', value: 300, unit: '件', normValue: 300, normUnit: '件', kind: 'outcome', approximate: true, position: 0 }],
    policies: [
      { title: '二号文件', position: 1 },
      { title: '一号文件', position: 0 },
    ],
    passages: [
      { index: 1, text: '第二段' },
      { index: 0, text: '第一段' },
    ],
  };

  it('restores list order from positions and fills absent properties with null', () => {
    const view = toItemView(stored, new Map([['360921', toRegionRef(county)]]));
    expect(view.practices.map((practice) => practice.name)).toEqual(['甲', '乙']);
    expect(view.policies).toEqual(['一号文件', '二号文件']);
    expect(view.passages).toEqual([
      { index: 0, text: '第一段' },
      { index: 1, text: '第二段' },
    ]);
    expect(view.outcomes[0]).toEqual({
      text: '300余件',
      value: 300,
      unit: '件',
      normalized: { value: 300, unit: '件' },
      metric: null,
      kind: 'outcome',
      approximate: true,
      practice: null,
    });
    expect(view).toMatchObject({ section: null, date: null, regionMention: null, regionEvidence: null, region: null, subRegion: null });
    expect(view.regionCandidates.map((region) => region.code)).toEqual(['360921']);
  });

  it('reads how the region was found, and a value it does not know as null', () => {
    expect(toItemView({ ...stored, regionEvidence: 'town' }, new Map()).regionEvidence).toBe('town');
    expect(toItemView({ ...stored, regionEvidence: null }, new Map()).regionEvidence).toBeNull();
    expect(toItemView({ ...stored, regionEvidence: 'guessed' }, new Map()).regionEvidence).toBeNull();
  });

  it('collects every region code an item refers to once', () => {
    expect(regionCodesOf([stored, { ...stored, regionCode: '360921', subRegionCode: '360921102' }])).toEqual(['360921', '999999', '360921102']);
  });
});
