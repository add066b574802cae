/**
 * The one ingest entry point: paths and single texts (uploads) go through the same rules — the
 * taxonomy is there, a text already stored under another name is refused as INPUT_DUPLICATE, the
 * same name with the same text is unchanged, and a file of a folder is refused the same way.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAtlasError } from '../../../../errors/catalogue.ts';
import { openGraphStore } from '../../../../graph/open.ts';
import type { GraphStore } from '../../../../graph/store.ts';
import { createHashingEmbedder } from '../../../../language/embed/index.ts';
import { createIngester } from '../../../../ingest/ingester.ts';
import type { Ingester } from '../../../../ingest/ingester.ts';

const root = mkdtempSync(path.join(tmpdir(), 'atlas-ingester-'));
let store: GraphStore;
let ingester: Ingester;

const report = [
  '云岭组工信息', '第 3 期', '中共云岭市委组织部研究室', '2023 年 5 月 10 日', '', '市内信息', '',
  '△东湖县：推行“村民说事”制度。全县建成说事点120个，化解矛盾纠纷86件。（东湖县委组织部）',
].join('\n');

beforeAll(async () => {
  store = await openGraphStore(path.join(root, 'atlas.db'));
  ingester = createIngester({ store, model: createHashingEmbedder() });
});
afterAll(async () => {
  await store.close();
  rmSync(root, { recursive: true, force: true });
});

async function refusal(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    return isAtlasError(error) ? error.code : String(error);
  }
  return 'accepted';
}

describe('createIngester', () => {
  it('writes an uploaded text with the taxonomy in place', async () => {
    const written = await ingester.ingestText(report, 'uploads/云岭组工信息-第3期.txt');
    expect(written.status).toBe('created');
    expect((await store.stats()).practices).toBeGreaterThan(100);
  });

  it('keeps the same text under the same name unchanged', async () => {
    expect((await ingester.ingestText(report, 'uploads/云岭组工信息-第3期.txt')).status).toBe('unchanged');
  });

  it('refuses the same text under another name, spaces and line ends notwithstanding', async () => {
    expect(await refusal(() => ingester.ingestText(report, 'uploads/copy.txt'))).toBe('INPUT_DUPLICATE');
    expect(await refusal(() => ingester.ingestText(report.replace(/\n/g, '\r\n  '), 'uploads/copy-crlf.txt'))).toBe('INPUT_DUPLICATE');
  });

  it('refuses it the same way when it comes as a file in a folder', async () => {
    const folder = path.join(root, 'in');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'again.txt'), report);
    const summary = await ingester.ingestPaths([folder], { progress: () => ({ advance() {}, done() {} }) });
    expect(summary.failed).toHaveLength(1);
    expect(summary.failed[0]?.reason).toContain('未重复导入');
  });

  it('refuses empty text', async () => {
    expect(await refusal(() => ingester.ingestText('  \n ', 'uploads/empty.txt'))).toBe('INPUT_EMPTY');
  });
});
