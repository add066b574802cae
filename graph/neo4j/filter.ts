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

/** Each filter field: the condition it adds over `i`, reading its value from the parameter `filter<Field>`. */
const conditions: { [Field in keyof Required<ItemFilter>]: string } = {
  regionCodes: 'EXISTS { MATCH (i)-[:IN_REGION|IN_SUBREGION]->(:Region)-[:PART_OF*0..]->(scope:Region) WHERE scope.code IN $filterRegionCodes }',
  practices: 'EXISTS { MATCH (i)-[:DESCRIBES]->(practice:Practice) WHERE practice.name IN $filterPractices }',
  category: 'EXISTS { MATCH (i)-[:DESCRIBES]->(practice:Practice) WHERE practice.category = $filterCategory }',
  section: 'i.section = $filterSection',
  yearFrom: 'i.year >= $filterYearFrom',
  yearTo: 'i.year <= $filterYearTo',
};

export function buildItemFilterCypher(filter: ItemFilter): CypherCondition {
  const clauses: string[] = [];
  const params: CypherCondition['params'] = {};
  for (const field of Object.keys(conditions) as (keyof ItemFilter)[]) {
    const value = filter[field];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    clauses.push(conditions[field]);
    params[`filter${field[0]!.toUpperCase()}${field.slice(1)}`] = value;
  }
  return { cypher: clauses.length > 0 ? clauses.join(' AND ') : 'true', params };
}

/** The fields an item can be found from, most selective first: its regions' subtrees, its practices. */
const anchors: [field: keyof ItemFilter, match: string][] = [
  ['regionCodes', `MATCH (anchorScope:Region) WHERE anchorScope.code IN $filterRegionCodes
MATCH (anchorScope)<-[:PART_OF*0..]-(:Region)<-[:IN_REGION|IN_SUBREGION]-(i:Item)`],
  ['practices', 'MATCH (anchorPractice:Practice)<-[:DESCRIBES]-(i:Item) WHERE anchorPractice.name IN $filterPractices'],
  ['category', 'MATCH (anchorPractice:Practice)<-[:DESCRIBES]-(i:Item) WHERE anchorPractice.category = $filterCategory'],
];

/**
 * Binds `i` to each item the filter allows, once: found from its most selective side rather than
 * by testing every item (a county's first item: 8M db hits → a few thousand), the other fields
 * tested on what that side finds.
 */
export function matchFilteredItems(filter: ItemFilter): CypherQuery {
  const anchor = anchors.find(([field]) => buildItemFilterCypher({ [field]: filter[field] }).cypher !== 'true');
  if (anchor === undefined) {
    const condition = buildItemFilterCypher(filter);
    return { cypher: `MATCH (i:Item)\nWHERE ${condition.cypher}`, params: condition.params };
  }
  const rest = buildItemFilterCypher({ ...filter, [anchor[0]]: undefined });
  return { cypher: `${anchor[1]}\nWITH DISTINCT i\nWHERE ${rest.cypher}`, params: buildItemFilterCypher(filter).params };
}

export function isEmptyFilter(filter: ItemFilter): boolean {
  return Object.keys(buildItemFilterCypher(filter).params).length === 0;
}

/** Builds a statement around the filter's condition over `i`; `extra` joins the filter's parameters. */
export function withItemFilter(filter: ItemFilter, build: (condition: string) => string, extra: Record<string, unknown> = {}): CypherQuery {
  const condition = buildItemFilterCypher(filter);
  return { cypher: build(condition.cypher), params: { ...condition.params, ...extra } };
}
