/**
 * The Cypher schema.ts runs: uniqueness constraints for every node key, lookup indexes, a
 * full-text index over passage tokens (whitespace analyzer: jieba tokens stay whole) and a cosine
 * vector index on passage embeddings. Every statement is idempotent (IF NOT EXISTS).
 */

export const fullTextIndexName = 'passage_tokens';
export const vectorIndexName = 'passage_embedding';

const uniqueKeys: [label: string, property: string][] = [
  ['Document', 'id'],
  ['Item', 'id'],
  ['Passage', 'id'],
  ['Region', 'code'],
  ['Practice', 'name'],
  ['Candidate', 'name'],
  ['Category', 'name'],
  ['Outcome', 'id'],
  ['Policy', 'title'],
  ['Office', 'name'],
  // The one counter cached reprint candidates are checked against (reprint-cache.ts).
  ['ReprintVersion', 'id'],
];

/** Item filters by year and section, and by category, can start from these instead of scanning every item. */
const lookupIndexes: [label: string, property: string][] = [
  ['Passage', 'hash'],
  ['Document', 'date'],
  ['Region', 'successorCode'],
  ['Outcome', 'practice'],
  ['Item', 'year'],
  ['Item', 'section'],
  // Reprints: a new item meets the stored ones of its place; a report's copies are found by its id.
  ['Item', 'placeKey'],
  ['Item', 'reportId'],
  ['Practice', 'category'],
];

function snake(label: string, property: string): string {
  return `${label}_${property}`.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
}

export function vectorIndexStatement(dimensions: number): string {
  if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > 4096) {
    throw new RangeError(`vector dimensions must be an integer in 1..4096, got ${dimensions}`);
  }
  return (
    `CREATE VECTOR INDEX ${vectorIndexName} IF NOT EXISTS FOR (p:Passage) ON p.embedding ` +
    `OPTIONS {indexConfig: {\`vector.dimensions\`: ${dimensions}, \`vector.similarity_function\`: 'cosine'}}`
  );
}

export function schemaStatements(dimensions: number): string[] {
  return [
    ...uniqueKeys.map(
      ([label, property]) => `CREATE CONSTRAINT ${snake(label, property)}_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.${property} IS UNIQUE`,
    ),
    ...lookupIndexes.map(([label, property]) => `CREATE INDEX ${snake(label, property)} IF NOT EXISTS FOR (n:${label}) ON (n.${property})`),
    `CREATE FULLTEXT INDEX ${fullTextIndexName} IF NOT EXISTS FOR (p:Passage) ON EACH [p.tokens] ` +
      "OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}",
    vectorIndexStatement(dimensions),
  ];
}

/** The configured dimension of the existing vector index, to rebuild it when the model changed. */
export const vectorIndexDimensions = `
SHOW VECTOR INDEXES YIELD name, options
WHERE name = '${vectorIndexName}'
RETURN options.indexConfig['vector.dimensions'] AS dimensions`;

export const dropVectorIndex = `DROP INDEX ${vectorIndexName} IF EXISTS`;

export const awaitIndexes = 'CALL db.awaitIndexes(300)';
