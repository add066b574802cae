/**
 * Creating the schema when the store opens. A vector index built for another model's dimension
 * would silently skip every new vector, so it is dropped and rebuilt for the configured one.
 */
import type { Neo4jContext } from './context.ts';
import * as cypher from './schema-cypher.ts';

export async function applySchema(context: Neo4jContext): Promise<void> {
  const [existing] = await context.define(cypher.vectorIndexDimensions, {});
  if (existing !== undefined && Number(existing.dimensions) !== context.dimensions) await context.define(cypher.dropVectorIndex, {});
  for (const statement of cypher.schemaStatements(context.dimensions)) await context.define(statement, {});
  await context.define(cypher.awaitIndexes, {});
}
