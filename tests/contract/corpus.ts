/**
 * A small fixed corpus for the read and search contracts: two documents, five items, six
 * passages, each passage's vector on its own axis so cosine answers are known exactly.
 *
 *   anqing-2020-08 (2020-06-28)  :1 望江县/华阳镇 社区大党委   passages axis 0, 1 (红领 only here)
 *                                :2 太湖县 单元长制             axis 2
 *                                :3 嘉荫县 社区大党委 (市外参考) axis 3
 *   yichun-2021-03 (2021-03-15)  :1 伊春区 (abolished) 单元长制  axis 4
 *                                :2 城关区? (two candidates)    axis 5
 */
import type { DocumentRecord } from '../../graph/model.ts';
import type { GraphStore, ItemView } from '../../graph/store.ts';
import { buildDocument, buildItem, buildPassage, regions, taxonomy, toItemView, vectorOf } from './builders.ts';

const policy = '关于加强城市基层党建工作的实施意见';

export const anqing: DocumentRecord = buildDocument({
  items: [
    buildItem({
      id: 'anqing-2020-08:1',
      subRegion: regions.huayang,
      candidatePractices: [{ name: '红领工作站', matched: '“红领工作站”' }],
      outcomes: [
        ...buildItem().outcomes,
        {
          text: '解决群众急难愁盼问题1.4万余件',
          value: 1.4,
          unit: '万件',
          normalized: { value: 14000, unit: '件' },
          metric: null,
          kind: 'outcome',
          approximate: true,
          practice: null,
        },
      ],
      passages: [
        buildPassage({
          index: 0,
          text: '望江县在华阳镇城区社区推行社区“大党委”制，吸纳驻区单位党组织46个。',
          tokens: ['望江', '望江县', '华阳', '华阳镇', '城区', '社区', '大党委', '党委', '驻区', '单位', '党组织'],
          embedding: vectorOf({ 0: 1 }),
        }),
        buildPassage({
          index: 1,
          text: '依托“红领工作站”解决群众急难愁盼问题1.4万余件。',
          tokens: ['红领', '工作站', '群众', '急难愁盼', '问题'],
          embedding: vectorOf({ 1: 1 }),
        }),
      ],
    }),
    buildItem({
      id: 'anqing-2020-08:2',
      ordinal: 2,
      title: '太湖县推行小区单元长制',
      office: '太湖县委组织部',
      text: '太湖县在城区小区推行单元长制，选聘楼栋单元长1200余名。',
      region: regions.taihu,
      regionMention: '太湖县',
      regionEvidence: 'office',
      practices: [{ name: '单元长制', category: '基层治理', matched: '单元长制' }],
      outcomes: [
        {
          text: '选聘楼栋单元长1200余名',
          value: 1200,
          unit: '名',
          normalized: { value: 1200, unit: '名' },
          metric: null,
          kind: 'input',
          approximate: true,
          practice: '单元长制',
        },
      ],
      policies: [],
      passages: [
        buildPassage({
          text: '太湖县在城区小区推行单元长制，选聘楼栋单元长1200余名。',
          tokens: ['太湖', '太湖县', '小区', '单元', '单元长', '单元长制', '楼栋'],
          embedding: vectorOf({ 2: 1 }),
        }),
      ],
    }),
    buildItem({
      id: 'anqing-2020-08:3',
      ordinal: 3,
      section: '市外参考',
      title: '嘉荫县以社区“大党委”推动共驻共建',
      office: null,
      text: '嘉荫县以社区大党委推动共驻共建，推广“红领工作站”“54321”帮扶机制。',
      region: regions.jiayin,
      regionMention: '嘉荫县',
      practices: [{ name: '社区大党委', category: '基层党建', matched: '大党委' }],
      candidatePractices: [
        { name: '红领工作站', matched: '“红领工作站”' },
        { name: '54321帮扶机制', matched: '“54321”帮扶机制' },
      ],
      outcomes: [],
      policies: [policy],
      passages: [
        buildPassage({
          text: '嘉荫县以社区大党委推动共驻共建。',
          tokens: ['嘉荫', '嘉荫县', '社区', '大党委', '党委', '共驻共建'],
          embedding: vectorOf({ 3: 1 }),
        }),
      ],
    }),
  ],
});

export const yichun: DocumentRecord = buildDocument({
  id: 'yichun-2021-03',
  source: 'bulletins/伊春组工2021第3期.txt',
  title: '伊春组工',
  issue: '第3期',
  date: '2021-03-15',
  publisher: '中共伊春市委组织部',
  hash: 'sha256-yichun-2021-03-v1',
  items: [
    buildItem({
      id: 'yichun-2021-03:1',
      section: '组织工作动态',
      title: '伊春区推行网格单元长制',
      office: '中共伊春区委组织部',
      text: '伊春区推行网格单元长制，村均收入增长12.5%。',
      date: '2021-03-15',
      year: 2021,
      region: regions.yichunDistrict,
      regionMention: '伊春区',
      regionEvidence: 'body',
      practices: [{ name: '单元长制', category: '基层治理', matched: '单元长' }],
      outcomes: [
        {
          text: '村均收入增长12.5%',
          value: 12.5,
          unit: '%',
          normalized: { value: 12.5, unit: '%' },
          metric: '村均收入',
          kind: 'outcome',
          approximate: false,
          practice: null,
        },
      ],
      policies: [],
      passages: [
        buildPassage({
          text: '伊春区推行网格单元长制，村均收入增长12.5%。',
          tokens: ['伊春', '伊春区', '网格', '单元', '单元长', '单元长制', '村均', '收入'],
          embedding: vectorOf({ 4: 1 }),
        }),
      ],
    }),
    buildItem({
      id: 'yichun-2021-03:2',
      ordinal: 2,
      section: '组织工作动态',
      title: '城关区开展党员积分管理试点',
      office: null,
      text: '城关区开展党员积分管理试点。',
      date: '2021-03-15',
      year: 2021,
      region: null,
      regionCandidates: [regions.chengguanLanzhou, regions.chengguanLhasa],
      regionMention: '城关区',
      practices: [],
      outcomes: [],
      policies: [],
      passages: [
        buildPassage({
          text: '城关区开展党员积分管理试点。',
          tokens: ['城关', '城关区', '党员', '积分', '管理', '试点'],
          embedding: vectorOf({ 5: 1 }),
        }),
      ],
    }),
  ],
});

export const corpus = [anqing, yichun];

/** Ids by a short name, so expectations read like the table above. */
export const ids = {
  wangjiang: 'anqing-2020-08:1',
  taihu: 'anqing-2020-08:2',
  jiayin: 'anqing-2020-08:3',
  yichun: 'yichun-2021-03:1',
  chengguan: 'yichun-2021-03:2',
} as const;

export async function loadCorpus(store: GraphStore): Promise<void> {
  await store.upsertTaxonomy(taxonomy);
  for (const doc of corpus) await store.writeDocument(doc);
}

/** The view getItems must give for a corpus item. */
export function corpusItemView(itemId: string): ItemView {
  for (const doc of corpus) {
    const item = doc.items.find((candidate) => candidate.id === itemId);
    if (item !== undefined) return toItemView(doc.id, item);
  }
  throw new Error(`no corpus item ${itemId}`);
}
