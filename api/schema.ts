/** The executable schema: type definitions from api/schema.graphql, resolvers from api/resolvers/. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createSchema } from 'graphql-yoga';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers/index.ts';
import type { AtlasContext } from './resolvers/index.ts';

export const schemaFile = path.join(import.meta.dirname, 'schema.graphql');

let cached: GraphQLSchema | undefined;

export function loadSchema(): GraphQLSchema {
  cached ??= createSchema<AtlasContext>({ typeDefs: readFileSync(schemaFile, 'utf8'), resolvers });
  return cached;
}
