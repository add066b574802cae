// Lint runs inside `npm test`; the type-aware rules catch floating promises and stray `any`.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // The codegen's output (api/resolvers/generated, web/src/generated) is checked by `npm run codegen:check` instead.
  { ignores: ['**/*-tmp.ts', '**/*-tmp.mts', '**/*.tmp.ts', 'node_modules/**', 'data/**', 'models/**', 'dist/**', 'web/dist/**', 'graph/neo4j-dev/**', 'tests/artifacts/**', 'api/resolvers/generated/**', 'web/src/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.mjs', '**/*.js'], languageOptions: { globals: globals.node } },
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Dependencies point inward: only the factory reaches adapters; only graph/neo4j talks to the driver.
    files: ['**/*.ts'],
    // Adapter tests test their adapter directly; everything else goes through the factory.
    ignores: ['graph/open.ts', 'graph/sqlite/**', 'graph/neo4j/**', 'tests/contract/**', 'tests/unit/neo4j/**', 'tests/int/graph-model-cypher.test.ts', 'tests/int/migrate.int.test.ts', 'tests/int/api.int.test.ts', 'scripts/neo4j-*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/graph/sqlite/*', '**/graph/neo4j/*', './sqlite/*', './neo4j/*'], message: 'Open stores through graph/open.ts only.' },
          { group: ['neo4j-driver', 'better-sqlite3'], message: 'Only the graph adapters import database drivers.' },
        ],
      }],
    },
  },
  {
    files: ['graph/sqlite/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'neo4j-driver', message: 'Only graph/neo4j imports neo4j-driver.' }] }] },
  },
  {
    files: ['ingest/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/api/*', '**/cli/*'], message: 'ingest depends on the graph port only.' },
          { group: ['**/graph/sqlite/*', '**/graph/neo4j/*', '**/graph/open*'], message: 'ingest depends on the graph port only.' },
          { group: ['neo4j-driver', 'better-sqlite3'], message: 'Only the graph adapters import database drivers.' },
        ],
      }],
    },
  },
);
