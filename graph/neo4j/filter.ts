/**
 * ItemFilter → a Cypher boolean expression over the item variable `i`, with its parameters, and
 * the helper the read, search and adoption builders splice it in with. Pure, tested without a
 * database. Empty lists constrain nothing, like absent fields.
 * Only IN_REGION and IN_SUBREGION place an item: unresolved candidates are never edges.
 */
import type { ItemFilter } from '../store.ts';

export interface CypherCondition {
  cypher: string;
  params: Record<string, string | number | string[]>;
}

/** A statement with its parameters, as the query builders of the *-cypher.ts modules give them. */
export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
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

/** Builds a statement around the filter's condition over `i`; `extra` joins the filter's parameters. */
export function withItemFilter(filter: ItemFilter, build: (condition: string) => string, extra: Record<string, unknown> = {}): CypherQuery {
  const condition = buildItemFilterCypher(filter);
  return { cypher: build(condition.cypher), params: { ...condition.params, ...extra } };
}
