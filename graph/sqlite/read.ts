/**
 * Reads of documents and items. Id lists are bound as one JSON array (json_each), so no query
 * depends on SQLite's bound-parameter limit.
 */
import { outcomeFromColumns, toRegionEvidence, type OutcomeColumns, type RegionRef } from '../model.ts';
import type { DocumentSummary, ItemFilter, ItemReadOptions, ItemView, Page } from '../store.ts';
import type { SqliteContext } from './context.ts';
import { buildItemFilterSql } from './filter.ts';
import { loadRegions } from './regions.ts';

const documentColumns = `d.id, d.source, d.title, d.issue, d.date, d.publisher, d.hash,
  (SELECT count(*) FROM items i WHERE i.document_id = d.id) AS itemCount`;

export function getDocument(context: SqliteContext, id: string): DocumentSummary | null {
  return context.prepare<DocumentSummary>(`SELECT ${documentColumns} FROM documents d WHERE d.id = ?`).get(id) ?? null;
}

export function getDocuments(context: SqliteContext, ids: string[]): DocumentSummary[] {
  const asked = [...new Set(ids)];
  if (asked.length === 0) return [];
  const rows = context
    .prepare<DocumentSummary>(`SELECT ${documentColumns} FROM documents d WHERE d.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(asked));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return asked.flatMap((id) => byId.get(id) ?? []);
}

export function listDocuments(context: SqliteContext, options: { first: number; offset: number }): Page<DocumentSummary> {
  const nodes = context
    .prepare<DocumentSummary>(`SELECT ${documentColumns} FROM documents d ORDER BY d.date IS NULL, d.date DESC, d.source, d.id LIMIT ? OFFSET ?`)
    .all(Math.max(0, options.first), Math.max(0, options.offset));
  const total = context.prepare<{ total: number }>('SELECT count(*) AS total FROM documents').get()?.total ?? 0;
  return { nodes, total };
}

/** Item ids matching the filter: document date (undated last), then document, then ordinal. */
export function findItemIds(context: SqliteContext, filter: ItemFilter, limit = -1): string[] {
  const where = buildItemFilterSql(filter);
  return context
    .prepare<{ id: string }>(
      `SELECT i.id FROM items i JOIN documents d ON d.id = i.document_id WHERE ${where.sql}
       ORDER BY d.date IS NULL, d.date, d.id, i.ordinal LIMIT ?`,
    )
    .all(...where.params, limit)
    .map((row) => row.id);
}

interface ItemRow {
  id: string;
  document_id: string;
  ordinal: number;
  section: string | null;
  title: string;
  text: string;
  date: string | null;
  year: number | null;
  region_mention: string | null;
  region_evidence: string | null;
  report_id: string | null;
  office: string | null;
}

interface OutcomeRow extends OutcomeColumns {
  item_id: string;
}

/** Groups rows by item id, keeping row order (each query orders by position). */
function groupByItem<Row extends { item_id: string }, Value>(rows: Row[], map: (row: Row) => Value): Map<string, Value[]> {
  const groups = new Map<string, Value[]>();
  for (const row of rows) {
    const group = groups.get(row.item_id);
    if (group === undefined) groups.set(row.item_id, [map(row)]);
    else group.push(map(row));
  }
  return groups;
}

/** Every item column but the text. */
const LEAN_ITEM_COLUMNS = "i.id, i.document_id, i.ordinal, i.section, i.title, '' AS text, i.date, i.year, i.region_mention, i.region_evidence, i.report_id";

export function getItems(context: SqliteContext, ids: string[], options: ItemReadOptions = {}): ItemView[] {
  const lean = options.lean === true;
  if (ids.length === 0) return [];
  const idsJson = JSON.stringify([...new Set(ids)]);
  const inIds = 'IN (SELECT value FROM json_each(?))';
  const items = context
    .prepare<ItemRow>(
      `SELECT ${lean ? LEAN_ITEM_COLUMNS : 'i.*'}, o.office_name AS office FROM items i LEFT JOIN item_offices o ON o.item_id = i.id WHERE i.id ${inIds}`,
    )
    .all(idsJson);
  if (items.length === 0) return [];

  const regionLinks = context
    .prepare<{ item_id: string; region_code: string; role: string }>(
      `SELECT item_id, region_code, role FROM item_regions WHERE item_id ${inIds} ORDER BY item_id, role, position`,
    )
    .all(idsJson);
  const regions = loadRegions(context, [...new Set(regionLinks.map((link) => link.region_code))]);
  const regionLinksByItem = groupByItem(regionLinks, (link) => link);
  const practices = groupByItem(
    context
      .prepare<{ item_id: string; name: string; category: string; matched: string }>(
        `SELECT ip.item_id, p.name, p.category, ip.matched FROM item_practices ip JOIN practices p ON p.name = ip.practice_name
         WHERE ip.item_id ${inIds} ORDER BY ip.item_id, ip.position`,
      )
      .all(idsJson),
    ({ name, category, matched }) => ({ name, category, matched }),
  );
  const candidates = groupByItem(
    context
      .prepare<{ item_id: string; name: string; matched: string }>(
        `SELECT item_id, name, matched FROM item_candidates WHERE item_id ${inIds} ORDER BY item_id, position`,
      )
      .all(idsJson),
    ({ name, matched }) => ({ name, matched }),
  );
  const outcomes = groupByItem(
    lean ? [] : context.prepare<OutcomeRow>(`SELECT item_id, text, value, unit, norm_value AS normValue, norm_unit AS normUnit, metric, kind, approximate, practice_name AS practice FROM outcomes WHERE item_id ${inIds} ORDER BY item_id, position`).all(idsJson),
    outcomeFromColumns,
  );
  const policies = groupByItem(
    context
      .prepare<{ item_id: string; policy_title: string }>(
        `SELECT item_id, policy_title FROM item_policies WHERE item_id ${inIds} ORDER BY item_id, position`,
      )
      .all(idsJson),
    (row) => row.policy_title,
  );
  const passages = groupByItem(
    lean
      ? []
      : context
          .prepare<{ item_id: string; idx: number; text: string }>(
            `SELECT item_id, idx, text FROM passages WHERE item_id ${inIds} ORDER BY item_id, idx`,
          )
          .all(idsJson),
    (row) => ({ index: row.idx, text: row.text }),
  );

  const views = new Map<string, ItemView>();
  for (const row of items) {
    const links = regionLinksByItem.get(row.id) ?? [];
    const regionFor = (role: string): RegionRef[] =>
      links.filter((link) => link.role === role).flatMap((link) => regions.get(link.region_code) ?? []);
    views.set(row.id, {
      id: row.id,
      documentId: row.document_id,
      reportId: row.report_id ?? row.id,
      ordinal: row.ordinal,
      section: row.section,
      title: row.title,
      office: row.office,
      text: row.text,
      date: row.date,
      year: row.year,
      region: regionFor('region')[0] ?? null,
      regionCandidates: regionFor('candidate'),
      regionMention: row.region_mention,
      regionEvidence: toRegionEvidence(row.region_evidence),
      subRegion: regionFor('subregion')[0] ?? null,
      practices: practices.get(row.id) ?? [],
      candidatePractices: candidates.get(row.id) ?? [],
      outcomes: outcomes.get(row.id) ?? [],
      policies: policies.get(row.id) ?? [],
      passages: passages.get(row.id) ?? [],
    });
  }
  return ids.flatMap((id) => views.get(id) ?? []);
}


/** Regions in the order asked; unknown codes are left out. */
export function getRegions(context: SqliteContext, codes: string[]): RegionRef[] {
  const regions = loadRegions(context, codes);
  return codes.flatMap((code) => regions.get(code) ?? []);
}
