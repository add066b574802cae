import { describe, expect, it } from 'vitest';
import { buildItemFilterCypher, isEmptyFilter, matchFilteredItems } from '../../../../graph/neo4j/filter.ts';

describe('ItemFilter → Cypher', () => {
  it('constrains nothing for an empty filter or empty lists', () => {
    expect(buildItemFilterCypher({})).toEqual({ cypher: 'true', params: {} });
    expect(buildItemFilterCypher({ regionCodes: [], practices: [] })).toEqual({ cypher: 'true', params: {} });
    expect(isEmptyFilter({ regionCodes: [] })).toBe(true);
    expect(isEmptyFilter({ section: '市外参考' })).toBe(false);
  });

  it('places items by region or sub-region through the PART_OF subtree, never by candidates', () => {
    const { cypher, params } = buildItemFilterCypher({ regionCodes: ['3408', '230722'] });
    expect(cypher).toBe(
      'EXISTS { MATCH (i)-[:IN_REGION|IN_SUBREGION]->(:Region)-[:PART_OF*0..]->(scope:Region) WHERE scope.code IN $filterRegionCodes }',
    );
    expect(params).toEqual({ filterRegionCodes: ['3408', '230722'] });
  });

  it('joins every condition with AND and passes values only as parameters', () => {
    const { cypher, params } = buildItemFilterCypher({
      practices: ['单元长制'],
      category: '基层治理',
      section: '市内信息',
      yearFrom: 2019,
      yearTo: 2021,
    });
    expect(cypher.split(' AND ')).toEqual([
      'EXISTS { MATCH (i)-[:DESCRIBES]->(practice:Practice) WHERE practice.name IN $filterPractices }',
      'EXISTS { MATCH (i)-[:DESCRIBES]->(practice:Practice) WHERE practice.category = $filterCategory }',
      'i.section = $filterSection',
      'i.year >= $filterYearFrom',
      'i.year <= $filterYearTo',
    ]);
    expect(params).toEqual({
      filterPractices: ['单元长制'],
      filterCategory: '基层治理',
      filterSection: '市内信息',
      filterYearFrom: 2019,
      filterYearTo: 2021,
    });
  });

  it('keeps quotes and braces in values out of the query text', () => {
    const { cypher } = buildItemFilterCypher({ section: "市内'信息} RETURN 1 //" });
    expect(cypher).toBe('i.section = $filterSection');
  });

  it('finds the items of a filter from its regions, else its practices, and tests only the other fields on them', () => {
    const placed = matchFilteredItems({ regionCodes: ['3408'], practices: ['单元长制'], yearFrom: 2019 });
    expect(placed.cypher).toContain('MATCH (anchorScope)<-[:PART_OF*0..]-(:Region)<-[:IN_REGION|IN_SUBREGION]-(i:Item)');
    expect(placed.cypher).not.toContain('scope.code IN $filterRegionCodes }');
    expect(placed.cypher.split('\nWHERE ').at(-1)).toBe(
      'EXISTS { MATCH (i)-[:DESCRIBES]->(practice:Practice) WHERE practice.name IN $filterPractices } AND i.year >= $filterYearFrom',
    );
    expect(placed.params).toEqual({ filterRegionCodes: ['3408'], filterPractices: ['单元长制'], filterYearFrom: 2019 });
    expect(matchFilteredItems({ practices: ['单元长制'] }).cypher).toBe(
      'MATCH (anchorPractice:Practice)<-[:DESCRIBES]-(i:Item) WHERE anchorPractice.name IN $filterPractices\nWITH DISTINCT i\nWHERE true',
    );
    expect(matchFilteredItems({ section: '市外参考' })).toEqual({ cypher: 'MATCH (i:Item)\nWHERE i.section = $filterSection', params: { filterSection: '市外参考' } });
  });
});
