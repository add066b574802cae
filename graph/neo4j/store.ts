/**
 * The adapter's old entry path, kept only because tests/int/graph-model-cypher.test.ts (outside
 * this change) still imports it; delete once that import names graph/neo4j/index.ts.
 */
export { createNeo4jGraphStore, type Neo4jStoreOptions } from './index.ts';
