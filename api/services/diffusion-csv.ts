/**
 * Diffusion data for researchers as CSV (issue 13.4; columns documented in docs/diffusion-data.md):
 * the adoption events, and a region × year panel for event-history models. Pure: the events, the
 * reports and the gazetteer go in, text comes out. Column names are ASCII so R, Stata and pandas
 * read them as they are; cells are UTF-8 (the file starts with a BOM for Excel).
 */
import type { RegionRef } from '../../graph/model.ts';
import type { DocumentSummary, ItemView } from '../../graph/store.ts';
import { placeAt } from './diffusion-levels.ts';
import { mergeCopies } from './diffusion.ts';
import type { AdoptionEvent, DiffusionLevel, DiffusionReport, DiffusionResult } from './diffusion-types.ts';

type Cell = string | number | null;

export const EVENT_COLUMNS = [
  'practice', 'region_code', 'region_name', 'level', 'province_code', 'province', 'city_code', 'city',
  'first_date', 'first_year', 'reports', 'undated_reports', 'neighbour_scope', 'neighbours_adopted_before', 'neighbours', 'neighbour_share',
  'first_item_id', 'first_item_title', 'first_bulletin_id', 'first_bulletin', 'first_bulletin_date',
] as const;

export const PANEL_COLUMNS = [
  'practice', 'region_code', 'region_name', 'level', 'province_code', 'city_code', 'year', 'adopted', 'first_year', 'reports',
] as const;

function cell(value: Cell): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsvText(header: readonly string[], rows: Cell[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

const cityCode = (region: RegionRef): string | null => region.pathCodes.find((code) => code.length === 4 && code !== region.code) ?? null;
const cityName = (region: RegionRef): string | null => {
  const index = region.pathCodes.findIndex((code) => code.length === 4 && code !== region.code);
  return index < 0 ? null : (region.path[index] ?? null);
};

/** What the events table needs about each event's first report: its item and bulletin. */
export interface FirstReports {
  items: ReadonlyMap<string, ItemView>;
  documents: ReadonlyMap<string, DocumentSummary>;
}

function eventRow(practice: string, event: AdoptionEvent, first: FirstReports): Cell[] {
  const item = first.items.get(event.firstItemId);
  const document = item === undefined ? undefined : first.documents.get(item.documentId);
  const region = event.region;
  const bulletin = document === undefined ? null : [document.title ?? document.source, document.issue].filter((part) => part !== null && part !== '').join(' ');
  return [
    practice, region.code, region.name, region.level, region.pathCodes[0] ?? null, region.path[0] ?? null, cityCode(region), cityName(region),
    event.firstDate, event.firstYear, event.reports, event.undatedReports,
    event.neighbours?.scope ?? null, event.neighbours?.adoptedBefore ?? null, event.neighbours?.neighbours ?? null,
    event.neighbours?.share === null || event.neighbours?.share === undefined ? null : Number(event.neighbours.share.toFixed(4)),
    event.firstItemId, item?.title ?? null, document?.id ?? null, bulletin, document?.date ?? null,
  ];
}

/** One row per adopting place, dated ones in order of first report, then the undated. */
export function eventRows(practice: string, result: DiffusionResult, first: FirstReports): Cell[][] {
  return [...result.events, ...result.undatedEvents].map((event) => eventRow(practice, event, first));
}

const yearOfReport = (report: DiffusionReport): number | null => (report.date === null ? report.year : Number(report.date.slice(0, 4)));

/**
 * Who is in the panel (the risk set): every adopting place, and every current place at the level in
 * the gazetteer within the provinces where the practice was reported (never adopters included, so
 * hazards can be estimated). Years: from the first report to the last report of the practice.
 * An adopter known only from undated reports has `adopted` and `first_year` empty (unknown).
 */
export function panelRows(practice: string, result: DiffusionResult, reports: DiffusionReport[], places: readonly RegionRef[], level: DiffusionLevel): Cell[][] {
  const years = mergeCopies(reports).flatMap((report) => {
    const year = yearOfReport(report);
    return year === null ? [] : [year];
  });
  if (years.length === 0) return [];
  const from = Math.min(...years);
  const to = Math.max(...years);
  const reportsByPlaceYear = new Map<string, number>();
  for (const report of mergeCopies(reports)) {
    const place = report.region === null ? null : placeAt(report.region, level);
    const year = yearOfReport(report);
    if (place === null || year === null) continue;
    const key = `${place.code}|${year}`;
    reportsByPlaceYear.set(key, (reportsByPlaceYear.get(key) ?? 0) + 1);
  }
  const adopters = [...result.events, ...result.undatedEvents];
  const firstYear = new Map(adopters.map((event) => [event.region.code, event.firstYear]));
  const provinces = new Set(adopters.map((event) => event.region.pathCodes[0]));
  const regions = new Map(adopters.map((event) => [event.region.code, event.region]));
  for (const region of places) {
    if (region.abolished === true || !provinces.has(region.pathCodes[0])) continue;
    const place = placeAt(region, level);
    if (place !== null && place.code === region.code && !regions.has(place.code)) regions.set(place.code, place);
  }
  const rows: Cell[][] = [];
  for (const region of [...regions.values()].sort((a, b) => a.code.localeCompare(b.code))) {
    const first = firstYear.get(region.code);
    for (let year = from; year <= to; year += 1) {
      const adopted = first === null ? null : first !== undefined && year >= first ? 1 : 0;
      rows.push([practice, region.code, region.name, region.level, region.pathCodes[0] ?? null, cityCode(region), year, adopted, first ?? null, reportsByPlaceYear.get(`${region.code}|${year}`) ?? 0]);
    }
  }
  return rows;
}
