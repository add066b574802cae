/**
 * The CSV tables for researchers (issue 13.4), for one practice or every curated practice of a
 * category: the adoption events, or the region × year panel. Served as a GraphQL field (one door:
 * the same limits, rate limit and error codes as every other answer; the UI saves it as a file).
 */
import { createError } from '../../errors/catalogue.ts';
import type { ServiceContext } from './context.ts';
import { EVENT_COLUMNS, eventRows, PANEL_COLUMNS, panelRows, toCsvText } from './diffusion-csv.ts';
import { diffusionOfPractices, gazetteerOf } from './diffusion-service.ts';
import type { DiffusionAnswer } from './diffusion-service.ts';
import type { PracticeResolver } from './practice-resolution.ts';
import type { CsvFile, DiffusionTableRequest } from './types.ts';

/** A file stays a download a spreadsheet opens: past this, ask for a higher level or one practice. */
export const MAX_TABLE_ROWS = 200_000;

type Cell = string | number | null;

async function practicesAsked(context: ServiceContext, resolver: PracticeResolver, request: DiffusionTableRequest): Promise<{ label: string; groups: { label: string; names: string[] }[] }> {
  const practice = request.practice?.trim() ?? '';
  const category = request.category?.trim() ?? '';
  if ((practice === '') === (category === '')) throw createError('BAD_REQUEST', 'diffusionTable: 给出 practice 或 category 之一 / give practice or category, one of them');
  if (practice !== '') {
    const names = (await resolver.resolve(practice)).practices.map((found) => found.name);
    const label = names.length === 0 ? practice : names.join('、');
    return { label, groups: [{ label, names }] };
  }
  const views = await context.store.practices({ category, status: 'curated' });
  if (views.length === 0) throw createError('NOT_FOUND', `category ${category}`);
  return { label: category, groups: views.filter((view) => view.itemCount > 0).map((view) => ({ label: view.name, names: [view.name] })) };
}

async function eventTable(context: ServiceContext, answers: { label: string; answer: DiffusionAnswer }[]): Promise<Cell[][]> {
  const events = answers.flatMap(({ answer }) => [...answer.result.events, ...answer.result.undatedEvents]);
  const items = new Map((await context.store.getItems([...new Set(events.map((event) => event.firstItemId))], { lean: true })).map((item) => [item.id, item]));
  const documents = new Map((await context.store.getDocuments([...new Set([...items.values()].map((item) => item.documentId))])).map((doc) => [doc.id, doc]));
  return answers.flatMap(({ label, answer }) => eventRows(label, answer.result, { items, documents }));
}

export async function diffusionTable(context: ServiceContext, resolver: PracticeResolver, request: DiffusionTableRequest): Promise<CsvFile> {
  const asked = await practicesAsked(context, resolver, request);
  const answers: { label: string; answer: DiffusionAnswer }[] = [];
  for (const group of asked.groups) answers.push({ label: group.label, answer: await diffusionOfPractices(context, group.names, request.level, request.filter) });
  const places = gazetteerOf(context);
  const rows = request.table === 'events'
    ? await eventTable(context, answers)
    : answers.flatMap(({ label, answer }) => panelRows(label, answer.result, answer.reports, places, request.level));
  if (rows.length > MAX_TABLE_ROWS) throw createError('BAD_REQUEST', `diffusionTable: ${rows.length} 行超过 ${MAX_TABLE_ROWS} 行上限，请改按市或省、或单个做法导出 / too many rows, ask a higher level or one practice`);
  const header = request.table === 'events' ? EVENT_COLUMNS : PANEL_COLUMNS;
  const name = request.table === 'events' ? '扩散事件' : '地区年份面板';
  return { filename: `${asked.label}-${name}-${request.level}.csv`, csv: toCsvText(header, rows), rows: rows.length };
}
