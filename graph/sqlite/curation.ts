/**
 * Curation by people: promoting, merging or rejecting candidate practices, and adding aliases.
 * Decisions go to candidate_decisions so they outlive the items that named the candidate; links
 * are made at curation time, from the candidate edges of the items stored then.
 */
import { createError } from '../../errors/catalogue.ts';
import type { CurateRequest, CurateResult, PracticeView } from '../store.ts';
import { PRACTICE_COLUMNS, toPracticeView } from './adoptions.ts';
import type { PracticeRow } from './adoptions.ts';
import type { SqliteContext } from './context.ts';
import { addCopyPractice } from './reprints.ts';

export function curateCandidate(context: SqliteContext, request: CurateRequest): CurateResult {
  const candidate = request.candidate.trim();
  const category = request.category?.trim() ?? '';
  const into = request.into?.trim() ?? '';
  if (request.action === 'PROMOTE' && category === '') throw createError('BAD_REQUEST', 'PROMOTE needs a category');
  if (request.action === 'MERGE' && into === '') throw createError('BAD_REQUEST', 'MERGE needs the practice to merge into');
  return context.db
    .transaction((): CurateResult => {
      if (!isOpenCandidate(context, candidate)) throw createError('NOT_FOUND', `candidate practice ${candidate}`);
      const result: CurateResult = { candidate, action: request.action, practice: null, itemsLinked: 0 };
      if (request.action === 'REJECT') {
        recordDecision(context, candidate, 'rejected', null);
        return result;
      }
      if (request.action === 'PROMOTE') {
        context.prepare('INSERT OR IGNORE INTO categories(name) VALUES (?)').run(category);
        context
          .prepare("INSERT INTO practices(name, category, aliases, description) VALUES (?, ?, '[]', ?)")
          .run(candidate, category, request.description?.trim() ?? '');
        recordDecision(context, candidate, 'promoted', candidate);
        return { ...result, practice: candidate, itemsLinked: linkCandidateItems(context, candidate, candidate) };
      }
      const target = loadPractice(context, into);
      if (target === null) throw createError('NOT_FOUND', `practice ${into}`);
      return { ...result, practice: target.name, itemsLinked: mergeName(context, target, candidate) };
    })
    .immediate();
}

export function addAlias(context: SqliteContext, practice: string, alias: string): PracticeView {
  const name = practice.trim();
  const added = alias.trim();
  if (added === '') throw createError('BAD_REQUEST', 'the alias is empty');
  return context.db
    .transaction((): PracticeView => {
      const target = loadPractice(context, name);
      if (target === null) throw createError('NOT_FOUND', `practice ${name}`);
      if (added !== target.name && !target.aliases.includes(added)) mergeName(context, target, added);
      const view = loadPractice(context, name);
      if (view === null) throw new Error(`practice ${name} vanished inside its transaction`);
      return view;
    })
    .immediate();
}

/** Makes `name` an alias of `target`; a live candidate of that name is merged into it. Returns items linked. */
function mergeName(context: SqliteContext, target: PracticeView, name: string): number {
  const owner = aliasOwner(context, name);
  if (owner !== null && owner !== target.name) throw createError('BAD_REQUEST', `${name} already belongs to practice ${owner}`);
  if (!target.aliases.includes(name)) {
    context.prepare('UPDATE practices SET aliases = ? WHERE name = ?').run(JSON.stringify([...target.aliases, name]), target.name);
  }
  if (!isOpenCandidate(context, name)) return 0;
  recordDecision(context, name, 'merged', target.name);
  return linkCandidateItems(context, name, target.name);
}

/** A candidate still open to a decision: named by an item, not curated, not promoted or merged (rejected is open). */
function isOpenCandidate(context: SqliteContext, name: string): boolean {
  const row = context
    .prepare<{ open: number }>(
      `SELECT EXISTS (SELECT 1 FROM item_candidates WHERE name = ?)
         AND NOT EXISTS (SELECT 1 FROM practices WHERE name = ?)
         AND NOT EXISTS (SELECT 1 FROM candidate_decisions WHERE name = ? AND decision <> 'rejected') AS open`,
    )
    .get(name, name, name);
  return row?.open === 1;
}

/** The practice whose name or alias `name` is, if any. */
function aliasOwner(context: SqliteContext, name: string): string | null {
  const row = context
    .prepare<{ name: string }>(
      `SELECT p.name FROM practices p WHERE p.name = ? OR EXISTS (SELECT 1 FROM json_each(p.aliases) a WHERE a.value = ?) LIMIT 1`,
    )
    .get(name, name);
  return row?.name ?? null;
}

function recordDecision(context: SqliteContext, name: string, decision: 'promoted' | 'merged' | 'rejected', practice: string | null): void {
  context
    .prepare(
      `INSERT INTO candidate_decisions(name, decision, practice_name) VALUES (?, ?, ?)
       ON CONFLICT(name) DO UPDATE SET decision = excluded.decision, practice_name = excluded.practice_name`,
    )
    .run(name, decision, practice);
}

/**
 * DESCRIBES edges from every item naming the candidate, appended after the item's own practices;
 * their copy rows gain the practice, so later copies naming it find them.
 */
function linkCandidateItems(context: SqliteContext, candidate: string, practice: string): number {
  addCopyPractice(context, candidate, practice);
  return context
    .prepare(
      `INSERT OR IGNORE INTO item_practices(item_id, practice_name, matched, position)
       SELECT ic.item_id, ?, ic.matched,
         (SELECT coalesce(max(ip.position), -1) + 1 FROM item_practices ip WHERE ip.item_id = ic.item_id)
       FROM item_candidates ic WHERE ic.name = ?`,
    )
    .run(practice, candidate).changes;
}

function loadPractice(context: SqliteContext, name: string): PracticeView | null {
  const row = context
    .prepare<PracticeRow>(
      `SELECT ${PRACTICE_COLUMNS} FROM practices p WHERE p.name = ?`,
    )
    .get(name);
  return row === undefined ? null : toPracticeView(row);
}
