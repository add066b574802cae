/**
 * Whether the corpus uses a word at all: one full-text index look-up per token, limited to one
 * passage, in a single statement (the search's own query syntax, so "used" means "fullText finds it").
 */
import type { Neo4jContext } from './context.ts';
import { buildFullTextQuery } from './search.ts';
import { fullTextIndexName } from './schema-cypher.ts';

const TERMS_USED = `
UNWIND $asked AS asked
CALL {
  WITH asked
  CALL db.index.fulltext.queryNodes('${fullTextIndexName}', asked.query, {limit: 1}) YIELD node
  RETURN count(node) AS found
}
RETURN asked.token AS token, found`;

export async function termsUsed(context: Pick<Neo4jContext, 'read'>, tokens: string[]): Promise<Set<string>> {
  const asked = [...new Set(tokens.map((token) => token.trim()))].flatMap((token) => {
    const query = buildFullTextQuery([token]);
    return query === null ? [] : [{ token, query }];
  });
  if (asked.length === 0) return new Set();
  const rows = await context.read(TERMS_USED, { asked });
  return new Set(rows.filter((row) => Number(row.found) > 0).map((row) => row.token as string));
}
