/**
 * Practice-centred reads: who adopted which practice where, the practice list, and the
 * candidate mechanisms not (yet) in the taxonomy.
 */
import type { AdoptionRow, CandidateView, ItemFilter, PracticeView } from '../store.ts';
import type { SqliteContext } from './context.ts';
import { buildItemFilterSql, isEmptyFilter } from './filter.ts';
import { loadRegions } from './regions.ts';

interface AdoptionIndexRow {
  practice: string;
  itemId: string;
  reportId: string;
  date: string | null;
  regionCode: string | null;
}

/**
 * Every (practice, item) pair with the item's date and region, by document date (undated last)
 * and ordinal, grouped by practice; built by one pass over the documents (~0.9 s at 100k items)
 * and kept until the next write. Per practice, the same read costs ~15 ms of index lookups at
 * 100k, which is most of an adoptions answer; from memory it costs nothing.
 */
function adoptionIndex(context: SqliteContext): Map<string, AdoptionIndexRow[]> {
  return context.memo('adoption-index', () => {
    const byPractice = new Map<string, AdoptionIndexRow[]>();
    const rows = context
      .prepare<AdoptionIndexRow>(
        `SELECT ip.practice_name AS practice, i.id AS itemId, coalesce(i.report_id, i.id) AS reportId, i.date AS date,
           (SELECT ir.region_code FROM item_regions ir WHERE ir.item_id = i.id AND ir.role = 'region') AS regionCode
         FROM documents d CROSS JOIN items i ON i.document_id = d.id CROSS JOIN item_practices ip ON ip.item_id = i.id
         ORDER BY d.date IS NULL, d.date, d.id, i.ordinal`,
      )
      .iterate();
    for (const row of rows) {
      let list = byPractice.get(row.practice);
      if (list === undefined) byPractice.set(row.practice, (list = []));
      list.push(row);
    }
    return byPractice;
  });
}

/**
 * Rows in the order the practices were asked, then by document date (undated last) and ordinal.
 * Without a filter they come from the in-memory adoption index. With one, CROSS JOIN fixes the
 * join order (practice → its items → their documents): without statistics, SQLite 3.5x plans a
 * scan of every document instead (~350 ms rather than ~15 ms at 100k items).
 */
export function adoptions(context: SqliteContext, practices: string[], filter: ItemFilter): AdoptionRow[] {
  if (practices.length === 0) return [];
  const asked = [...new Set(practices)];
  const rows = isEmptyFilter(filter) ? asked.flatMap((practice) => adoptionIndex(context).get(practice) ?? []) : filteredAdoptions(context, asked, filter);
  const regions = loadRegions(context, [...new Set(rows.flatMap((row) => (row.regionCode === null ? [] : [row.regionCode])))]);
  return rows.map((row) => ({
    practice: row.practice,
    itemId: row.itemId,
    reportId: row.reportId,
    region: row.regionCode === null ? null : (regions.get(row.regionCode) ?? null),
    date: row.date,
  }));
}

function filteredAdoptions(context: SqliteContext, practices: string[], filter: ItemFilter): AdoptionIndexRow[] {
  const where = buildItemFilterSql(filter);
  return context
    .prepare<AdoptionIndexRow>(
      `SELECT asked.value AS practice, i.id AS itemId, coalesce(i.report_id, i.id) AS reportId, i.date AS date,
         (SELECT ir.region_code FROM item_regions ir WHERE ir.item_id = i.id AND ir.role = 'region') AS regionCode
       FROM json_each(?) asked
       CROSS JOIN item_practices ip ON ip.practice_name = asked.value
       CROSS JOIN items i ON i.id = ip.item_id
       CROSS JOIN documents d ON d.id = i.document_id
       WHERE ${where.sql}
       ORDER BY asked.key, d.date IS NULL, d.date, d.id, i.ordinal`,
    )
    .all(JSON.stringify(practices), ...where.params);
}

/**
 * Every pair of practices described by one item, counted once for the whole store (index-only,
 * ~0.2 s at 100k items) and kept until the next write: a practice page asks for its pairs each time.
 */
export function relatedPractices(context: SqliteContext, name: string): { name: string; count: number }[] {
  const pairs = context.memo('related-practices', () => {
    const byPractice = new Map<string, { name: string; count: number }[]>();
    const rows = context
      .prepare<{ practice: string; name: string; count: number }>(
        `SELECT asked.practice_name AS practice, other.practice_name AS name, count(*) AS count
         FROM item_practices asked CROSS JOIN item_practices other ON other.item_id = asked.item_id AND other.practice_name <> asked.practice_name
         GROUP BY asked.practice_name, other.practice_name
         ORDER BY asked.practice_name, count DESC, name`,
      )
      .iterate();
    for (const { practice, name: other, count } of rows) {
      let list = byPractice.get(practice);
      if (list === undefined) byPractice.set(practice, (list = []));
      list.push({ name: other, count });
    }
    return byPractice;
  });
  return (pairs.get(name) ?? []).map((pair) => ({ ...pair }));
}

/**
 * Reports per practice (from the adoption index, which holds each item's report id) and per
 * candidate, kept until the next write.
 */
export function practiceReportCounts(context: SqliteContext): ReadonlyMap<string, number> {
  return context.memo('practice-report-counts', () => {
    const counts = new Map<string, number>();
    for (const [practice, rows] of adoptionIndex(context)) counts.set(practice, new Set(rows.map((row) => row.reportId)).size);
    const candidates = context
      .prepare<{ name: string; reports: number }>(
        `SELECT ic.name, count(DISTINCT coalesce(i.report_id, i.id)) AS reports
         FROM item_candidates ic JOIN items i ON i.id = ic.item_id GROUP BY ic.name`,
      )
      .all();
    for (const candidate of candidates) if (!counts.has(candidate.name)) counts.set(candidate.name, candidate.reports);
    return counts;
  });
}

export interface PracticeRow {
  name: string;
  category: string;
  aliases: string;
  description: string;
  itemCount: number;
}

/** Columns of a curated practice with its item count, read by every practice query. */
export const PRACTICE_COLUMNS = `p.name, p.category, p.aliases, p.description,
  (SELECT count(*) FROM item_practices ip WHERE ip.practice_name = p.name) AS itemCount`;

export function toPracticeView(row: PracticeRow): PracticeView {
  return {
    name: row.name,
    category: row.category,
    status: 'curated',
    aliases: JSON.parse(row.aliases) as string[],
    description: row.description,
    itemCount: row.itemCount,
  };
}

/**
 * Curated practices, then candidates (which have no category, so a category filter leaves them
 * out); each group by item count (most first), then name.
 */
export function practices(context: SqliteContext, options: { category?: string; status?: 'curated' | 'candidate' }): PracticeView[] {
  const views: PracticeView[] = [];
  if (options.status !== 'candidate') {
    // Counting every practice's items reads the whole item_practices index; asked on every adoptions query.
    const curated = context.memo(`practices:${options.category ?? ''}`, () =>
      context
        .prepare<PracticeRow>(
          `SELECT ${PRACTICE_COLUMNS}
           FROM practices p WHERE (? IS NULL OR p.category = ?)
           ORDER BY itemCount DESC, p.name`,
        )
        .all(options.category ?? null, options.category ?? null)
        .map(toPracticeView),
    );
    // Copies: callers may change what they are given, the memo must not change with it.
    views.push(...curated.map((view) => ({ ...view, aliases: [...view.aliases] })));
  }
  if (options.status !== 'curated' && options.category === undefined) {
    for (const candidate of candidatePractices(context)) {
      views.push({ name: candidate.name, category: '', status: 'candidate', aliases: [], description: '', itemCount: candidate.count });
    }
  }
  return views;
}

/**
 * Quoted mechanisms named by items, absent from the curated practices and not yet decided on
 * (promoted, merged or rejected), most items first, then name.
 */
export function candidatePractices(context: SqliteContext): CandidateView[] {
  const rows = context
    .prepare<{ name: string; itemIds: string }>(
      `SELECT ic.name, json_group_array(ic.item_id ORDER BY d.date IS NULL, d.date, d.id, i.ordinal) AS itemIds
       FROM item_candidates ic JOIN items i ON i.id = ic.item_id JOIN documents d ON d.id = i.document_id
       WHERE ic.name NOT IN (SELECT name FROM practices) AND ic.name NOT IN (SELECT name FROM candidate_decisions)
       GROUP BY ic.name
       ORDER BY count(*) DESC, ic.name`,
    )
    .all();
  return rows.map((row) => {
    const itemIds = JSON.parse(row.itemIds) as string[];
    return { name: row.name, count: itemIds.length, itemIds };
  });
}
