/**
 * The shapes of a diffusion answer (issue 13.2): how a practice spread over places and time, as
 * reported in bulletins. "First reported" is the date a bulletin first carried a place's report —
 * not the date the place began the practice (首次见于简报的时间，不等于开始实行的时间).
 */
import type { RegionRef } from '../../graph/model.ts';

/** The level places are counted at; items of lower places roll up to it by their region path. */
export type DiffusionLevel = 'county' | 'city' | 'province';

/** One report as the computation sees it: a reprint's copies share `reportId` and count once. */
export interface DiffusionReport {
  reportId: string;
  itemId: string;
  region: RegionRef | null;
  /** The item's date (ISO, YYYY-MM-DD or YYYY-MM), null when no date was printed. */
  date: string | null;
  /** The year when only a year is known (issue line, a year in the text); null when none. */
  year: number | null;
}

/** Which neighbours were compared: adjacency is not known, so same city, else same province. */
export type NeighbourScope = 'city' | 'province';

export interface NeighbourShare {
  scope: NeighbourScope;
  /** Neighbours first reported strictly before this place (by date, or by year when either has only a year). */
  adoptedBefore: number;
  /** Neighbours in all (the gazetteer's current regions at the level, itself excluded); null when unknown. */
  neighbours: number | null;
  /** adoptedBefore / neighbours; null when unknown or when there are none. */
  share: number | null;
}

export interface AdoptionEvent {
  /** The place at the asked level (a township's report counts for its county). */
  region: RegionRef;
  /** Earliest printed date of its reports; null when none has one. */
  firstDate: string | null;
  /** Year of firstDate, else the earliest year known otherwise; null when undated. */
  firstYear: number | null;
  /** The item of the earliest report (its bulletin is the source); the first stored when all are undated. */
  firstItemId: string;
  /** Its headline and bulletin, when the service read them (one lean read for all events). */
  firstReportSummary?: FirstReportSummary;
  /** Reports, each once however often reprinted. */
  reports: number;
  /** Of those, reports with neither a date nor a year. */
  undatedReports: number;
  /** Null for undated events and at province level (no neighbours asked there). */
  neighbours: NeighbourShare | null;
}

export interface FirstReportSummary {
  title: string;
  documentId: string;
}

/** One year (YYYY) or month (YYYY-MM) of the curve; every period from the first to the last, zeros included. */
export interface DiffusionStep {
  period: string;
  newAdopters: number;
  cumulative: number;
}

export interface ProvinceDiffusion {
  province: RegionRef;
  /** Places at the asked level in this province that reported it (the province itself at province level). */
  adopters: number;
  reports: number;
  firstDate: string | null;
  firstYear: number | null;
}

export interface DiffusionResult {
  practices: string[];
  level: DiffusionLevel;
  /** Dated events in order of first report (date, then year-only within its year, then code). */
  events: AdoptionEvent[];
  /** Events whose every report is undated, listed apart, by code. */
  undatedEvents: AdoptionEvent[];
  byYear: DiffusionStep[];
  /** Only events dated to the month; those known only by year are in byYear alone. */
  byMonth: DiffusionStep[];
  /** The events of the first year any place reported it, in order. */
  firstAdopters: AdoptionEvent[];
  byProvince: ProvinceDiffusion[];
  /** Reports in all (each once), placed or not. */
  reports: number;
  /** Reports with neither date nor year (counted in events' `reports`, and here). */
  undatedReports: number;
  /** Reports whose item names no region. */
  unplacedReports: number;
  /** Reports placed only above the asked level (a province's own report when counties are asked). */
  coarserReports: number;
}
