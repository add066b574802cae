// Lint runs inside `npm test`; the type-aware rules catch floating promises and stray `any`.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** One layer's import rule: the files it covers and the patterns they may not import. */
const layer = (files, patterns, ignores) => ({
  files,
  ...(ignores ? { ignores } : {}),
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});
const noDrivers = { group: ['neo4j-driver', 'better-sqlite3'], message: 'Only the graph adapters import database drivers.' };
const noAdapters = { group: ['**/graph/sqlite/*', '**/graph/neo4j/*', './sqlite/*', './neo4j/*'], message: 'Open stores through graph/open.ts only.' };

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
  // Dependencies point inward: only the factory reaches adapters; only graph/neo4j talks to the driver.
  // Adapter tests test their adapter directly; everything else goes through the factory.
  layer(['**/*.ts'], [noAdapters, noDrivers], ['graph/open.ts', 'graph/sqlite/**', 'graph/neo4j/**', 'tests/contract/**', 'tests/unit/graph/neo4j/**', 'tests/int/graph-model-cypher.test.ts', 'tests/int/migrate.int.test.ts', 'tests/int/api.int.test.ts', 'scripts/neo4j-*.ts']),
  // The write pipeline: the language layer and the graph port below it, nothing above.
  layer(['ingest/**'], [
    { group: ['**/api/*', '**/cli/*'], message: 'ingest depends on the language layer and the graph port only.' },
    { group: ['**/graph/sqlite/*', '**/graph/neo4j/*', '**/graph/open*'], message: 'ingest depends on the graph port only.' },
    noDrivers,
  ]),
  // What ingest and search share (knowledge, segmentation, extraction, embedding, text): pure
  // language work over the graph model, never the pipeline, the API or a store.
  layer(['language/**'], [
    { group: ['**/ingest/**', '**/api/**', '**/cli/**'], message: 'language sits below ingest and api: it imports neither.' },
    { group: ['**/graph/sqlite/*', '**/graph/neo4j/*', '**/graph/open*', '**/graph/store*'], message: 'language needs no store: graph/model and graph/vectors only.' },
    noDrivers,
  ]),
  // The API reads through the services, the language layer and the graph port; it writes through
  // the one ingest entry point, never the pipeline's internals.
  layer(['api/**'], [
    { group: ['**/ingest/**', '!**/ingest/ingester.ts'], message: 'api may use ingest/ingester.ts only; the language layer for the rest.' },
    { group: ['**/cli/**'], message: 'cli sits above api.' },
    noAdapters,
    noDrivers,
  ]),
  // The graph layer is the bottom: it imports nothing above it; each adapter only its own driver.
  ...[
    { files: ['graph/**'], ignores: ['graph/sqlite/**', 'graph/neo4j/**', 'graph/open.ts'], drivers: ['neo4j-driver', 'better-sqlite3'], adapters: true },
    { files: ['graph/open.ts'], drivers: ['neo4j-driver', 'better-sqlite3'], adapters: false },
    { files: ['graph/sqlite/**'], drivers: ['neo4j-driver'], adapters: false },
    { files: ['graph/neo4j/**'], drivers: ['better-sqlite3'], adapters: false },
  ].map(({ files, ignores, drivers, adapters }) => layer(files, [
    { group: ['**/ingest/**', '**/language/**', '**/api/**', '**/cli/**', '**/web/**'], message: 'graph imports nothing above it.' },
    { group: drivers, message: 'Each adapter imports its own driver only.' },
    ...(adapters ? [{ group: ['**/sqlite/*', '**/neo4j/*'], message: 'Open stores through graph/open.ts only.' }] : []),
  ], ignores)),
);
