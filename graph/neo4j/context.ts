/**
 * What every module of the adapter shares: the driver behind three ways of running Cypher.
 * This and testing.ts are the only modules that hold a driver; every call goes through `guard`,
 * which turns driver failures into catalogued errors (STORE_UNAVAILABLE for connection problems,
 * STORE_WRITE_FAILED for rolled-back writes).
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { guard, redactUri, type StoreAction } from './errors.ts';
import { createReadMemo, type ReadMemo } from './memo.ts';
import { useTcpNoDelay } from './no-delay.ts';

export interface Neo4jStoreOptions {
  user?: string;
  password?: string;
  /** Database name; the server's default database when absent. */
  database?: string;
  /** Dimension of passage vectors the vector index takes (512 for bge-small-zh). */
  dimensions?: number;
}

/** One statement with its parameters; the rows come back as plain objects (integers as numbers). */
export type RunQuery = (cypher: string, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

export interface Neo4jContext {
  /** The URI without credentials, and the database when one was named. */
  readonly location: string;
  /** Dimension of the passage vectors the vector index takes. */
  readonly dimensions: number;
  /** A read statement on its own (auto-commit, routed to a reader). */
  read: RunQuery;
  /** A schema statement (routed to the writer; failures report the store as not opening). */
  define: RunQuery;
  /** What reads keep between statements; dropped by every write through `write`. */
  readonly memo: ReadMemo;
  /** Runs `work` in one managed write transaction: all of it commits, or none. */
  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The vector dimension of bge-small-zh, the default model. */
export const defaultDimensions = 512;

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

/** Connects and checks the server answers; the driver is closed again when it does not. */
export async function connectNeo4j(uri: string, options: Neo4jStoreOptions = {}): Promise<Neo4jContext> {
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
  return createNeo4jContext(driver, location, options.database, options.dimensions ?? defaultDimensions);
}

function createNeo4jContext(driver: Driver, location: string, database: string | undefined, dimensions: number): Neo4jContext {
  async function query(cypher: string, params: Record<string, unknown>, action: StoreAction): Promise<Record<string, unknown>[]> {
    return guard(action, location, async () => {
      // Auto-commit: one round trip, where a managed transaction adds BEGIN and COMMIT (~3 ms a
      // statement, and a search runs six or more).
      const session = driver.session({ database, defaultAccessMode: action === 'read' ? neo4j.session.READ : neo4j.session.WRITE });
      try {
        const result = await session.run(cypher, params);
        return result.records.map((record) => record.toObject());
      } finally {
        await session.close();
      }
    });
  }

  const memo = createReadMemo();
  return {
    location,
    dimensions,
    memo,
    read: (cypher, params) => query(cypher, params, 'read'),
    define: (cypher, params) => query(cypher, params, 'open'),
    write: async (work) =>
      guard('write', location, async () => {
        const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
        memo.clear();
        try {
          return await session.executeWrite(work);
        } finally {
          // Also after: a read that overlapped the write may have kept what it replaced.
          memo.clear();
          await session.close();
        }
      }),
    close: () => driver.close(),
  };
}
