/**
 * Creating the schema when the store opens. A vector index built for another model's dimension
 * would silently skip every new vector, so it is dropped and rebuilt for the configured one.
 * Items stored before reprints were kept are sketched and grouped here (reprints.ts).
 */
import type { Neo4jContext } from './context.ts';
import { backfillReprints } from './reprints.ts';
import * as cypher from './schema-cypher.ts';

export async function applySchema(context: Neo4jContext): Promise<void> {
  const [existing] = await context.define(cypher.vectorIndexDimensions, {});
  if (existing !== undefined && Number(existing.dimensions) !== context.dimensions) await context.define(cypher.dropVectorIndex, {});
  for (const statement of cypher.schemaStatements(context.dimensions)) await context.define(statement, {});
  await context.define(cypher.awaitIndexes, {});
  // Stores written before reprints were kept: their items are sketched and grouped once.
  await backfillReprints(context);
}
