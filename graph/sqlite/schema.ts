/**
 * The SQLite layout of the graph: node tables, edge tables (item_*), and an FTS5 index over
 * passage tokens. Edges hang off items with ON DELETE CASCADE so removing a document removes
 * everything only it held; shared nodes (regions, practices, policies, offices) are separate
 * rows, and the orphaned ones among policies and offices are swept after each write.
 *
 * Candidate practices are not Practice rows: they live only as item_candidates edges, so a
 * quoted mechanism never collides with a curated name and disappears with its last item.
 *
 * Versions: `meta.schema_version` records the layout a file has. A new file gets the latest
 * layout from the DDL below; an older file is brought up to date by `migrations` when it is
 * opened (each step idempotent), so a store written by an earlier release keeps working.
 * 1 → 2: items.region_evidence (how the item's region was found; NULL for items written before).
 * 2 → 3: items.report_id and item_sketches (reprints: graph/sqlite/reprints.ts), filled for the items
 * already stored.
 * 3 → 4: item_reprint_keys (a sketched item by place and practice), filled from the items' edges.
 * 4 → 5: items_copy_columns, what a reprint candidate needs of its item in one index (the row's
 * columns after a long text sit on overflow pages: 40% of reading the candidates at 100k items).
 * 5 → 6: item_copies replaces item_sketches, item_reprint_keys and items_copy_columns: all a reprint
 * candidate needs in one row, clustered by place (one range read per place, two rows written per item).
 */
import type Database from 'better-sqlite3';
import { regionEvidenceValues } from '../model.ts';
import { backfillReprints, moveToItemCopies } from './reprint-backfills.ts';

export const SCHEMA_VERSION = 6;

const regionEvidenceColumn = `region_evidence TEXT CHECK (region_evidence IN (${regionEvidenceValues.map((value) => `'${value}'`).join(',')}))`;

const ddl = `
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY,
  source TEXT NOT NULL,
  title TEXT,
  issue TEXT,
  date TEXT,
  publisher TEXT,
  hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_by_date ON documents(date DESC, source);

CREATE TABLE IF NOT EXISTS items (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  section TEXT,
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  date TEXT,
  year INTEGER,
  region_mention TEXT,
  ${regionEvidenceColumn},
  report_id TEXT
);
CREATE INDEX IF NOT EXISTS items_by_document ON items(document_id, ordinal);

-- tokens: the caller's jieba search-mode tokens joined by single spaces (what FTS5 indexes).
-- embedding: Float32 little-endian.
CREATE TABLE IF NOT EXISTS passages (
  id INTEGER PRIMARY KEY,
  item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  text TEXT NOT NULL,
  tokens TEXT NOT NULL,
  hash TEXT NOT NULL,
  embedding BLOB NOT NULL,
  UNIQUE (item_id, idx)
);
CREATE INDEX IF NOT EXISTS passages_by_hash ON passages(hash);

-- unicode61 keeps runs of CJK characters together, so space-separated jieba words stay whole.
CREATE VIRTUAL TABLE IF NOT EXISTS passage_fts USING fts5(
  tokens, content='passages', content_rowid='id', tokenize='unicode61'
);
CREATE TRIGGER IF NOT EXISTS passages_fts_insert AFTER INSERT ON passages BEGIN
  INSERT INTO passage_fts(rowid, tokens) VALUES (new.id, new.tokens);
END;
CREATE TRIGGER IF NOT EXISTS passages_fts_delete AFTER DELETE ON passages BEGIN
  INSERT INTO passage_fts(passage_fts, rowid, tokens) VALUES ('delete', old.id, old.tokens);
END;
CREATE TRIGGER IF NOT EXISTS passages_fts_update AFTER UPDATE OF tokens ON passages BEGIN
  INSERT INTO passage_fts(passage_fts, rowid, tokens) VALUES ('delete', old.id, old.tokens);
  INSERT INTO passage_fts(rowid, tokens) VALUES (new.id, new.tokens);
END;

-- parent_code is the PART_OF edge, successor_code the SUCCEEDED_BY edge (the successor may be
-- a unit no item names, so it is not a foreign key).
CREATE TABLE IF NOT EXISTS regions (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('province','city','county','township','community')),
  abolished INTEGER NOT NULL DEFAULT 0,
  successor_code TEXT,
  parent_code TEXT REFERENCES regions(code)
);
CREATE INDEX IF NOT EXISTS regions_by_parent ON regions(parent_code);

CREATE TABLE IF NOT EXISTS categories (
  name TEXT PRIMARY KEY
);

-- Curated practices only (from the taxonomy, or matched before the taxonomy was loaded).
CREATE TABLE IF NOT EXISTS practices (
  name TEXT PRIMARY KEY,
  category TEXT NOT NULL REFERENCES categories(name),
  aliases TEXT NOT NULL DEFAULT '[]',
  description TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS practices_by_category ON practices(category);

-- People's decisions about candidate names; kept apart from item_candidates so a decision outlives
-- the items that named the candidate (a rejected name found again in a new document stays hidden).
CREATE TABLE IF NOT EXISTS candidate_decisions (
  name TEXT PRIMARY KEY,
  decision TEXT NOT NULL CHECK (decision IN ('promoted','merged','rejected')),
  practice_name TEXT
);

CREATE TABLE IF NOT EXISTS item_regions (
  item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  region_code TEXT NOT NULL REFERENCES regions(code),
  role TEXT NOT NULL CHECK (role IN ('region','subregion','candidate')),
  position INTEGER NOT NULL,
  PRIMARY KEY (item_id, role, region_code)
);
CREATE INDEX IF NOT EXISTS item_regions_by_region ON item_regions(region_code, role);

CREATE TABLE IF NOT EXISTS item_practices (
  item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  practice_name TEXT NOT NULL REFERENCES practices(name),
  matched TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (item_id, practice_name)
);
CREATE INDEX IF NOT EXISTS item_practices_by_practice ON item_practices(practice_name);

CREATE TABLE IF NOT EXISTS item_candidates (
  item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  matched TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (item_id, name)
);
CREATE INDEX IF NOT EXISTS item_candidates_by_name ON item_candidates(name);

-- practice_name is OF_PRACTICE; kept as text so an outcome never blocks a write.
CREATE TABLE IF NOT EXISTS outcomes (
  id INTEGER PRIMARY KEY,
  item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  value REAL NOT NULL,
  unit TEXT NOT NULL,
  norm_value REAL NOT NULL,
  norm_unit TEXT NOT NULL,
  metric TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('outcome','input','target')),
  approximate INTEGER NOT NULL,
  practice_name TEXT
);
CREATE INDEX IF NOT EXISTS outcomes_by_item ON outcomes(item_id, position);

-- Reprints: every item that can be a copy (a place and a long enough body) with what the rule
-- compares — its document, date, practice and candidate names (JSON array, and name_bits, their
-- signature: graph/reprints/candidates.ts nameBits) and sketch — clustered by place
-- (graph/reprints/rule.ts placeKey), so a new copy's candidates are one range of rows.
-- items.report_id is the earliest copy's item id.
CREATE TABLE IF NOT EXISTS item_copies (
  place_key TEXT NOT NULL,
  item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  document_id TEXT NOT NULL,
  date TEXT,
  practices TEXT NOT NULL,
  name_bits INTEGER NOT NULL,
  shingles INTEGER NOT NULL,
  hashes BLOB NOT NULL,
  PRIMARY KEY (place_key, item_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS item_copies_by_item ON item_copies(item_id);

CREATE TABLE IF NOT EXISTS policies (
  title TEXT PRIMARY KEY
);
CREATE TABLE IF NOT EXISTS item_policies (
  item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  policy_title TEXT NOT NULL REFERENCES policies(title),
  position INTEGER NOT NULL,
  PRIMARY KEY (item_id, policy_title)
);
CREATE INDEX IF NOT EXISTS item_policies_by_policy ON item_policies(policy_title);

CREATE TABLE IF NOT EXISTS offices (
  name TEXT PRIMARY KEY
);
CREATE TABLE IF NOT EXISTS item_offices (
  item_id TEXT PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
  office_name TEXT NOT NULL REFERENCES offices(name)
);
CREATE INDEX IF NOT EXISTS item_offices_by_office ON item_offices(office_name);
`;

/** Connection settings every session needs; WAL lets readers run beside the writer. */
export function configureConnection(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  // 64 MiB of page cache (default 2 MiB): adoptions and item reads at 100k items touch scattered pages.
  db.pragma('cache_size = -65536');
}

/** One step from the layout before `version` to `version`; must do nothing where it was already done. */
interface Migration {
  version: number;
  apply(db: Database.Database): void;
}

const migrations: Migration[] = [
  { version: 2, apply: (db) => addColumn(db, 'items', 'region_evidence', regionEvidenceColumn) },
  {
    version: 3,
    apply: (db) => {
      addColumn(db, 'items', 'report_id', 'report_id TEXT');
      backfillReprints(db);
    },
  },
  { version: 6, apply: moveToItemCopies },
];

function addColumn(db: Database.Database, table: string, column: string, definition: string): void {
  const columns = db.prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`).all();
  if (!columns.some((existing) => existing.name === column)) db.exec(`ALTER TABLE ${table} ADD COLUMN ${definition}`);
}

/** The version recorded in the file; null for a new file (or one written before versions were kept). */
export function storedSchemaVersion(db: Database.Database): number | null {
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get() !== undefined;
  if (!hasMeta) return null;
  const row = db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'schema_version'").get();
  const version = Number(row?.value);
  return Number.isInteger(version) ? version : null;
}

/**
 * Creates missing tables, brings an older file up to date and records the schema version. Safe to
 * call repeatedly; an up-to-date file is only read, so opening it never waits for another writer.
 */
export function applySchema(db: Database.Database): void {
  if ((storedSchemaVersion(db) ?? 0) >= SCHEMA_VERSION) return;
  // IMMEDIATE: two processes opening one old file must not both add the same column.
  db.transaction(() => {
    const stored = storedSchemaVersion(db);
    db.exec(ddl);
    // A file without a recorded version was written by version 1 (or is new: the DDL is the latest).
    for (const migration of migrations) if (migration.version > (stored ?? 1)) migration.apply(db);
    // Created after the migrations: an older file gains report_id only in step 3.
    db.exec('CREATE INDEX IF NOT EXISTS items_by_report ON items(report_id)');
    db.prepare(
      `INSERT INTO meta(key, value) VALUES ('schema_version', ?)
       ON CONFLICT(key) DO UPDATE SET value = excluded.value WHERE CAST(meta.value AS INTEGER) < CAST(excluded.value AS INTEGER)`,
    ).run(String(SCHEMA_VERSION));
  }).immediate();
}
