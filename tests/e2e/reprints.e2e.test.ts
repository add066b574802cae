/**
 * End to end in chromium, on the seeds plus two invented bulletins uploaded as admin: a county's
 * own bulletin and the provincial bulletin reprinting its report under another headline three
 * weeks later. The county's item shows 另见 1 处转载 linking to the copy's page, which names the
 * county's bulletin as 首发; the two copies are one report (issue 13.1), and the home page's
 * 常见做法 counts it once.
 */
import { expect, it } from 'vitest';
import type { AtlasTestServer } from './atlas-server.ts';
import { describeInChromium, uploadText, useSeedsPage } from './harness.ts';

/** Invented in the genre. */
const body =
  '今年以来，岳西县在全县182个村（社区）推行“党员中心户”制度，从农村无职党员、退休干部中选树党员中心户1260户，' +
  '每户联系周边10至15户群众，承担政策宣传、民意收集、矛盾调解、帮办代办等职责。县委组织部建立“月走访、季评议、年表彰”工作机制，' +
  '将党员中心户履职情况纳入年度评议。目前，党员中心户累计收集群众意见建议2300余条，帮办代办事项4100余件，化解矛盾纠纷380余起。';

const countyBulletin = ['岳西组工信息', '2023年第5期', '中共岳西县委组织部　　　　2023年5月10日', '', '△岳西县：推行“党员中心户”制度 打通服务群众“最后一米”', body].join('\n');
const provincialReprint = [
  '皖组动态', '2023年第12期', '中共安徽省委组织部　　　　2023年6月2日', '', '△党员中心户架起干群“连心桥”',
  `${body.replace('今年以来，', '').replace('目前，', '截至目前，')}（来源：岳西县委组织部）`,
].join('\n');

async function graphql<T>(server: AtlasTestServer, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as { data: T; errors?: unknown };
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
}

interface Hit { item: { id: string; title: string; reportId: string; reprints: { itemId: string }[] } }

describeInChromium('reprints in chromium', () => {
  let first: Hit['item'] | undefined;
  let copy: Hit['item'] | undefined;
  const seeds = useSeedsPage({
    prepare: async (server) => {
      // The reprint arrives first: the earlier county bulletin still leads the report.
      await uploadText(server, '皖组动态2023第12期.txt', provincialReprint);
      await uploadText(server, '岳西组工信息2023第5期.txt', countyBulletin);
      const { search } = await graphql<{ search: { hits: Hit[] } }>(server,
        'query($q: String!) { search(query: $q, first: 20) { hits { item { id title reportId reprints { itemId } } } } }', { q: '岳西县 党员中心户' });
      const ours = search.hits.map((hit) => hit.item).filter((item) => item.title.includes('党员中心户'));
      first = ours.find((item) => item.title.startsWith('岳西县'));
      copy = ours.find((item) => item.title.startsWith('党员中心户'));
    },
  });

  it('stores the two copies as one report led by the county\'s bulletin', () => {
    expect(first).toBeDefined();
    expect(copy).toBeDefined();
    expect(copy!.reportId).toBe(first!.id);
    expect(first!.reprints.map((reprint) => reprint.itemId)).toEqual([copy!.id]);
  });

  it('shows 另见 1 处转载 on the item page, linking to the copy, whose page names the 首发', async () => {
    const { page } = seeds;
    await seeds.open(`#/item/${encodeURIComponent(first!.id)}`);
    const note = page.locator('.reprints', { hasText: '另见 1 处转载' });
    await note.waitFor();
    await seeds.shot('item-reprints');
    await note.locator('a').click();
    await page.locator('.reprints', { hasText: '首发' }).waitFor();
    expect(decodeURIComponent(page.url())).toContain(`#/item/${copy!.id}`);
    expect(await page.locator('.reprints', { hasText: '首发' }).innerText()).toContain('岳西组工信息');
  });

  it('shows 另见 1 处转载 on the search card too, with no console error or failed request', async () => {
    await seeds.open(`#/search?q=${encodeURIComponent('岳西县 党员中心户')}`);
    const card = seeds.page.locator(`.item-card[data-item-id="${first!.id}"]`);
    await card.waitFor();
    expect(await card.locator('.reprints').innerText()).toMatch(/^另见 1 处转载：/);
    expect(seeds.problems).toEqual([]);
  });

  it('counts the report once in the home page\'s 常见做法, though it is two items', async () => {
    const { item, practices } = await graphql<{ item: { practices: { name: string }[] }; practices: { nodes: { name: string; itemCount: number; reportCount: number }[] } }>(seeds.server,
      'query($id: ID!) { item(id: $id) { practices { name } } practices(first: 100) { nodes { name itemCount reportCount } } }', { id: first!.id });
    const practice = practices.nodes.find((node) => node.name === item.practices[0]?.name);
    expect(practice).toBeDefined();
    expect(practice!.itemCount - practice!.reportCount).toBe(1);
    await seeds.open('#/');
    const tag = seeds.page.locator('a.tag', { hasText: practice!.name });
    await tag.waitFor();
    expect(Number(await tag.locator('.count').innerText())).toBe(practice!.reportCount);
    expect(await tag.getAttribute('title')).toContain('转载只计一次');
  });
});
