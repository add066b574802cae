/** Counts for `atlas stats` and the referential checks of `atlas check`. */
import type { IntegrityReport, StoreStats } from '../store.ts';
import type { Neo4jContext } from './context.ts';
import * as cypher from './integrity-cypher.ts';

export async function stats(context: Neo4jContext): Promise<StoreStats> {
  const [row] = await context.read(cypher.stats, {});
  const count = (key: keyof StoreStats): number => Number(row?.[key] ?? 0);
  return {
    documents: count('documents'),
    items: count('items'),
    regions: count('regions'),
    practices: count('practices'),
    candidatePractices: count('candidatePractices'),
    outcomes: count('outcomes'),
    passages: count('passages'),
  };
}

/** One statement per check, each counting what breaks it; a non-zero count is one problem line. */
export async function check(context: Neo4jContext): Promise<IntegrityReport> {
  const problems: string[] = [];
  for (const { problem, cypher: statement } of cypher.integrityChecks) {
    const [row] = await context.read(statement, {});
    const count = Number(row?.n ?? 0);
    if (count > 0) problems.push(`${count} ${problem}`);
  }
  return { ok: problems.length === 0, problems };
}
