/**
 * Test support for suites that run against a real Neo4j: wiping the (single) user database
 * between tests, and running Cypher a person would paste into Neo4j Browser. Kept here because
 * only graph/neo4j may import the driver.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { useTcpNoDelay } from './no-delay.ts';

export interface Neo4jConnection {
  user?: string;
  password?: string;
  database?: string;
}

function connect(uri: string, connection: Neo4jConnection): ReturnType<typeof neo4j.driver> {
  useTcpNoDelay();
  const auth = connection.password === undefined ? undefined : neo4j.auth.basic(connection.user ?? 'neo4j', connection.password);
  return neo4j.driver(uri, auth, { disableLosslessIntegers: true });
}

/** Deletes every node and relationship, in batches so a large store does not need one huge transaction. */
export async function wipeAllNodes(uri: string, connection: Neo4jConnection = {}): Promise<void> {
  const driver = connect(uri, connection);
  try {
    for (;;) {
      const result = await driver.executeQuery(
        'MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted',
        {},
        { database: connection.database },
      );
      if (Number(result.records[0]?.get('deleted') ?? 0) === 0) return;
    }
  } finally {
    await driver.close();
  }
}

/** Runs one Cypher statement and gives the rows as plain objects (integers as numbers). */
export async function runCypher(
  uri: string,
  cypher: string,
  params: Record<string, unknown> = {},
  connection: Neo4jConnection = {},
): Promise<Record<string, unknown>[]> {
  const driver = connect(uri, connection);
  try {
    const result = await driver.executeQuery(cypher, params, { database: connection.database });
    return result.records.map((record) => record.toObject());
  } finally {
    await driver.close();
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Takes a machine-wide lock on one server: test files that wipe or count the whole (single)
 * database run in parallel workers, so each holds this lock for its whole run. Resolves with the
 * release function. A lock left by a dead process is taken over.
 */
export async function lockServer(uri: string, timeoutMs = 15 * 60_000): Promise<() => Promise<void>> {
  const key = createHash('sha256').update(uri).digest('hex').slice(0, 12);
  const folder = path.join(tmpdir(), `atlas-neo4j-tests-${key}.lock`);
  const owner = path.join(folder, 'pid');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await mkdir(folder);
      await writeFile(owner, String(process.pid));
      return async () => {
        await rm(folder, { recursive: true, force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(await readFile(owner, 'utf8').catch(() => '0'));
    if (holder > 0 && !isAlive(holder)) {
      await rm(folder, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for the Neo4j test lock ${folder} (held by pid ${holder})`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
