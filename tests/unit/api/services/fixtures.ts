/**
 * A small invented corpus for the service tests: five localities' reports (two 城关区 to make a
 * name ambiguous), a gazetteer holding only their places, the contract taxonomy, a segmenter with
 * those words and the hashing test-double embedder, over a temporary SQLite store.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createAtlasServices } from '../../../../api/services/index.ts';
import type { AtlasServicesTuning } from '../../../../api/services/index.ts';
import type { AtlasServices } from '../../../../api/services/types.ts';
import type { ItemRecord, Outcome, RegionRef } from '../../../../graph/model.ts';
import { openGraphStore } from '../../../../graph/open.ts';
import type { GraphStore } from '../../../../graph/store.ts';
import { createHashingEmbedder, splitPassages } from '../../../../language/embed/index.ts';
import { createGazetteer } from '../../../../language/knowledge/gazetteer.ts';
import { createSegmenter, domainWords } from '../../../../language/segment/index.ts';
import type { Embedder, Segmenter } from '../../../../language/types.ts';
import { buildDocument, buildItem, regions as builtRegions, taxonomy } from '../../../contract/builders.ts';

export { taxonomy };

const province = (code: string, name: string): RegionRef => ({ code, name, level: 'province', path: [name], pathCodes: [code] });
const city = (code: string, name: string, parent: RegionRef): RegionRef => ({
  code, name, level: 'city', path: [...parent.path, name], pathCodes: [...parent.pathCodes, code],
});

export const places = {
  anhui: province('34', '安徽省'),
  heilongjiang: province('23', '黑龙江省'),
  gansu: province('62', '甘肃省'),
  tibet: province('54', '西藏自治区'),
  ...builtRegions,
};
const cities = [city('3408', '安庆市', places.anhui), city('2307', '伊春市', places.heilongjiang), city('6201', '兰州市', places.gansu), city('5401', '拉萨市', places.tibet)];

export const gazetteer = createGazetteer([
  places.anhui, places.heilongjiang, places.gansu, places.tibet, ...cities,
  places.wangjiang, places.taihu, places.jiayin, places.chengguanLanzhou, places.chengguanLhasa,
]);
export const regionLookup = { lookup: (name: string) => gazetteer.lookup(name) };

export function createTestSegmenter(): Segmenter {
  return createSegmenter({ words: [...domainWords(taxonomy), ...gazetteer.allNames()] });
}

const tied = (text: string, value: number, unit: string, practice: string | null): Outcome => ({
  text, value, unit, normalized: { value, unit }, metric: null, kind: 'outcome', approximate: false, practice,
});

interface ReportSpec {
  ordinal: number;
  region: RegionRef;
  title: string;
  text: string;
  section: string;
  year: number;
  practices: string[];
  outcomes: Outcome[];
}

const reports: ReportSpec[] = [
  { ordinal: 1, region: places.wangjiang, section: '市内信息', year: 2020, practices: ['社区大党委'], title: '望江县推行社区“大党委”制',
    text: '望江县在城区社区推行社区“大党委”制，吸纳驻区单位党组织46个，解决群众急难愁盼问题1400余件。',
    outcomes: [tied('解决群众急难愁盼问题1400余件', 1400, '件', '社区大党委')] },
  { ordinal: 2, region: places.taihu, section: '市内信息', year: 2020, practices: ['单元长制', '党员积分管理'], title: '太湖县推深楼栋单元长制度',
    text: '太湖县在老旧小区推行楼栋单元长制度，开展党员积分评议，积分达标党员85名。选聘党员单元长120名，调解邻里纠纷300余起。',
    outcomes: [tied('积分达标党员85名', 85, '名', '党员积分管理'), tied('选聘党员单元长120名', 120, '名', '单元长制'), tied('调解邻里纠纷300余起', 300, '起', '单元长制')] },
  { ordinal: 3, region: places.jiayin, section: '市外参考', year: 2019, practices: ['党员积分管理'], title: '嘉荫县推行党员积分管理',
    text: '嘉荫县推行党员积分管理，全县2300名党员参加积分评议，评出先进党员<b>150</b>名。',
    outcomes: [tied('评出先进党员150名', 150, '名', '党员积分管理')] },
  { ordinal: 4, region: places.chengguanLanzhou, section: '市外参考', year: 2021, practices: ['单元长制'], title: '兰州城关区推行单元长制',
    text: '兰州市城关区在老旧楼院推行单元长制，单元长覆盖楼栋800个，收集居民诉求900余条。',
    outcomes: [tied('单元长覆盖楼栋800个', 800, '个', '单元长制')] },
  { ordinal: 5, region: places.chengguanLhasa, section: '市外参考', year: 2021, practices: ['社区大党委'], title: '拉萨城关区建立社区大党委',
    text: '拉萨市城关区建立社区大党委32个，吸纳成员单位210家，共建项目60个。',
    outcomes: [tied('建立社区大党委32个', 32, '个', '社区大党委')] },
];

export const DOCUMENT_ID = 'test-bulletin';

async function toItems(segmenter: Segmenter): Promise<ItemRecord[]> {
  const embedder = createHashingEmbedder();
  return Promise.all(reports.map(async (report) => {
    const passages = splitPassages(`${report.title}。${report.text}`);
    const vectors = await embedder.embed(passages.map((passage) => passage.text));
    const category = (name: string): string => taxonomy.find((practice) => practice.name === name)?.category ?? '';
    return buildItem({
      id: `${DOCUMENT_ID}:${report.ordinal}`, ordinal: report.ordinal, section: report.section, title: report.title, text: report.text,
      year: report.year, date: `${report.year}-06-28`, region: report.region, regionMention: report.region.name, office: null,
      practices: report.practices.map((name) => ({ name, category: category(name), matched: name })),
      outcomes: report.outcomes, policies: [],
      passages: passages.map((passage, index) => ({ ...passage, tokens: segmenter.cutForSearch(passage.text), embedding: vectors[index]! })),
    });
  }));
}

export interface TestAtlas {
  services: AtlasServices;
  store: GraphStore;
  cleanup(): Promise<void>;
}

export async function createTestAtlas(tuning?: AtlasServicesTuning, embedder: Embedder = createHashingEmbedder()): Promise<TestAtlas> {
  const folder = await mkdtemp(path.join(tmpdir(), 'atlas-services-'));
  const store = await openGraphStore(path.join(folder, 'atlas.db'));
  const segmenter = createTestSegmenter();
  await store.upsertTaxonomy(taxonomy);
  await store.writeDocument(buildDocument({ id: DOCUMENT_ID, source: 'bulletins/测试组工信息.txt', items: await toItems(segmenter) }));
  const services = createAtlasServices({ store, embedder, segmenter, regions: regionLookup, taxonomy, tuning, places: () => gazetteer.all() });
  return {
    services,
    store,
    cleanup: async () => {
      await store.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
