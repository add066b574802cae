/**
 * Region rows: writing a RegionRef writes its whole PART_OF chain from `pathCodes`/`path`;
 * reading one rebuilds `path`/`pathCodes` by walking parent codes back up.
 */
import type { RegionLevel, RegionRef } from '../model.ts';
import type { SqliteContext } from './context.ts';

interface RegionRow {
  code: string;
  name: string;
  level: RegionLevel;
  abolished: number;
  successor_code: string | null;
  parent_code: string | null;
}

const levelByCodeLength: Record<number, RegionLevel> = { 2: 'province', 4: 'city', 6: 'county', 9: 'township', 12: 'community' };
const levelByDepth: RegionLevel[] = ['province', 'city', 'county', 'township', 'community'];

/** Level of an ancestor known only from a path: by gazetteer code length, else by depth. */
export function inferLevel(code: string, depth: number): RegionLevel {
  return levelByCodeLength[code.length] ?? levelByDepth[Math.min(depth, levelByDepth.length - 1)] ?? 'community';
}

/**
 * Remembers, per region code, the RegionRef last written in this transaction: writing the same
 * ref again changes nothing, so a batch where hundreds of items name one county writes it once.
 */
export type WrittenRegions = Map<string, string>;

/** Writes the region and every ancestor on its path; ancestors never overwrite a fuller row. */
export function writeRegion(context: SqliteContext, region: RegionRef, written?: WrittenRegions): void {
  const key = written === undefined ? '' : JSON.stringify(region);
  if (written?.get(region.code) === key) return;
  const insertAncestor = context.prepare(
    'INSERT INTO regions(code, name, level, parent_code) VALUES (?, ?, ?, ?) ON CONFLICT(code) DO NOTHING',
  );
  const upsertRegion = context.prepare(
    `INSERT INTO regions(code, name, level, abolished, successor_code, parent_code) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(code) DO UPDATE SET name = excluded.name, level = excluded.level, abolished = excluded.abolished,
       successor_code = excluded.successor_code, parent_code = excluded.parent_code`,
  );
  // The path ends with the region itself when consistent; tolerate a path that omits it.
  const ancestors = region.pathCodes.at(-1) === region.code ? region.pathCodes.slice(0, -1) : region.pathCodes;
  let parent: string | null = null;
  ancestors.forEach((code, depth) => {
    insertAncestor.run(code, region.path[depth] ?? code, inferLevel(code, depth), parent);
    parent = code;
  });
  upsertRegion.run(region.code, region.name, region.level, region.abolished === true ? 1 : 0, region.successorCode ?? null, parent);
  written?.set(region.code, key);
}

/** RegionRefs for the codes found (unknown codes are absent from the map). */
export function loadRegions(context: SqliteContext, codes: string[]): Map<string, RegionRef> {
  const result = new Map<string, RegionRef>();
  if (codes.length === 0) return result;
  // Regions are read for every item shown; they change only when documents are written.
  const cache = context.regionCache();
  const missing: string[] = [];
  for (const code of codes) {
    const cached = cache.get(code);
    if (cached !== undefined) result.set(code, cached);
    else missing.push(code);
  }
  if (missing.length === 0) return result;
  for (const [code, region] of readRegions(context, missing)) {
    cache.set(code, region);
    result.set(code, region);
  }
  return result;
}

/**
 * Every stored region into the cache, in one statement (a few thousand rows, a few milliseconds):
 * a search reads the regions of some 200 items, which otherwise find codes missing from the cache
 * for many questions and walk their PART_OF chains one statement per read (~8 ms of a cold
 * 200-item read at 10k items). Called when the store is warmed; a write empties the cache as usual.
 */
export function cacheAllRegions(context: SqliteContext): void {
  const cache = context.regionCache();
  const rows = context.prepare<RegionRow>('SELECT code, name, level, abolished, successor_code, parent_code FROM regions').all();
  const byCode = new Map(rows.map((row) => [row.code, row]));
  for (const row of rows) cache.set(row.code, toRegionRef(row, byCode));
}

function readRegions(context: SqliteContext, codes: string[]): Map<string, RegionRef> {
  const result = new Map<string, RegionRef>();
  const rows = context
    .prepare<RegionRow>(
      `WITH RECURSIVE chain(code) AS (
         SELECT value FROM json_each(?)
         UNION
         SELECT r.parent_code FROM regions r JOIN chain c ON r.code = c.code WHERE r.parent_code IS NOT NULL
       )
       SELECT r.code, r.name, r.level, r.abolished, r.successor_code, r.parent_code FROM regions r JOIN chain c ON r.code = c.code`,
    )
    .all(JSON.stringify(codes));
  const byCode = new Map(rows.map((row) => [row.code, row]));
  for (const code of codes) {
    const row = byCode.get(code);
    if (row !== undefined && !result.has(code)) result.set(code, toRegionRef(row, byCode));
  }
  return result;
}

function toRegionRef(row: RegionRow, byCode: Map<string, RegionRow>): RegionRef {
  const chain: RegionRow[] = [];
  const seen = new Set<string>();
  for (let current: RegionRow | undefined = row; current !== undefined && !seen.has(current.code); ) {
    seen.add(current.code);
    chain.unshift(current);
    current = current.parent_code === null ? undefined : byCode.get(current.parent_code);
  }
  const ref: RegionRef = {
    code: row.code,
    name: row.name,
    level: row.level,
    path: chain.map((link) => link.name),
    pathCodes: chain.map((link) => link.code),
  };
  if (row.abolished === 1) ref.abolished = true;
  if (row.successor_code !== null) ref.successorCode = row.successor_code;
  return ref;
}
