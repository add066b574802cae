import { describe, expect, it } from 'vitest';
import type { DocumentRecord, ItemRecord, RegionRef } from '../../../../graph/model.ts';
import { batchRows, documentRegionRows, documentRows, encodeVector, inferLevel, regionChainRows } from '../../../../graph/neo4j/rows.ts';

const qingshan: RegionRef = {
  code: '360921',
  name: '青山县',
  level: 'county',
  path: ['江右省', '临川市', '青山县'],
  pathCodes: ['36', '3609', '360921'],
};
const shibei: RegionRef = {
  code: '360921102',
  name: '石碑镇',
  level: 'township',
  path: ['江右省', '临川市', '青山县', '石碑镇'],
  pathCodes: ['36', '3609', '360921', '360921102'],
};
const oldDistrict: RegionRef = { ...qingshan, code: '360902', name: '旧城区', path: ['江右省', '临川市', '旧城区'], pathCodes: ['36', '3609', '360902'], abolished: true, successorCode: '360903' };

function item(overrides: Partial<ItemRecord>): ItemRecord {
  return {
    id: 'linchuan-7:1',
    ordinal: 1,
    section: '市内信息',
    title: '青山县推行“院落议事会”',
    office: '青山县委组织部',
    text: '青山县在石碑镇推行“院落议事会”，化解矛盾纠纷300余件。',
    date: '2022-05-10',
    year: 2022,
    region: qingshan,
    regionCandidates: [],
    regionMention: '青山县',
    regionEvidence: 'office',
    subRegion: shibei,
    practices: [
      { name: '院落议事会', category: '基层治理', matched: '“院落议事会”' },
      { name: '院落议事会', category: '基层治理', matched: '议事会' },
    ],
    candidatePractices: [{ name: '石碑夜话', matched: '“石碑夜话”' }],
    outcomes: [
      {
        text: '化解矛盾纠纷300余件',
        value: 300,
        unit: '件',
        normalized: { value: 300, unit: '件' },
        metric: null,
        kind: 'outcome',
        approximate: true,
        practice: '院落议事会',
      },
    ],
    policies: ['关于推进院落治理的意见', '关于推进院落治理的意见'],
    passages: [
      { index: 0, text: '青山县在石碑镇推行“院落议事会”。', hash: 'h0', tokens: ['青山', '青山县', '石碑镇', '院落', '议事会'], embedding: new Float32Array([0.6, 0.8]) },
    ],
    ...overrides,
  };
}

function doc(items: ItemRecord[]): DocumentRecord {
  return { id: 'linchuan-7', source: 'in/临川组工第7期.txt', title: '临川组工', issue: '第7期', date: '2022-05-10', publisher: null, hash: 'h-1', items };
}

describe('DocumentRecord → write rows', () => {
  it('writes a region with its whole PART_OF chain, parents first', () => {
    expect(regionChainRows(shibei).map((row) => [row.code, row.name, row.level, row.parentCode, row.full])).toEqual([
      ['36', '江右省', 'province', null, false],
      ['3609', '临川市', 'city', '36', false],
      ['360921', '青山县', 'county', '3609', false],
      ['360921102', '石碑镇', 'township', '360921', true],
    ]);
  });

  it('keeps abolition and successor only on the region itself', () => {
    const [, , self] = regionChainRows(oldDistrict);
    expect(self).toMatchObject({ code: '360902', full: true, abolished: true, successorCode: '360903', parentCode: '3609' });
  });

  it('tolerates a path that leaves the region itself out', () => {
    const rows = regionChainRows({ ...qingshan, path: ['江右省', '临川市'], pathCodes: ['36', '3609'] });
    expect(rows.map((row) => row.code)).toEqual(['36', '3609', '360921']);
  });

  it('gives one row per region code in a document, the full row winning over an ancestor row', () => {
    const rows = documentRegionRows(doc([item({}), item({ id: 'linchuan-7:2', ordinal: 2, subRegion: null })]));
    expect(rows.map((row) => [row.code, row.full])).toEqual([
      ['36', false],
      ['3609', false],
      ['360921', true],
      ['360921102', true],
    ]);
  });

  it('infers ancestor levels from gazetteer code length', () => {
    expect([inferLevel('36', 0), inferLevel('3609', 1), inferLevel('360921', 2), inferLevel('360921102', 3)]).toEqual(['province', 'city', 'county', 'township']);
    expect(inferLevel('X1', 1)).toBe('province');
    expect(inferLevel('custom', 1)).toBe('county');
  });

  it('collapses duplicate practices and policies within an item, keeping the first position', () => {
    const rows = documentRows(doc([item({})]));
    expect(rows.practiceLinks).toEqual([{ itemId: 'linchuan-7:1', key: '院落议事会', position: 0, matched: '“院落议事会”', category: '基层治理' }]);
    expect(rows.policyLinks).toEqual([{ itemId: 'linchuan-7:1', key: '关于推进院落治理的意见', position: 0 }]);
    expect(rows.candidateLinks).toEqual([{ itemId: 'linchuan-7:1', key: '石碑夜话', position: 0, matched: '“石碑夜话”' }]);
    expect(rows.officeLinks).toEqual([{ itemId: 'linchuan-7:1', key: '青山县委组织部', position: 0 }]);
  });

  it('keeps unresolved region candidates as codes on the item, not as region links', () => {
    const rows = documentRows(doc([item({ region: null, subRegion: null, regionCandidates: [qingshan, oldDistrict] })]));
    expect(rows.regionLinks).toEqual([]);
    expect(rows.subRegionLinks).toEqual([]);
    expect(rows.items[0]).toMatchObject({ regionCandidateCodes: ['360921', '360902'] });
    expect(rows.regions.map((row) => row.code)).toEqual(['36', '3609', '360921', '360902']);
  });

  it('keeps how the region was found as an item property, null when nothing found it', () => {
    const rows = documentRows(doc([item({}), item({ id: 'linchuan-7:2', ordinal: 2, region: null, regionEvidence: null })]));
    expect(rows.items.map((row) => row.regionEvidence)).toEqual(['office', null]);
  });

  it('flattens outcomes and passages with stable ids, tokens space-joined and vectors as decimal text', () => {
    const rows = documentRows(doc([item({})]));
    expect(rows.outcomes[0]).toEqual({
      itemId: 'linchuan-7:1',
      position: 0,
      practice: '院落议事会',
      props: {
        id: 'linchuan-7:1/outcome/0',
        text: '化解矛盾纠纷300余件',
        value: 300,
        unit: '件',
        normValue: 300,
        normUnit: '件',
        metric: null,
        kind: 'outcome',
        approximate: true,
        practice: '院落议事会',
      },
    });
    expect(rows.passages[0]?.props).toEqual({
      id: 'linchuan-7:1#0',
      itemId: 'linchuan-7:1',
      index: 0,
      text: '青山县在石碑镇推行“院落议事会”。',
      hash: 'h0',
      tokens: '青山 青山县 石碑镇 院落 议事会',
    });
    expect(rows.passages[0]?.embedding.split(',').map(Number).map(Math.fround)).toEqual([Math.fround(0.6), Math.fround(0.8)]);
  });

  it('writes the document node without its items', () => {
    expect(documentRows(doc([])).document).toEqual({
      id: 'linchuan-7',
      source: 'in/临川组工第7期.txt',
      title: '临川组工',
      issue: '第7期',
      date: '2022-05-10',
      publisher: null,
      hash: 'h-1',
    });
  });

  it('gives every row of a batch its own document and item ids, documents in input order', () => {
    const second = { ...doc([item({ id: 'linchuan-8:1' })]), id: 'linchuan-8', hash: 'h-8' };
    const rows = batchRows([doc([item({})]), second]);
    expect(rows.documents.map((document) => document.id)).toEqual(['linchuan-7', 'linchuan-8']);
    expect(rows.items.map((row) => [row.id, row.documentId])).toEqual([
      ['linchuan-7:1', 'linchuan-7'],
      ['linchuan-8:1', 'linchuan-8'],
    ]);
    expect(rows.passages.map((row) => row.itemId)).toEqual(['linchuan-7:1', 'linchuan-8:1']);
    expect(rows.practiceLinks.map((row) => row.itemId)).toEqual(['linchuan-7:1', 'linchuan-8:1']);
  });

  it('merges region rows across a batch as one-by-one writes would: a later full row wins, an ancestor row never displaces one', () => {
    const renamed: RegionRef = { ...qingshan, name: '青山区', abolished: true, successorCode: '360999' };
    const first = doc([item({ region: qingshan, subRegion: shibei })]);
    const second = { ...doc([item({ id: 'linchuan-8:1', region: renamed, subRegion: null })]), id: 'linchuan-8' };
    const third = { ...doc([item({ id: 'linchuan-9:1', region: shibei, subRegion: null })]), id: 'linchuan-9' };
    const regions = batchRows([first, second, third]).regions;
    expect(regions.map((row) => row.code)).toEqual(['36', '3609', '360921', '360921102']);
    expect(regions.find((row) => row.code === '360921')).toMatchObject({ name: '青山区', full: true, abolished: true, successorCode: '360999' });
  });

  it('encodes a vector as decimals that give every float32 back exactly', () => {
    const vector = Float32Array.from([0.1, -0.333333, 1e-8, 0.987654321, -1]);
    const decoded = Float32Array.from(encodeVector(vector).split(',').map(Number));
    expect(decoded).toEqual(vector);
  });
});
