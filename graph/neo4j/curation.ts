/**
 * Curation by people in Neo4j: promoting, merging or rejecting candidate practices, and adding
 * aliases. Decisions are CandidateDecision nodes, apart from the Candidate nodes that are swept
 * with their last item, so a decision outlives the documents that named the candidate. Links are
 * made at curation time from the candidate edges of the items stored then.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { createError } from '../../errors/catalogue.ts';
import type { CurateRequest, CurateResult, PracticeView } from '../store.ts';
import type { Neo4jContext } from './context.ts';
import * as cypher from './curation-cypher.ts';
import { bumpReprintVersion } from './reprint-cache.ts';

type Decision = 'promoted' | 'merged' | 'rejected';

export function curateCandidate(context: Neo4jContext, request: CurateRequest): Promise<CurateResult> {
  return context.write(async (tx) => {
    // Items may come to name one more practice: cached reprint candidates must read them again.
    await bumpReprintVersion(tx);
    return curateCandidateIn(tx, request);
  });
}

export function addAlias(context: Neo4jContext, practice: string, alias: string): Promise<PracticeView> {
  return context.write(async (tx) => {
    await bumpReprintVersion(tx);
    return addAliasIn(tx, practice, alias);
  });
}

async function curateCandidateIn(tx: ManagedTransaction, request: CurateRequest): Promise<CurateResult> {
  const candidate = request.candidate.trim();
  const category = request.category?.trim() ?? '';
  const into = request.into?.trim() ?? '';
  if (request.action === 'PROMOTE' && category === '') throw createError('BAD_REQUEST', 'PROMOTE needs a category');
  if (request.action === 'MERGE' && into === '') throw createError('BAD_REQUEST', 'MERGE needs the practice to merge into');
  if (!(await openCandidate(tx, candidate))) throw createError('NOT_FOUND', `candidate practice ${candidate}`);
  const result: CurateResult = { candidate, action: request.action, practice: null, itemsLinked: 0 };
  if (request.action === 'REJECT') {
    await decide(tx, candidate, 'rejected', null);
    return result;
  }
  if (request.action === 'PROMOTE') {
    await tx.run(cypher.createPractice, { name: candidate, category, description: request.description?.trim() ?? '' });
    await decide(tx, candidate, 'promoted', candidate);
    return { ...result, practice: candidate, itemsLinked: await linkItems(tx, candidate, candidate) };
  }
  const target = await practiceView(tx, into);
  if (target === null) throw createError('NOT_FOUND', `practice ${into}`);
  return { ...result, practice: target.name, itemsLinked: await mergeName(tx, target, candidate) };
}

async function addAliasIn(tx: ManagedTransaction, practice: string, alias: string): Promise<PracticeView> {
  const name = practice.trim();
  const added = alias.trim();
  if (added === '') throw createError('BAD_REQUEST', 'the alias is empty');
  const target = await practiceView(tx, name);
  if (target === null) throw createError('NOT_FOUND', `practice ${name}`);
  if (added !== target.name && !target.aliases.includes(added)) await mergeName(tx, target, added);
  const view = await practiceView(tx, name);
  if (view === null) throw new Error(`practice ${name} vanished inside its transaction`);
  return view;
}

/** Makes `name` an alias of `target`; a live candidate of that name is merged into it. Returns items linked. */
async function mergeName(tx: ManagedTransaction, target: PracticeView, name: string): Promise<number> {
  const owner = (await tx.run(cypher.aliasOwner, { name })).records[0]?.get('name') as string | undefined;
  if (owner !== undefined && owner !== target.name) throw createError('BAD_REQUEST', `${name} already belongs to practice ${owner}`);
  if (!target.aliases.includes(name)) await tx.run(cypher.setAliases, { name: target.name, aliases: [...target.aliases, name] });
  if (!(await openCandidate(tx, name))) return 0;
  await decide(tx, name, 'merged', target.name);
  return linkItems(tx, name, target.name);
}

async function openCandidate(tx: ManagedTransaction, name: string): Promise<boolean> {
  return (await tx.run(cypher.isOpenCandidate, { name })).records[0]?.get('open') === true;
}

async function decide(tx: ManagedTransaction, name: string, decision: Decision, practice: string | null): Promise<void> {
  await tx.run(cypher.recordDecision, { name, decision, practice });
}

async function linkItems(tx: ManagedTransaction, candidate: string, practice: string): Promise<number> {
  const row = (await tx.run(cypher.linkCandidateItems, { candidate, practice })).records[0];
  return Number(row?.get('linked') ?? 0);
}

async function practiceView(tx: ManagedTransaction, name: string): Promise<PracticeView | null> {
  const row = (await tx.run(cypher.loadPractice, { name })).records[0];
  if (row === undefined) return null;
  return {
    name: row.get('name') as string,
    category: row.get('category') as string,
    status: 'curated',
    aliases: (row.get('aliases') as string[] | null) ?? [],
    description: (row.get('description') as string | null) ?? '',
    itemCount: Number(row.get('itemCount')),
  };
}
