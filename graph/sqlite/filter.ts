/**
 * ItemFilter → SQL. Pure: the conditions are tested without a database and then against one.
 * The fragment is a boolean expression over the items table aliased `i`.
 * Empty lists (regionCodes: [], practices: []) constrain nothing, like absent fields.
 */
import type { ItemFilter } from '../store.ts';

export type SqlValue = string | number;

export interface SqlFragment {
  sql: string;
  params: SqlValue[];
}

/** Regions whose PART_OF chain reaches one of the codes in the JSON array bound here (the codes included). */
export const regionSubtreeSql = `
  WITH RECURSIVE subtree(code) AS (
    SELECT code FROM regions WHERE code IN (SELECT value FROM json_each(?))
    UNION
    SELECT r.code FROM regions r JOIN subtree s ON r.parent_code = s.code
  )
  SELECT code FROM subtree`;

export function buildItemFilterSql(filter: ItemFilter): SqlFragment {
  const clauses: string[] = [];
  const params: SqlValue[] = [];
  if (filter.regionCodes !== undefined && filter.regionCodes.length > 0) {
    clauses.push(
      `EXISTS (SELECT 1 FROM item_regions ir WHERE ir.item_id = i.id AND ir.role IN ('region','subregion')` +
        ` AND ir.region_code IN (${regionSubtreeSql}))`,
    );
    params.push(JSON.stringify(filter.regionCodes));
  }
  if (filter.practices !== undefined && filter.practices.length > 0) {
    clauses.push(
      'EXISTS (SELECT 1 FROM item_practices ip WHERE ip.item_id = i.id AND ip.practice_name IN (SELECT value FROM json_each(?)))',
    );
    params.push(JSON.stringify(filter.practices));
  }
  if (filter.category !== undefined) {
    clauses.push(
      'EXISTS (SELECT 1 FROM item_practices ip JOIN practices p ON p.name = ip.practice_name WHERE ip.item_id = i.id AND p.category = ?)',
    );
    params.push(filter.category);
  }
  if (filter.section !== undefined) {
    clauses.push('i.section = ?');
    params.push(filter.section);
  }
  if (filter.yearFrom !== undefined) {
    clauses.push('i.year >= ?');
    params.push(filter.yearFrom);
  }
  if (filter.yearTo !== undefined) {
    clauses.push('i.year <= ?');
    params.push(filter.yearTo);
  }
  return { sql: clauses.length > 0 ? clauses.join(' AND ') : '1', params };
}

export function isEmptyFilter(filter: ItemFilter): boolean {
  return buildItemFilterSql(filter).params.length === 0;
}
