/**
 * Writes: the taxonomy, batches of documents in one transaction each, and deletion with orphan sweeping.
 */
import type { DocumentRecord, ItemRecord, PracticeDefinition } from '../model.ts';
import { createError } from '../../errors/catalogue.ts';
import type { WriteResult } from '../store.ts';
import type { SqliteContext } from './context.ts';
import { writeRegion, type WrittenRegions } from './regions.ts';
import { forgetCopies } from './reprint-cache.ts';
import { linkNewCopies, regroupReports, sharedReportsOf, writeItemCopy } from './reprints.ts';
import { encodeVector } from './vectors.ts';
import { timedReprints, type NewCopy } from '../reprints/index.ts';

/** Category and description follow the file; aliases are a union; practices are never removed. */
export function upsertTaxonomy(context: SqliteContext, practices: PracticeDefinition[]): void {
  const insertCategory = context.prepare('INSERT OR IGNORE INTO categories(name) VALUES (?)');
  const upsertPractice = context.prepare(
    `INSERT INTO practices(name, category, aliases, description) VALUES (?, ?, ?, ?)
     ON CONFLICT(name) DO UPDATE SET category = excluded.category, aliases = excluded.aliases, description = excluded.description`,
  );
  const storedAliases = context.prepare<{ aliases: string }>('SELECT aliases FROM practices WHERE name = ?');
  context.db.transaction(() => {
    for (const practice of practices) {
      insertCategory.run(practice.category);
      // The file's aliases first, then those people added in the store (never dropped by a re-load).
      const stored = JSON.parse(storedAliases.get(practice.name)?.aliases ?? '[]') as string[];
      const aliases = [...new Set([...practice.aliases, ...stored])];
      upsertPractice.run(practice.name, practice.category, JSON.stringify(aliases), practice.description);
    }
    sweepCategories(context);
  })();
}

/**
 * Writes a batch in one IMMEDIATE transaction, each document as writeDocument would: same id and
 * hash → unchanged; same id, other hash → old version removed first. All or nothing.
 */
export function writeDocuments(context: SqliteContext, docs: DocumentRecord[]): WriteResult[] {
  refuseRepeatedIds(docs);
  if (docs.length === 0) return [];
  const readHash = context.prepare<{ hash: string }>('SELECT hash FROM documents WHERE id = ?');
  const deleteOld = context.prepare('DELETE FROM documents WHERE id = ?');
  const insertDocument = context.prepare('INSERT INTO documents(id, source, title, issue, date, publisher, hash) VALUES (?, ?, ?, ?, ?, ?, ?)');
  // IMMEDIATE takes the write lock before the hash checks, so no other writer slips in between.
  const results = withCopiesForgottenOnFailure(context, () => context.db
    .transaction((): WriteResult[] => {
      let replacedAny = false;
      const writtenRegions: WrittenRegions = new Map();
      const newCopies: NewCopy[] = [];
      const written = docs.map((doc): WriteResult => {
        const existing = readHash.get(doc.id);
        if (existing?.hash === doc.hash) return { documentId: doc.id, status: 'unchanged' };
        if (existing !== undefined) {
          // Regrouped before the new version's items (which may reuse the old ids) are written.
          const reports = timedReprints(() => sharedReportsOf(context, doc.id));
          deleteOld.run(doc.id);
          forgetCopies(context);
          timedReprints(() => regroupReports(context, reports));
        }
        insertDocument.run(doc.id, doc.source, doc.title, doc.issue, doc.date, doc.publisher, doc.hash);
        for (const item of doc.items) {
          writeItem(context, doc.id, item, writtenRegions);
          const copy = timedReprints(() => writeItemCopy(context, doc.id, item));
          if (copy !== null) newCopies.push(copy);
        }
        replacedAny ||= existing !== undefined;
        return { documentId: doc.id, status: existing === undefined ? 'created' : 'replaced' };
      });
      timedReprints(() => linkNewCopies(context, newCopies));
      // Only a replaced version can leave policies or offices without an item: sweep once, not per document.
      if (replacedAny) sweepOrphans(context);
      return written;
    })
    .immediate());
  return results;
}

export function writeDocument(context: SqliteContext, doc: DocumentRecord): WriteResult {
  const [result] = writeDocuments(context, [doc]);
  if (result === undefined) throw new Error('writeDocuments gave no result for one document');
  return result;
}

/** A batch naming one id twice has no single meaning (which version wins?): refuse it up front. */
function refuseRepeatedIds(docs: DocumentRecord[]): void {
  const seen = new Set<string>();
  for (const doc of docs) {
    if (seen.has(doc.id)) throw createError('BAD_REQUEST', `document ${doc.id} appears more than once in one batch`);
    seen.add(doc.id);
  }
}

export function deleteDocument(context: SqliteContext, id: string): boolean {
  const deleted = context.db
    .transaction(() => {
      const reports = timedReprints(() => sharedReportsOf(context, id));
      const result = context.prepare('DELETE FROM documents WHERE id = ?').run(id);
      forgetCopies(context);
      timedReprints(() => regroupReports(context, reports));
      if (result.changes > 0) sweepOrphans(context);
      return result.changes > 0;
    })
    .immediate();
  return deleted;
}

/** A batch rolled back may leave copies it never committed in the cache of places: it is read afresh. */
function withCopiesForgottenOnFailure<T>(context: SqliteContext, write: () => T): T {
  try {
    return write();
  } catch (error) {
    forgetCopies(context);
    throw error;
  }
}

function writeItem(context: SqliteContext, documentId: string, item: ItemRecord, writtenRegions: WrittenRegions): void {
  context
    .prepare(
      `INSERT INTO items(id, document_id, ordinal, section, title, text, date, year, region_mention, region_evidence, report_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    // Every item starts as its own report; linkNewCopies joins it to a stored one.
    .run(item.id, documentId, item.ordinal, item.section, item.title, item.text, item.date, item.year, item.regionMention, item.regionEvidence, item.id);
  writeItemRegions(context, item, writtenRegions);
  writeItemPractices(context, item);
  writeItemOutcomes(context, item);
  writeItemEntities(context, item);
  const insertPassage = context.prepare(
    'INSERT INTO passages(item_id, idx, text, tokens, hash, embedding) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const passage of item.passages) {
    insertPassage.run(item.id, passage.index, passage.text, passage.tokens.join(' '), passage.hash, encodeVector(passage.embedding));
  }
}

function writeItemRegions(context: SqliteContext, item: ItemRecord, writtenRegions: WrittenRegions): void {
  // OR IGNORE: a region named twice in one role is one edge, not a failed document.
  const link = context.prepare('INSERT OR IGNORE INTO item_regions(item_id, region_code, role, position) VALUES (?, ?, ?, ?)');
  if (item.region !== null) {
    writeRegion(context, item.region, writtenRegions);
    link.run(item.id, item.region.code, 'region', 0);
  }
  if (item.subRegion !== null) {
    writeRegion(context, item.subRegion, writtenRegions);
    link.run(item.id, item.subRegion.code, 'subregion', 0);
  }
  item.regionCandidates.forEach((candidate, position) => {
    writeRegion(context, candidate, writtenRegions);
    link.run(item.id, candidate.code, 'candidate', position);
  });
}

function writeItemPractices(context: SqliteContext, item: ItemRecord): void {
  const insertCategory = context.prepare('INSERT OR IGNORE INTO categories(name) VALUES (?)');
  // A practice matched before the taxonomy was loaded gets a bare curated row; upsertTaxonomy fills it.
  const insertPractice = context.prepare('INSERT OR IGNORE INTO practices(name, category) VALUES (?, ?)');
  const linkPractice = context.prepare('INSERT OR IGNORE INTO item_practices(item_id, practice_name, matched, position) VALUES (?, ?, ?, ?)');
  item.practices.forEach((practice, position) => {
    insertCategory.run(practice.category);
    insertPractice.run(practice.name, practice.category);
    linkPractice.run(item.id, practice.name, practice.matched, position);
  });
  const linkCandidate = context.prepare('INSERT OR IGNORE INTO item_candidates(item_id, name, matched, position) VALUES (?, ?, ?, ?)');
  item.candidatePractices.forEach((candidate, position) => linkCandidate.run(item.id, candidate.name, candidate.matched, position));
}

function writeItemOutcomes(context: SqliteContext, item: ItemRecord): void {
  const insertOutcome = context.prepare(
    `INSERT INTO outcomes(item_id, position, text, value, unit, norm_value, norm_unit, metric, kind, approximate, practice_name)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  item.outcomes.forEach((outcome, position) => {
    insertOutcome.run(
      item.id, position, outcome.text, outcome.value, outcome.unit, outcome.normalized.value, outcome.normalized.unit,
      outcome.metric, outcome.kind, outcome.approximate ? 1 : 0, outcome.practice,
    );
  });
}

function writeItemEntities(context: SqliteContext, item: ItemRecord): void {
  const insertPolicy = context.prepare('INSERT OR IGNORE INTO policies(title) VALUES (?)');
  const linkPolicy = context.prepare('INSERT OR IGNORE INTO item_policies(item_id, policy_title, position) VALUES (?, ?, ?)');
  item.policies.forEach((title, position) => {
    insertPolicy.run(title);
    linkPolicy.run(item.id, title, position);
  });
  if (item.office !== null) {
    context.prepare('INSERT OR IGNORE INTO offices(name) VALUES (?)').run(item.office);
    context.prepare('INSERT INTO item_offices(item_id, office_name) VALUES (?, ?)').run(item.id, item.office);
  }
}

/** Policies and offices no item points at any more belong to no one: remove them. */
function sweepOrphans(context: SqliteContext): void {
  context.prepare('DELETE FROM policies WHERE title NOT IN (SELECT policy_title FROM item_policies)').run();
  context.prepare('DELETE FROM offices WHERE name NOT IN (SELECT office_name FROM item_offices)').run();
}

function sweepCategories(context: SqliteContext): void {
  context.prepare('DELETE FROM categories WHERE name NOT IN (SELECT category FROM practices)').run();
}
