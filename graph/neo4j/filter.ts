/**
 * ItemFilter → a Cypher boolean expression over the item variable `i`, with its parameters.
 * Pure, tested without a database. Empty lists constrain nothing, like absent fields.
 * Only IN_REGION and IN_SUBREGION place an item: unresolved candidates are never edges.
 */
import type { ItemFilter } from '../store.ts';

export interface CypherCondition {
  cypher: string;
  params: Record<string, string | number | string[]>;
}

export function buildItemFilterCypher(filter: ItemFilter): CypherCondition {
  const clauses: string[] = [];
  const params: CypherCondition['params'] = {};
  if (filter.regionCodes !== undefined && filter.regionCodes.length > 0) {
    clauses.push(
      'EXISTS { MATCH (i)-[:IN_REGION|IN_SUBREGION]->(:Region)-[:PART_OF*0..]->(scope:Region) WHERE scope.code IN $filterRegionCodes }',
    );
    params.filterRegionCodes = filter.regionCodes;
  }
  if (filter.practices !== undefined && filter.practices.length > 0) {
    clauses.push('EXISTS { MATCH (i)-[:DESCRIBES]->(practice:Practice) WHERE practice.name IN $filterPractices }');
    params.filterPractices = filter.practices;
  }
  if (filter.category !== undefined) {
    clauses.push('EXISTS { MATCH (i)-[:DESCRIBES]->(practice:Practice) WHERE practice.category = $filterCategory }');
    params.filterCategory = filter.category;
  }
  if (filter.section !== undefined) {
    clauses.push('i.section = $filterSection');
    params.filterSection = filter.section;
  }
  if (filter.yearFrom !== undefined) {
    clauses.push('i.year >= $filterYearFrom');
    params.filterYearFrom = filter.yearFrom;
  }
  if (filter.yearTo !== undefined) {
    clauses.push('i.year <= $filterYearTo');
    params.filterYearTo = filter.yearTo;
  }
  return { cypher: clauses.length > 0 ? clauses.join(' AND ') : 'true', params };
}

export function isEmptyFilter(filter: ItemFilter): boolean {
  return Object.keys(buildItemFilterCypher(filter).params).length === 0;
}
