/**
 * Test support for suites that run against a real Neo4j: wiping the (single) user database
 * between tests, and running Cypher a person would paste into Neo4j Browser. Kept here because
 * only graph/neo4j may import the driver.
 */
import neo4j from 'neo4j-driver';

export interface Neo4jConnection {
  user?: string;
  password?: string;
  database?: string;
}

function connect(uri: string, connection: Neo4jConnection): ReturnType<typeof neo4j.driver> {
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
