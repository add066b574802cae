/**
 * How a practice spread (issue 13.2), computed from its reports alone — no store here, so the
 * answer can be checked by hand on a small corpus. A report reprinted in several bulletins counts
 * once (its copies share a reportId); its date is the earliest copy's. Every report is accounted
 * for: undated, unplaced and coarser-than-asked reports are counted, never dropped.
 *
 * "First reported" is when a bulletin first carried a place's report, not when the place began
 * the practice (首次见于简报的时间，不等于开始实行的时间).
 */
import type { RegionRef } from '../../graph/model.ts';
import { groupKeys, neighbourGroup, placeAt } from './diffusion-levels.ts';
import type {
  AdoptionEvent, DiffusionLevel, DiffusionReport, DiffusionResult, DiffusionStep, ProvinceDiffusion,
} from './diffusion-types.ts';

export interface DiffusionOptions {
  practices: string[];
  level: DiffusionLevel;
  /** Places per neighbour group (diffusion-levels.ts neighbourCounts); empty when unknown. */
  neighbourCounts: ReadonlyMap<string, number>;
}

const yearOf = (report: Pick<DiffusionReport, 'date' | 'year'>): number | null => (report.date === null ? report.year : Number(report.date.slice(0, 4)));

/** One report per reportId: the earliest copy's date, year and item; the first copy's region. */
export function mergeCopies(reports: DiffusionReport[]): DiffusionReport[] {
  const merged = new Map<string, DiffusionReport>();
  for (const copy of reports) {
    const kept = merged.get(copy.reportId);
    if (kept === undefined) merged.set(copy.reportId, copy);
    else if (isEarlier(copy, kept)) merged.set(copy.reportId, { ...copy, region: kept.region ?? copy.region });
  }
  return [...merged.values()];
}

/** Earlier by year; within a year a full date beats a year alone, then the earlier date. */
function isEarlier(a: DiffusionReport, b: DiffusionReport): boolean {
  const yearA = yearOf(a);
  const yearB = yearOf(b);
  if (yearA === null) return false;
  if (yearB === null || yearA < yearB) return true;
  return yearA === yearB && a.date !== null && (b.date === null || a.date < b.date);
}

interface EventDraft extends AdoptionEvent {
  /** The report that gave firstYear / firstDate. */
  earliest: DiffusionReport;
}

function draftEvents(reports: DiffusionReport[], level: DiffusionLevel): { drafts: Map<string, EventDraft>; coarser: number } {
  const drafts = new Map<string, EventDraft>();
  // Many reports share a region: each region is rolled up once.
  const places = new Map<string, RegionRef | null>();
  let coarser = 0;
  for (const report of reports) {
    if (report.region === null) continue;
    let place = places.get(report.region.code);
    if (place === undefined) places.set(report.region.code, (place = placeAt(report.region, level)));
    if (place === null) {
      coarser += 1;
      continue;
    }
    const undated = yearOf(report) === null ? 1 : 0;
    const draft = drafts.get(place.code);
    if (draft === undefined) {
      drafts.set(place.code, { region: place, firstDate: null, firstYear: null, firstItemId: report.itemId, reports: 1, undatedReports: undated, neighbours: null, earliest: report });
      continue;
    }
    draft.reports += 1;
    draft.undatedReports += undated;
    if (isEarlier(report, draft.earliest)) {
      draft.earliest = report;
      draft.firstItemId = report.itemId;
    }
  }
  for (const draft of drafts.values()) {
    draft.firstYear = yearOf(draft.earliest);
    draft.firstDate = draft.earliest.date;
  }
  return { drafts, coarser };
}

/** Whether `a` was first reported strictly before `b`: by date when both have one, else by year. */
export function reportedBefore(a: AdoptionEvent, b: AdoptionEvent): boolean {
  if (a.firstYear === null || b.firstYear === null) return false;
  if (a.firstDate !== null && b.firstDate !== null) return a.firstDate < b.firstDate;
  return a.firstYear < b.firstYear;
}

function byFirstReport(a: AdoptionEvent, b: AdoptionEvent): number {
  return (a.firstYear ?? 9999) - (b.firstYear ?? 9999)
    || (a.firstDate ?? '9999').localeCompare(b.firstDate ?? '9999')
    || a.region.code.localeCompare(b.region.code);
}

function withNeighbours(events: AdoptionEvent[], level: DiffusionLevel, counts: ReadonlyMap<string, number>): AdoptionEvent[] {
  const members = new Map<string, AdoptionEvent[]>();
  for (const event of events) {
    for (const key of groupKeys(event.region)) {
      const group = members.get(key);
      if (group === undefined) members.set(key, [event]);
      else group.push(event);
    }
  }
  return events.map((event) => {
    const group = neighbourGroup(event.region, level);
    if (group === null || event.firstYear === null) return event;
    const adoptedBefore = (members.get(group.key) ?? []).filter((other) => other !== event && reportedBefore(other, event)).length;
    const total = counts.get(group.key);
    const neighbours = total === undefined ? null : Math.max(total - 1, adoptedBefore);
    const share = neighbours === null || neighbours === 0 ? null : adoptedBefore / neighbours;
    return { ...event, neighbours: { scope: group.scope, adoptedBefore, neighbours, share } };
  });
}

/** Consecutive periods from the first to the last, each with its new adopters and the running total. */
export function curve(periods: string[], next: (period: string) => string): DiffusionStep[] {
  if (periods.length === 0) return [];
  const counts = new Map<string, number>();
  for (const period of periods) counts.set(period, (counts.get(period) ?? 0) + 1);
  const sorted = [...counts.keys()].sort();
  const last = sorted.at(-1) ?? '';
  const steps: DiffusionStep[] = [];
  let cumulative = 0;
  for (let period = sorted[0] ?? last; period <= last; period = next(period)) {
    const newAdopters = counts.get(period) ?? 0;
    cumulative += newAdopters;
    steps.push({ period, newAdopters, cumulative });
  }
  return steps;
}

export const nextYear = (year: string): string => String(Number(year) + 1);

export function nextMonth(month: string): string {
  const [year = 0, number = 0] = month.split('-').map(Number);
  return number >= 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

function byProvince(events: AdoptionEvent[]): ProvinceDiffusion[] {
  const provinces = new Map<string, ProvinceDiffusion>();
  for (const event of events) {
    const province: RegionRef | null = placeAt(event.region, 'province');
    if (province === null) continue;
    const entry = provinces.get(province.code) ?? { province, adopters: 0, reports: 0, firstDate: null, firstYear: null };
    entry.adopters += 1;
    entry.reports += event.reports;
    if (event.firstYear !== null && (entry.firstYear === null || event.firstYear < entry.firstYear)) entry.firstYear = event.firstYear;
    if (event.firstDate !== null && (entry.firstDate === null || event.firstDate < entry.firstDate)) entry.firstDate = event.firstDate;
    provinces.set(province.code, entry);
  }
  return [...provinces.values()].sort((a, b) => (a.firstYear ?? 9999) - (b.firstYear ?? 9999)
    || (a.firstDate ?? '9999').localeCompare(b.firstDate ?? '9999') || b.adopters - a.adopters || a.province.code.localeCompare(b.province.code));
}

export function computeDiffusion(copies: DiffusionReport[], options: DiffusionOptions): DiffusionResult {
  const reports = mergeCopies(copies);
  const { drafts, coarser } = draftEvents(reports, options.level);
  const all = [...drafts.values()].map(({ earliest: _earliest, ...event }): AdoptionEvent => event);
  const dated = withNeighbours(all.filter((event) => event.firstYear !== null), options.level, options.neighbourCounts).sort(byFirstReport);
  const undatedEvents = all.filter((event) => event.firstYear === null).sort(byFirstReport);
  const firstYear = dated[0]?.firstYear;
  return {
    practices: options.practices,
    level: options.level,
    events: dated,
    undatedEvents,
    byYear: curve(dated.map((event) => String(event.firstYear)), nextYear),
    // Only events whose first year comes from a full date: a year-only report has no month.
    byMonth: curve(dated.flatMap((event) => (event.firstDate !== null && event.firstDate.length >= 7 && Number(event.firstDate.slice(0, 4)) === event.firstYear ? [event.firstDate.slice(0, 7)] : [])), nextMonth),
    firstAdopters: dated.filter((event) => event.firstYear === firstYear),
    byProvince: byProvince([...dated, ...undatedEvents]),
    reports: reports.length,
    undatedReports: reports.filter((report) => yearOf(report) === null).length,
    unplacedReports: reports.filter((report) => report.region === null).length,
    coarserReports: coarser,
  };
}
