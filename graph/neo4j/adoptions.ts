/**
 * Practice-centred reads: who adopted which practice where, practices that go together, the
 * practice list, and the candidate mechanisms not (yet) in the taxonomy.
 */
import type { AdoptionRow, CandidateView, ItemFilter, PracticeView } from '../store.ts';
import * as cypher from './adoptions-cypher.ts';
import type { Neo4jContext } from './context.ts';
import { loadRegions } from './read.ts';

export async function adoptions(context: Neo4jContext, practices: string[], filter: ItemFilter): Promise<AdoptionRow[]> {
  if (practices.length === 0) return [];
  const { cypher: statement, params } = cypher.adoptions(practices, filter);
  const rows = await context.read(statement, params);
  const regions = await loadRegions(context, rows.flatMap((row) => (row.regionCode === null ? [] : [row.regionCode as string])));
  return rows.map((row) => ({
    practice: row.practice as string,
    itemId: row.itemId as string,
    reportId: row.reportId as string,
    region: row.regionCode === null ? null : (regions.get(row.regionCode as string) ?? null),
    date: (row.date as string | null) ?? null,
  }));
}

export async function relatedPractices(context: Neo4jContext, name: string): Promise<{ name: string; count: number }[]> {
  const rows = await context.read(cypher.relatedPractices, { name });
  return rows.map((row) => ({ name: row.name as string, count: Number(row.count) }));
}

export async function practices(context: Neo4jContext, options: { category?: string; status?: 'curated' | 'candidate' }): Promise<PracticeView[]> {
  const curated: PracticeView[] =
    options.status === 'candidate'
      ? []
      : (await curatedRows(context, options.category ?? null)).map((row) => ({
          name: row.name as string,
          category: row.category as string,
          status: 'curated',
          aliases: (row.aliases as string[] | null) ?? [],
          description: (row.description as string | null) ?? '',
          itemCount: Number(row.itemCount),
        }));
  // Candidates have category '' and so drop out under any category filter.
  const candidates: PracticeView[] =
    options.status === 'curated' || options.category !== undefined
      ? []
      : (await candidatePractices(context)).map((candidate) => ({
          name: candidate.name,
          category: '',
          status: 'candidate',
          aliases: [],
          description: '',
          itemCount: candidate.count,
        }));
  return [...curated, ...candidates];
}

/** How long report counts serve: they are read where people look at counts, and cost ~0.4 s at 100k. */
const REPORT_COUNTS_TTL_MS = 30_000;

export function practiceReportCounts(context: Neo4jContext): Promise<ReadonlyMap<string, number>> {
  return context.memo.shared(
    'practice-report-counts',
    async () => {
      const counts = new Map<string, number>();
      for (const row of await context.read(cypher.practiceReportCounts, {})) {
        if (!counts.has(row.name as string)) counts.set(row.name as string, Number(row.reports));
      }
      return counts;
    },
    REPORT_COUNTS_TTL_MS,
  );
}

/** The curated list with counts: an adoptions request asks for it twice (resolving the text, then the views). */
function curatedRows(context: Neo4jContext, category: string | null): Promise<Record<string, unknown>[]> {
  return context.memo.shared(`practices:${category ?? ''}`, () => context.read(cypher.curatedPractices, { category }));
}

export async function candidatePractices(context: Neo4jContext): Promise<CandidateView[]> {
  return (await context.read(cypher.candidatePractices, {})).map((row) => ({
    name: row.name as string,
    count: Number(row.count),
    itemIds: row.itemIds as string[],
  }));
}
