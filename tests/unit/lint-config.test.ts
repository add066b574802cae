/**
 * The layers ESLint enforces (eslint.config.js), checked by linting imports that cross them: an
 * api/ file reaching into ingest/, a language/ file reaching up into ingest/, a graph/ file
 * reaching up into language/, an adapter importing the other adapter's driver.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('the dependency direction ESLint enforces', () => {
  it('refuses api/ → ingest/ internals and allows the one ingest entry point', async () => {
    expect(await restricted('api/services/search.ts', "import { ingestPaths } from '../../ingest/pipeline.ts';\nexport const use = ingestPaths;\n")).toHaveLength(1);
    expect(await restricted('api/runtime.ts', "import { createIngester } from '../ingest/ingester.ts';\nexport const use = createIngester;\n")).toHaveLength(0);
  });

  it('refuses language/ → ingest/ and graph/ → language/', async () => {
    expect(await restricted('language/extract/index.ts', "import { ingestPaths } from '../../ingest/pipeline.ts';\nexport const use = ingestPaths;\n")).toHaveLength(1);
    expect(await restricted('graph/model.ts', "import { loadTaxonomy } from '../language/knowledge/taxonomy.ts';\nexport const use = loadTaxonomy;\n")).toHaveLength(1);
  });

  it('lets each adapter import its own driver only', async () => {
    expect(await restricted('graph/sqlite/read.ts', "import neo4j from 'neo4j-driver';\nexport const use = neo4j;\n")).toHaveLength(1);
    expect(await restricted('graph/neo4j/read.ts', "import neo4j from 'neo4j-driver';\nexport const use = neo4j;\n")).toHaveLength(0);
  });
}, 120_000);
