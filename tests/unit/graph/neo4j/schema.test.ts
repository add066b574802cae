import { describe, expect, it } from 'vitest';
import { schemaStatements, vectorIndexStatement } from '../../../../graph/neo4j/schema-cypher.ts';

describe('Neo4j schema', () => {
  const statements = schemaStatements(512);

  it('makes every node key unique, idempotently', () => {
    const constraints = statements.filter((statement) => statement.startsWith('CREATE CONSTRAINT'));
    expect(constraints).toContain('CREATE CONSTRAINT item_id_unique IF NOT EXISTS FOR (n:Item) REQUIRE n.id IS UNIQUE');
    expect(constraints).toContain('CREATE CONSTRAINT region_code_unique IF NOT EXISTS FOR (n:Region) REQUIRE n.code IS UNIQUE');
    expect(constraints).toHaveLength(11);
    expect(statements.every((statement) => statement.includes('IF NOT EXISTS'))).toBe(true);
  });

  it('indexes the item properties and the practice category that item filters test', () => {
    expect(statements).toContain('CREATE INDEX item_year IF NOT EXISTS FOR (n:Item) ON (n.year)');
    expect(statements).toContain('CREATE INDEX item_section IF NOT EXISTS FOR (n:Item) ON (n.section)');
    expect(statements).toContain('CREATE INDEX practice_category IF NOT EXISTS FOR (n:Practice) ON (n.category)');
  });

  it('indexes passage tokens with the whitespace analyzer and embeddings by cosine', () => {
    expect(statements).toContain(
      "CREATE FULLTEXT INDEX passage_tokens IF NOT EXISTS FOR (p:Passage) ON EACH [p.tokens] OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}",
    );
    expect(statements).toContain(
      "CREATE VECTOR INDEX passage_embedding IF NOT EXISTS FOR (p:Passage) ON p.embedding OPTIONS {indexConfig: {`vector.dimensions`: 512, `vector.similarity_function`: 'cosine'}}",
    );
  });

  it('refuses a vector dimension Neo4j cannot index', () => {
    expect(() => vectorIndexStatement(0)).toThrow(RangeError);
    expect(() => vectorIndexStatement(12.5)).toThrow(RangeError);
    expect(() => vectorIndexStatement(5000)).toThrow(RangeError);
  });
});
