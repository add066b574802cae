/**
 * Counts and integrity checks.
 *
 * stats(): `regions` counts the distinct regions items are placed in (as region or sub-region;
 * unresolved candidates and PART_OF ancestors are not counted); `practices` counts the curated
 * practices in the store whether or not an item describes them; `candidatePractices` counts the
 * distinct candidate names not in the taxonomy.
 */
import type { IntegrityReport, StoreStats } from '../store.ts';
import type { SqliteContext } from './context.ts';

export function stats(context: SqliteContext): StoreStats {
  const row = context
    .prepare<StoreStats>(
      `SELECT
         (SELECT count(*) FROM documents) AS documents,
         (SELECT count(*) FROM items) AS items,
         (SELECT count(DISTINCT region_code) FROM item_regions WHERE role IN ('region','subregion')) AS regions,
         (SELECT count(*) FROM practices) AS practices,
         (SELECT count(DISTINCT name) FROM item_candidates WHERE name NOT IN (SELECT name FROM practices) AND name NOT IN (SELECT name FROM candidate_decisions)) AS candidatePractices,
         (SELECT count(*) FROM outcomes) AS outcomes,
         (SELECT count(*) FROM passages) AS passages`,
    )
    .get();
  if (row === undefined) throw new Error('stats query returned no row');
  return row;
}

/** Each check counts offending rows; a non-zero count becomes one problem line. */
const danglingChecks: { problem: string; sql: string }[] = [
  { problem: 'items without their document', sql: 'SELECT count(*) FROM items WHERE document_id NOT IN (SELECT id FROM documents)' },
  { problem: 'passages without their item', sql: 'SELECT count(*) FROM passages WHERE item_id NOT IN (SELECT id FROM items)' },
  { problem: 'outcomes without their item', sql: 'SELECT count(*) FROM outcomes WHERE item_id NOT IN (SELECT id FROM items)' },
  { problem: 'region edges to missing items or regions', sql: 'SELECT count(*) FROM item_regions WHERE item_id NOT IN (SELECT id FROM items) OR region_code NOT IN (SELECT code FROM regions)' },
  { problem: 'PART_OF edges to missing regions', sql: 'SELECT count(*) FROM regions WHERE parent_code IS NOT NULL AND parent_code NOT IN (SELECT code FROM regions)' },
  { problem: 'practice edges to missing items or practices', sql: 'SELECT count(*) FROM item_practices WHERE item_id NOT IN (SELECT id FROM items) OR practice_name NOT IN (SELECT name FROM practices)' },
  { problem: 'practices in missing categories', sql: 'SELECT count(*) FROM practices WHERE category NOT IN (SELECT name FROM categories)' },
  { problem: 'candidate edges to missing items', sql: 'SELECT count(*) FROM item_candidates WHERE item_id NOT IN (SELECT id FROM items)' },
  { problem: 'policy edges to missing items or policies', sql: 'SELECT count(*) FROM item_policies WHERE item_id NOT IN (SELECT id FROM items) OR policy_title NOT IN (SELECT title FROM policies)' },
  { problem: 'office edges to missing items or offices', sql: 'SELECT count(*) FROM item_offices WHERE item_id NOT IN (SELECT id FROM items) OR office_name NOT IN (SELECT name FROM offices)' },
  {
    problem: 'items whose report is not a stored item leading its own report',
    sql: 'SELECT count(*) FROM items i LEFT JOIN items r ON r.id = i.report_id WHERE i.report_id IS NOT NULL AND (r.id IS NULL OR r.report_id IS NOT r.id)',
  },
];

export function check(context: SqliteContext): IntegrityReport {
  const problems: string[] = [];
  const pageCheck = context.prepare<{ integrity_check: string }>('PRAGMA integrity_check').all();
  for (const row of pageCheck) if (row.integrity_check !== 'ok') problems.push(`database file: ${row.integrity_check}`);

  for (const { problem, sql } of danglingChecks) {
    const count = Number(context.prepare(sql).pluck().get());
    if (count > 0) problems.push(`${count} ${problem}`);
  }

  problems.push(...checkFullTextIndex(context), ...checkVectorLengths(context));
  return { ok: problems.length === 0, problems };
}

/** FTS5's own check compares the index with the passages table it is built from. */
function checkFullTextIndex(context: SqliteContext): string[] {
  try {
    context.prepare("INSERT INTO passage_fts(passage_fts, rank) VALUES ('integrity-check', 1)").run();
    return [];
  } catch (error) {
    return [`full-text index out of sync with passages: ${error instanceof Error ? error.message : String(error)}`];
  }
}

/** Every vector must have the dimension most passages have (a model change mid-store shows here). */
function checkVectorLengths(context: SqliteContext): string[] {
  const lengths = context
    .prepare<{ bytes: number; count: number }>('SELECT length(embedding) AS bytes, count(*) AS count FROM passages GROUP BY bytes ORDER BY count DESC, bytes DESC')
    .all();
  const problems: string[] = [];
  const expected = lengths[0];
  if (expected === undefined) return problems;
  if (expected.bytes === 0 || expected.bytes % 4 !== 0) problems.push(`${expected.count} passages with an unusable vector (${expected.bytes} bytes)`);
  for (const other of lengths.slice(1)) {
    problems.push(`${other.count} passages with vectors of ${other.bytes / 4} dimensions instead of ${expected.bytes / 4}`);
  }
  return problems;
}
