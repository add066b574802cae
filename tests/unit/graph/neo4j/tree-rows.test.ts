import { describe, expect, it } from 'vitest';
import type { DocumentRecord, ItemRecord } from '../../../../graph/model.ts';
import { batchTrees, sharedNodeRows } from '../../../../graph/neo4j/tree-rows.ts';

const county = { code: '360921', name: '青山县', level: 'county' as const, path: ['江右省', '临川市', '青山县'], pathCodes: ['36', '3609', '360921'] };
const body = '青山县在石碑镇推行“院落议事会”，每月召开一次，群众有事上会商量，全年化解矛盾纠纷300余件，调解成功率达到百分之九十五以上。';

function item(id: string, overrides: Partial<ItemRecord> = {}): ItemRecord {
  return {
    id, ordinal: Number(id.split(':')[1]), section: null, title: '院落议事会', office: '青山县委组织部', text: body, date: '2022-05-10', year: 2022,
    region: county, regionCandidates: [], regionMention: '青山县', regionEvidence: 'office', subRegion: null,
    practices: [{ name: '院落议事会', category: '基层治理', matched: '院落议事会' }],
    candidatePractices: [],
    outcomes: [{ text: '化解矛盾纠纷300余件', value: 300, unit: '件', normalized: { value: 300, unit: '件' }, metric: null, kind: 'outcome', approximate: true, practice: '院落议事会' }],
    policies: ['关于推进院落治理的意见'],
    passages: [{ index: 0, text: body, hash: 'h0', tokens: ['青山县', '院落'], embedding: new Float32Array([0.6, 0.8]) }],
    ...overrides,
  };
}

function doc(id: string, items: ItemRecord[]): DocumentRecord {
  return { id, source: `${id}.txt`, title: '临川组工', issue: null, date: '2022-05-10', publisher: null, hash: `h-${id}`, items };
}

describe('DocumentRecord → document trees', () => {
  it('nests each item with its links, outcomes and passages under its document', () => {
    const trees = batchTrees([doc('a', [item('a:1'), item('a:2', { office: null, policies: [] })]), doc('b', [item('b:1')])]);
    expect(trees.documents.map((tree) => [tree.props.id, tree.items.map((entry) => entry.props.id)])).toEqual([['a', ['a:1', 'a:2']], ['b', ['b:1']]]);
    const [first, second] = trees.documents[0]!.items;
    expect(first!.regions).toEqual(['360921']);
    expect(first!.offices).toEqual(['青山县委组织部']);
    expect(second!.offices).toEqual([]);
    expect(first!.outcomes[0]).toMatchObject({ position: 0, practice: '院落议事会' });
    expect(first!.passages[0]!.embedding).toBe('0.600000024,0.800000012');
    expect(first!.props).not.toHaveProperty('documentId');
  });

  it('writes copies as their own report, or leaves report and sketch to a later step when deferred', () => {
    const now = batchTrees([doc('a', [item('a:1')])]).documents[0]!.items[0]!.props;
    expect(now).toMatchObject({ reportId: 'a:1', placeKey: '360921' });
    const later = batchTrees([doc('a', [item('a:1')])], { deferReprints: true });
    expect(later.documents[0]!.items[0]!.props).not.toHaveProperty('reportId');
    expect(later.documents[0]!.items[0]!.props).not.toHaveProperty('reprintSketch');
    expect(later.copies.map((copy) => copy.itemId)).toEqual(['a:1']);
  });

  it('names each shared node once, sorted, a practice with the first category met', () => {
    const trees = batchTrees([
      doc('a', [item('a:1', { office: '乙办', policies: ['《乙》', '《甲》'] }), item('a:2', { office: '甲办', practices: [{ name: '院落议事会', category: '别类', matched: '议事会' }] })]),
    ]);
    expect(sharedNodeRows(trees.documents)).toEqual({
      practices: [{ name: '院落议事会', category: '基层治理' }],
      candidates: [],
      policies: ['《乙》', '《甲》', '关于推进院落治理的意见'].sort(),
      offices: ['乙办', '甲办'].sort(),
    });
  });
});
