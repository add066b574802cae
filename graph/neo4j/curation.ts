/**
 * Curation by people in Neo4j: promoting, merging or rejecting candidate practices, and adding
 * aliases. Decisions are CandidateDecision nodes, apart from the Candidate nodes that are swept
 * with their last item, so a decision outlives the documents that named the candidate. Links are
 * made at curation time from the candidate edges of the items stored then.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { createError } from '../../errors/catalogue.ts';
import type { CurateRequest, CurateResult, PracticeView } from '../store.ts';

type Decision = 'promoted' | 'merged' | 'rejected';

/** Named by an item, not curated, not promoted or merged (a rejected candidate stays open). */
const isOpenCandidate = `
RETURN EXISTS { MATCH (:Item)-[:DESCRIBES]->(:Candidate {name: $name}) }
  AND NOT EXISTS { MATCH (:Practice {name: $name}) }
  AND NOT EXISTS { MATCH (d:CandidateDecision {name: $name}) WHERE d.decision <> 'rejected' } AS open`;

const recordDecision = `
MERGE (d:CandidateDecision {name: $name})
SET d.decision = $decision, d.practice = $practice`;

const createPractice = `
MERGE (c:Category {name: $category})
CREATE (p:Practice {name: $name, category: $category, status: 'curated', aliases: [], description: $description})
CREATE (p)-[:IN_CATEGORY]->(c)`;

/** DESCRIBES edges from every item naming the candidate, appended after the item's own practices. */
const linkCandidateItems = `
MATCH (p:Practice {name: $practice})
MATCH (i:Item)-[m:DESCRIBES]->(:Candidate {name: $candidate})
WHERE NOT EXISTS { (i)-[:DESCRIBES]->(p) }
WITH p, i, min(m.matched) AS matched
WITH p, i, matched, reduce(top = -1, x IN [(i)-[d:DESCRIBES]->(:Practice) | d.position] | CASE WHEN x > top THEN x ELSE top END) AS top
CREATE (i)-[:DESCRIBES {matched: matched, position: top + 1}]->(p)
RETURN count(*) AS linked`;

const aliasOwner = `
MATCH (p:Practice)
WHERE p.name = $name OR $name IN coalesce(p.aliases, [])
RETURN p.name AS name
ORDER BY name
LIMIT 1`;

const setAliases = 'MATCH (p:Practice {name: $name}) SET p.aliases = $aliases';

const loadPractice = `
MATCH (p:Practice {name: $name})
RETURN p.name AS name, p.category AS category, p.aliases AS aliases, p.description AS description,
  COUNT { (:Item)-[:DESCRIBES]->(p) } AS itemCount`;

export async function curateCandidateIn(tx: ManagedTransaction, request: CurateRequest): Promise<CurateResult> {
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
    await tx.run(createPractice, { name: candidate, category, description: request.description?.trim() ?? '' });
    await decide(tx, candidate, 'promoted', candidate);
    return { ...result, practice: candidate, itemsLinked: await linkItems(tx, candidate, candidate) };
  }
  const target = await practiceView(tx, into);
  if (target === null) throw createError('NOT_FOUND', `practice ${into}`);
  return { ...result, practice: target.name, itemsLinked: await mergeName(tx, target, candidate) };
}

export async function addAliasIn(tx: ManagedTransaction, practice: string, alias: string): Promise<PracticeView> {
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
  const owner = (await tx.run(aliasOwner, { name })).records[0]?.get('name') as string | undefined;
  if (owner !== undefined && owner !== target.name) throw createError('BAD_REQUEST', `${name} already belongs to practice ${owner}`);
  if (!target.aliases.includes(name)) await tx.run(setAliases, { name: target.name, aliases: [...target.aliases, name] });
  if (!(await openCandidate(tx, name))) return 0;
  await decide(tx, name, 'merged', target.name);
  return linkItems(tx, name, target.name);
}

async function openCandidate(tx: ManagedTransaction, name: string): Promise<boolean> {
  return (await tx.run(isOpenCandidate, { name })).records[0]?.get('open') === true;
}

async function decide(tx: ManagedTransaction, name: string, decision: Decision, practice: string | null): Promise<void> {
  await tx.run(recordDecision, { name, decision, practice });
}

async function linkItems(tx: ManagedTransaction, candidate: string, practice: string): Promise<number> {
  const row = (await tx.run(linkCandidateItems, { candidate, practice })).records[0];
  return Number(row?.get('linked') ?? 0);
}

async function practiceView(tx: ManagedTransaction, name: string): Promise<PracticeView | null> {
  const row = (await tx.run(loadPractice, { name })).records[0];
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
