/**
 * The Neo4j GraphStore adapter: the only module that holds a driver. Every call goes through
 * `guard`, which turns driver failures into catalogued errors (STORE_UNAVAILABLE for connection
 * problems, STORE_WRITE_FAILED for rolled-back writes).
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { RegionRef } from '../model.ts';
import type { AdoptionRow, CandidateView, DocumentSummary, GraphStore, IntegrityReport, ItemReadOptions, ItemView, PracticeView, StoreStats } from '../store.ts';
import { addAliasIn, curateCandidateIn } from './curation.ts';
import { guard, redactUri, type StoreAction } from './errors.ts';
import { useTcpNoDelay } from './no-delay.ts';
import * as queries from './queries.ts';
import { regionCodesOf, toItemView, toRegionRef, type StoredItem, type StoredRegion } from './read.ts';
import * as schema from './schema.ts';
import { fullText, nearest, type RunQuery } from './search.ts';
import { deleteDocumentIn, refuseRepeatedIds, upsertTaxonomyIn, writeDocumentsIn } from './write.ts';

export interface Neo4jStoreOptions {
  user?: string;
  password?: string;
  /** Database name; the server's default database when absent. */
  database?: string;
  /** Dimension of passage vectors the vector index takes (512 for bge-small-zh). */
  dimensions?: number;
}

/**
 * Bounded waits, so a server that went away fails requests with STORE_UNAVAILABLE within seconds
 * instead of after the driver's 30 s of retries; the pool reconnects once the server is back.
 */
const driverTimeouts = {
  disableLosslessIntegers: true,
  connectionTimeout: 5_000,
  connectionAcquisitionTimeout: 10_000,
  maxTransactionRetryTime: 5_000,
} as const;

export async function createNeo4jGraphStore(uri: string, options: Neo4jStoreOptions = {}): Promise<GraphStore> {
  const location = options.database === undefined ? redactUri(uri) : `${redactUri(uri)} (database ${options.database})`;
  useTcpNoDelay();
  const auth = options.password === undefined ? undefined : neo4j.auth.basic(options.user ?? 'neo4j', options.password);
  const driver = await guard('open', location, async () => neo4j.driver(uri, auth, driverTimeouts));
  try {
    await guard('open', location, () => driver.verifyConnectivity(options.database === undefined ? {} : { database: options.database }));
  } catch (error) {
    await driver.close();
    throw error;
  }
  return new Neo4jGraphStore(driver, location, options.database, options.dimensions ?? schema.defaultDimensions);
}

class Neo4jGraphStore implements GraphStore {
  constructor(
    private readonly driver: Driver,
    readonly location: string,
    private readonly database: string | undefined,
    private readonly dimensions: number,
  ) {}

  private readonly run: RunQuery = (cypher, params) => this.read(cypher, params);

  private async read(cypher: string, params: Record<string, unknown> = {}, action: StoreAction = 'read'): Promise<Record<string, unknown>[]> {
    return guard(action, this.location, async () => {
      const result = await this.driver.executeQuery(cypher, params, {
        database: this.database,
        routing: action === 'read' ? neo4j.routing.READ : neo4j.routing.WRITE,
      });
      return result.records.map((record) => record.toObject());
    });
  }

  private async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return guard('write', this.location, async () => {
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
      try {
        return await session.executeWrite(work);
      } finally {
        await session.close();
      }
    });
  }

  async init(): Promise<void> {
    const [existing] = await this.read(schema.vectorIndexDimensions, {}, 'open');
    // A vector index built for another model's dimension would silently skip every new vector.
    if (existing !== undefined && Number(existing.dimensions) !== this.dimensions) await this.read(schema.dropVectorIndex, {}, 'open');
    for (const statement of schema.schemaStatements(this.dimensions)) await this.read(statement, {}, 'open');
    await this.read(schema.awaitIndexes, {}, 'open');
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  upsertTaxonomy: GraphStore['upsertTaxonomy'] = (practices) => this.write((tx) => upsertTaxonomyIn(tx, practices));
  writeDocument: GraphStore['writeDocument'] = async (doc) => {
    const [result] = await this.writeDocuments([doc]);
    if (result === undefined) throw new Error('writeDocuments gave no result for one document');
    return result;
  };
  writeDocuments: GraphStore['writeDocuments'] = async (docs) => {
    refuseRepeatedIds(docs);
    return docs.length === 0 ? [] : this.write((tx) => writeDocumentsIn(tx, docs));
  };
  deleteDocument: GraphStore['deleteDocument'] = (id) => this.write((tx) => deleteDocumentIn(tx, id));
  curateCandidate: GraphStore['curateCandidate'] = (request) => this.write((tx) => curateCandidateIn(tx, request));
  addAlias: GraphStore['addAlias'] = (practice, alias) => this.write((tx) => addAliasIn(tx, practice, alias));

  async getDocument(id: string): Promise<DocumentSummary | null> {
    const [row] = await this.read(queries.getDocument, { id });
    return row === undefined ? null : toSummary(row.document);
  }

  async getDocuments(ids: string[]): Promise<DocumentSummary[]> {
    const asked = [...new Set(ids)];
    if (asked.length === 0) return [];
    const byId = new Map((await this.read(queries.getDocuments, { ids: asked })).map((row) => {
      const summary = toSummary(row.document);
      return [summary.id, summary] as const;
    }));
    return asked.flatMap((id) => byId.get(id) ?? []);
  }

  async listDocuments(options: { first: number; offset: number }): Promise<{ nodes: DocumentSummary[]; total: number }> {
    const rows = await this.read(queries.listDocuments, { first: Math.max(0, options.first), offset: Math.max(0, options.offset) });
    const [count] = await this.read(queries.countDocuments);
    return { nodes: rows.map((row) => toSummary(row.document)), total: Number(count?.total ?? 0) };
  }

  async getItems(ids: string[], options: ItemReadOptions = {}): Promise<ItemView[]> {
    if (ids.length === 0) return [];
    const rows = await this.read(options.lean === true ? queries.getLeanItems : queries.getItems, { ids: [...new Set(ids)] });
    const items = new Map(rows.map((row) => row.item as StoredItem).map((item) => [item.id, item]));
    const regions = await this.loadRegions(regionCodesOf([...items.values()]));
    return ids.flatMap((id) => {
      const item = items.get(id);
      return item === undefined ? [] : [toItemView(item, regions)];
    });
  }

  async findItemIds(filter: Parameters<GraphStore['findItemIds']>[0]): Promise<string[]> {
    const { cypher, params } = queries.findItemIds(filter);
    return (await this.read(cypher, params)).map((row) => row.id as string);
  }

  fullText: GraphStore['fullText'] = (tokens, filter, k) => fullText(this.run, tokens, filter, k);
  nearest: GraphStore['nearest'] = (vector, filter, k) => nearest(this.run, vector, filter, k, this.dimensions);

  async getEmbeddings(hashes: string[]): Promise<Map<string, Float32Array>> {
    if (hashes.length === 0) return new Map();
    const rows = await this.read(queries.getEmbeddings, { hashes: [...new Set(hashes)] });
    const found = new Map(rows.map((row) => [row.hash as string, Float32Array.from(row.embedding as number[])]));
    // In the order asked, like every other lookup of the port.
    return new Map(hashes.flatMap((hash) => (found.has(hash) ? [[hash, found.get(hash) as Float32Array] as const] : [])));
  }

  async adoptions(practices: string[], filter: Parameters<GraphStore['adoptions']>[1]): Promise<AdoptionRow[]> {
    if (practices.length === 0) return [];
    const { cypher, params } = queries.adoptions(practices, filter);
    const rows = await this.read(cypher, params);
    const regions = await this.loadRegions(rows.flatMap((row) => (row.regionCode === null ? [] : [row.regionCode as string])));
    return rows.map((row) => ({
      practice: row.practice as string,
      itemId: row.itemId as string,
      region: row.regionCode === null ? null : (regions.get(row.regionCode as string) ?? null),
      date: (row.date as string | null) ?? null,
    }));
  }

  async relatedPractices(name: string): Promise<{ name: string; count: number }[]> {
    const rows = await this.read(queries.relatedPractices, { name });
    return rows.map((row) => ({ name: row.name as string, count: Number(row.count) }));
  }

  async practices(options: { category?: string; status?: 'curated' | 'candidate' }): Promise<PracticeView[]> {
    const curated: PracticeView[] =
      options.status === 'candidate'
        ? []
        : (await this.read(queries.curatedPractices, { category: options.category ?? null })).map((row) => ({
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
        : (await this.candidatePractices()).map((candidate) => ({
            name: candidate.name,
            category: '',
            status: 'candidate',
            aliases: [],
            description: '',
            itemCount: candidate.count,
          }));
    return [...curated, ...candidates];
  }

  async candidatePractices(): Promise<CandidateView[]> {
    return (await this.read(queries.candidatePractices)).map((row) => ({
      name: row.name as string,
      count: Number(row.count),
      itemIds: row.itemIds as string[],
    }));
  }

  async getRegions(codes: string[]): Promise<RegionRef[]> {
    const regions = await this.loadRegions(codes);
    return codes.flatMap((code) => {
      const region = regions.get(code);
      return region === undefined ? [] : [region];
    });
  }

  private async loadRegions(codes: string[]): Promise<Map<string, RegionRef>> {
    if (codes.length === 0) return new Map();
    const rows = await this.read(queries.getRegions, { codes: [...new Set(codes)] });
    return new Map(rows.map((row) => toRegionRef(row.region as StoredRegion)).map((region) => [region.code, region]));
  }

  async stats(): Promise<StoreStats> {
    const [row] = await this.read(queries.stats);
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

  async check(): Promise<IntegrityReport> {
    const problems: string[] = [];
    for (const { problem, cypher } of queries.integrityChecks) {
      const [row] = await this.read(cypher);
      const count = Number(row?.n ?? 0);
      if (count > 0) problems.push(`${count} ${problem}`);
    }
    return { ok: problems.length === 0, problems };
  }
}

function toSummary(value: unknown): DocumentSummary {
  const stored = value as Record<string, unknown>;
  const text = (key: string): string | null => (stored[key] as string | null | undefined) ?? null;
  return {
    id: stored.id as string,
    source: stored.source as string,
    title: text('title'),
    issue: text('issue'),
    date: text('date'),
    publisher: text('publisher'),
    hash: stored.hash as string,
    itemCount: Number(stored.itemCount),
  };
}
