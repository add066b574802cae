/**
 * The admin page as an office uses it, in a real browser: a wrong token is refused when entered; a
 * GBK-encoded file is uploaded as bytes and read correctly; the same bulletin under another name is
 * refused naming the stored one; a promoted candidate's page is its own; a document is listed and
 * deleted. Fixtures are invented.
 */
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import type { AtlasTestServer } from './atlas-server.ts';
import { describeInChromium, useSeedsPage } from './harness.ts';

const bulletin = [
  '组工信息', '第11期', '中共青岚市委组织部编                2024年3月8日', '【县区动态】',
  '△岳西县推行“院落议事会”制度。岳西县在87个老旧小区成立院落议事会，今年以来协调解决加装电梯、停车等问题245件。（岳西县委组织部）',
].join('\n');

describeInChromium('admin page in chromium', () => {
  const seeds = useSeedsPage();
  const { shot } = seeds;
  let server: AtlasTestServer;
  let page: Page;
  beforeAll(() => { ({ server, page } = seeds); });
  const upload = async (fileName: string, bytes: Buffer): Promise<void> => {
    await page.locator('input[type=file]').setInputFiles({ name: fileName, mimeType: 'text/plain', buffer: bytes });
    await page.getByRole('button', { name: '上传并抽取' }).click();
    await page.locator('.ingest-result .success, .ingest-result .state.error').waitFor({ timeout: 60_000 });
  };
  beforeAll(() => { page.on('dialog', (dialog) => void dialog.accept()); });

  it('refuses a wrong token when it is entered, and keeps nothing', async () => {
    await page.goto(`${server.url}/#/admin`);
    await page.getByLabel('管理口令').fill('not-the-token');
    await page.getByRole('button', { name: '进入' }).click();
    await page.getByText('口令不正确').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('atlas.adminToken'))).toBeNull();
    await page.getByLabel('管理口令').fill(server.adminToken);
    await page.getByRole('button', { name: '进入' }).click();
    await page.getByRole('heading', { name: '上传简报' }).waitFor();
  });

  it('reads a GBK file uploaded as bytes, and refuses it again under another name, naming the stored one', async () => {
    await upload('岳西-第11期.txt', iconv.encode(bulletin, 'gbk'));
    const result = page.locator('.ingest-result');
    expect(await result.locator('.success').innerText()).toContain('已新增');
    expect(await result.innerText()).toContain('岳西县');
    expect(await result.innerText()).toContain('院落议事会');
    expect(await page.locator('textarea[name=text]').inputValue()).toBe('');
    await shot('admin-upload-gbk');
    await upload('副本.txt', iconv.encode(bulletin, 'gbk'));
    const refusal = await result.locator('.state.error').innerText();
    expect(refusal).toContain('未重复导入');
    expect(refusal).toContain('岳西-第11期.txt');
    expect(refusal).toMatch(/^出错了：[^A-Za-z]{4}/u);
  });

  it('names the file it could not read, not an earlier one', async () => {
    await upload('扫描件.txt', Buffer.from(Array.from({ length: 2048 }, (_, index) => (index * 131) % 256)));
    expect(await page.locator('.ingest-result .state.error').innerText()).toContain('扫描件.txt');
  });

  it('promotes a candidate whose name holds another practice\'s word, and its page is its own', async () => {
    const row = page.locator('.candidate', { hasText: '院落议事会制度' });
    // Candidates are many: the name filter finds one named once.
    await page.getByLabel('筛选候选做法').fill('院落');
    await page.getByRole('button', { name: '筛选' }).click();
    await row.getByLabel(/的类别/).fill('基层治理');
    await row.getByRole('button', { name: '提升' }).click();
    await row.locator('.success').waitFor();
    await page.goto(`${server.url}/#/practice/${encodeURIComponent('院落议事会制度')}`);
    await page.getByRole('heading', { name: /院落议事会制度/ }).first().waitFor();
    const main = page.locator('main');
    await main.getByText('岳西县').first().waitFor();
    // The practice the matcher reads in its name (协商议事会) is another page.
    expect(await main.locator('h1').first().innerText()).not.toContain('协商议事会');
    await shot('practice-promoted');
    await page.goto(`${server.url}/#/admin`);
  });

  it('lists the stored documents and deletes one', async () => {
    const row = page.locator('.document-row', { hasText: '岳西-第11期.txt' });
    await row.waitFor();
    const before = await page.locator('.document-row').count();
    await row.getByRole('button', { name: '删除' }).click();
    await expect.poll(() => page.locator('.document-row').count()).toBe(before - 1);
    expect(await page.locator('.document-row', { hasText: '岳西-第11期.txt' }).count()).toBe(0);
    const search = await fetch(`${server.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ search(query: "岳西县 院落议事会", first: 50) { hits { item { title } } } }' }),
    });
    const { hits } = ((await search.json()) as { data: { search: { hits: { item: { title: string } }[] } } }).data.search;
    expect(hits.filter((hit) => hit.item.title.includes('岳西县'))).toEqual([]);
    await shot('admin-documents');
  });
});
