/**
 * Reads of documents and items. Id lists are bound as one JSON array (json_each), so no query
 * depends on SQLite's bound-parameter limit.
 */
import { outcomeFromColumns, toRegionEvidence, type OutcomeColumns, type RegionRef } from '../model.ts';
import type { DocumentSummary, ItemFacts, ItemFilter, ItemReadOptions, ItemView, Page } from '../store.ts';
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

/**
 * Each practice's category, kept until the next write: a few hundred rows, where joining them to
 * every item's practices cost a lookup per row of a 200-item read.
 */
function practiceCategories(context: SqliteContext): Map<string, string> {
  return context.memo('practice-categories', () =>
    new Map(context.prepare<{ name: string; category: string }>('SELECT name, category FROM practices').all().map((row) => [row.name, row.category])),
  );
}

/** Every item column but the text. */
const LEAN_ITEM_COLUMNS = "i.id, i.document_id, i.ordinal, i.section, i.title, '' AS text, i.date, i.year, i.region_mention, i.region_evidence, i.report_id";

export function getItems(context: SqliteContext, ids: string[], options: ItemReadOptions = {}): ItemView[] {
  const lean = options.lean === true;
  const noText = lean || options.withoutText === true;
  if (ids.length === 0) return [];
  const idsJson = JSON.stringify([...new Set(ids)]);
  const inIds = 'IN (SELECT value FROM json_each(?))';
  const items = context
    .prepare<ItemRow>(
      `SELECT ${noText ? LEAN_ITEM_COLUMNS : 'i.*'}, o.office_name AS office FROM items i LEFT JOIN item_offices o ON o.item_id = i.id WHERE i.id ${inIds}`,
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
  const categories = practiceCategories(context);
  const practices = groupByItem(
    context
      .prepare<{ item_id: string; name: string; matched: string }>(
        `SELECT item_id, practice_name AS name, matched FROM item_practices WHERE item_id ${inIds} ORDER BY item_id, position`,
      )
      .all(idsJson)
      .filter((row) => categories.has(row.name)),
    ({ name, matched }) => ({ name, category: categories.get(name)!, matched }),
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
    noText
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
      ...(noText ? { textOmitted: true as const } : {}),
    });
  }
  return ids.flatMap((id) => views.get(id) ?? []);
}

/**
 * Item facts held in memory until the next write: `complete` once every item was read (warm), so
 * an id missing then is unknown; otherwise the ids a call lacks are read and added. Strings that
 * repeat (sections, practice names) are shared, so 100k items hold some 20 MB.
 */
interface FactsCache {
  byId: Map<string, ItemFacts>;
  complete: boolean;
  sections: Map<string, string>;
  practices: Map<string, { readonly name: string }>;
}

function factsCache(context: SqliteContext): FactsCache {
  return context.memo<FactsCache>('item-facts', () => ({ byId: new Map(), complete: false, sections: new Map(), practices: new Map() }));
}

/** ItemFacts by id, in the order asked (unknown ids left out): the same fields as the lean items. */
export function itemFacts(context: SqliteContext, ids: string[]): ItemFacts[] {
  const cache = factsCache(context);
  if (!cache.complete) {
    const missing = [...new Set(ids)].filter((id) => !cache.byId.has(id));
    if (missing.length > 0) readFacts(context, cache, JSON.stringify(missing));
  }
  return ids.flatMap((id) => cache.byId.get(id) ?? []);
}

/** Every item's facts into memory in one pass (at `atlas serve` start, with the other warm caches). */
export function cacheAllItemFacts(context: SqliteContext): void {
  const cache = factsCache(context);
  if (cache.complete) return;
  readFacts(context, cache, null);
  cache.complete = true;
}

/** Reads the facts of the items in the JSON id list, or of all items when it is null, into the cache. */
function readFacts(context: SqliteContext, cache: FactsCache, idsJson: string | null): void {
  const where = idsJson === null ? '1' : 'item_id IN (SELECT value FROM json_each(?))';
  const params = idsJson === null ? [] : [idsJson];
  const links = groupByItem(
    context
      .prepare<{ item_id: string; region_code: string; role: string }>(
        `SELECT item_id, region_code, role FROM item_regions WHERE ${where} AND role IN ('region','subregion') ORDER BY item_id, role, position`,
      )
      .all(...params),
    (link) => link,
  );
  const regions = loadRegions(context, [...new Set([...links.values()].flat().map((link) => link.region_code))]);
  const categories = practiceCategories(context);
  const practices = groupByItem(
    context
      .prepare<{ item_id: string; name: string }>(`SELECT item_id, practice_name AS name FROM item_practices WHERE ${where} ORDER BY item_id, position`)
      .all(...params)
      .filter((row) => categories.has(row.name)),
    ({ name }) => {
      let shared = cache.practices.get(name);
      if (shared === undefined) cache.practices.set(name, (shared = Object.freeze({ name })));
      return shared;
    },
  );
  const items = context
    .prepare<{ id: string; report_id: string | null; year: number | null; section: string | null }>(
      `SELECT id, report_id, year, section FROM items WHERE ${idsJson === null ? '1' : 'id IN (SELECT value FROM json_each(?))'}`,
    )
    .iterate(...params);
  for (const row of items) {
    const itemLinks = links.get(row.id) ?? [];
    // As a lean item reads them: the first link of the role whose region is known.
    const first = (role: string): RegionRef | null => {
      for (const link of itemLinks) {
        const found = link.role === role ? regions.get(link.region_code) : undefined;
        if (found !== undefined) return found;
      }
      return null;
    };
    let section = row.section;
    if (section !== null) {
      const shared = cache.sections.get(section);
      if (shared === undefined) cache.sections.set(section, section);
      else section = shared;
    }
    cache.byId.set(row.id, {
      id: row.id,
      reportId: row.report_id === null || row.report_id === row.id ? row.id : row.report_id,
      year: row.year,
      section,
      region: first('region'),
      subRegion: first('subregion'),
      practices: practices.get(row.id) ?? [],
    });
  }
}

/** Regions in the order asked; unknown codes are left out. */
export function getRegions(context: SqliteContext, codes: string[]): RegionRef[] {
  const regions = loadRegions(context, codes);
  return codes.flatMap((code) => regions.get(code) ?? []);
}
