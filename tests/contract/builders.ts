/**
 * Record factories for the GraphStore contract suite: `buildX(overrides)` give a complete,
 * consistent record in the genre (invented localities' reports) that a test changes only where
 * it matters.
 */
import { createHash } from 'node:crypto';
import type { DocumentRecord, ItemRecord, PassageRecord, PracticeDefinition, RegionRef } from '../../graph/model.ts';
import type { ItemView } from '../../graph/store.ts';

export const DIMENSIONS = 512;

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A normalized vector from a few weighted axes: { 3: 3, 1: 2 } → (2·e1 + 3·e3)/√13. */
export function vectorOf(weights: Record<number, number>, dimensions = DIMENSIONS): Float32Array {
  const vector = new Float32Array(dimensions);
  for (const [axis, weight] of Object.entries(weights)) vector[Number(axis)] = weight;
  const norm = Math.hypot(...vector);
  return vector.map((value) => value / norm);
}

export const regions = {
  wangjiang: county('340827', '望江县', ['安徽省', '安庆市'], ['34', '3408']),
  taihu: county('340825', '太湖县', ['安徽省', '安庆市'], ['34', '3408']),
  huayang: {
    code: '340827100',
    name: '华阳镇',
    level: 'township',
    path: ['安徽省', '安庆市', '望江县', '华阳镇'],
    pathCodes: ['34', '3408', '340827', '340827100'],
  },
  jiayin: county('230722', '嘉荫县', ['黑龙江省', '伊春市'], ['23', '2307']),
  /** Abolished in 2019; its successor is 伊美区 (230717). */
  yichunDistrict: { ...county('230702', '伊春区', ['黑龙江省', '伊春市'], ['23', '2307']), abolished: true, successorCode: '230717' },
  chengguanLanzhou: county('620102', '城关区', ['甘肃省', '兰州市'], ['62', '6201']),
  chengguanLhasa: county('540102', '城关区', ['西藏自治区', '拉萨市'], ['54', '5401']),
} satisfies Record<string, RegionRef>;

function county(code: string, name: string, parents: string[], parentCodes: string[]): RegionRef {
  return { code, name, level: 'county', path: [...parents, name], pathCodes: [...parentCodes, code] };
}

export const taxonomy: PracticeDefinition[] = [
  {
    name: '社区大党委',
    category: '基层党建',
    aliases: ['大党委', '社区“大党委”'],
    patterns: ['社区“?大党委”?'],
    description: '街道社区党组织牵头、驻区单位党组织共同参与的区域化党建议事机构。',
  },
  {
    name: '单元长制',
    category: '基层治理',
    aliases: ['单元长', '楼栋单元长'],
    patterns: ['单元长'],
    description: '以楼栋单元为单位选聘单元长，承担政策宣传、矛盾调解和信息收集。',
  },
  {
    name: '党员积分管理',
    category: '党员教育管理',
    aliases: ['积分制管理'],
    patterns: ['党员积分'],
    description: '对党员参加组织生活、志愿服务等量化积分，年底评议。',
  },
];

export function buildPassage(overrides: Partial<PassageRecord> = {}): PassageRecord {
  const text = overrides.text ?? '望江县在城区社区推行社区“大党委”制。';
  return {
    index: 0,
    text,
    hash: sha256(text),
    tokens: ['望江', '望江县', '城区', '社区', '大党委', '党委'],
    embedding: vectorOf({ 0: 1 }),
    ...overrides,
  };
}

/** An item of the default document; pass `id` (and `ordinal`) for another position or document. */
export function buildItem(overrides: Partial<ItemRecord> = {}): ItemRecord {
  const ordinal = overrides.ordinal ?? 1;
  return {
    id: `anqing-2020-08:${ordinal}`,
    ordinal,
    section: '市内信息',
    title: '望江县推行社区“大党委”制 激活城市基层治理“一池春水”',
    office: '望江县委组织部',
    text: '今年以来，望江县在城区社区推行社区“大党委”制，吸纳驻区单位党组织46个，解决群众急难愁盼问题1.4万余件。',
    date: '2020-06-28',
    year: 2020,
    region: regions.wangjiang,
    regionCandidates: [],
    regionMention: '望江县',
    regionEvidence: 'headline',
    subRegion: null,
    practices: [{ name: '社区大党委', category: '基层党建', matched: '社区“大党委”' }],
    candidatePractices: [],
    outcomes: [
      {
        text: '吸纳驻区单位党组织46个',
        value: 46,
        unit: '个',
        normalized: { value: 46, unit: '个' },
        metric: null,
        kind: 'input',
        approximate: false,
        practice: '社区大党委',
      },
    ],
    policies: ['关于加强城市基层党建工作的实施意见'],
    passages: [buildPassage()],
    ...overrides,
  };
}

export function buildDocument(overrides: Partial<DocumentRecord> = {}): DocumentRecord {
  const id = overrides.id ?? 'anqing-2020-08';
  return {
    id,
    source: 'bulletins/安庆组工信息2020第8期.txt',
    title: '安庆组工信息',
    issue: '第8期',
    date: '2020-06-28',
    publisher: '中共安庆市委组织部研究室',
    hash: 'sha256-anqing-2020-08-v1',
    items: [buildItem({ id: `${id}:1` })],
    ...overrides,
  };
}

/** What getItems must give back for a written item: everything but the passage vectors. */
export function toItemView(documentId: string, item: ItemRecord): ItemView {
  const { passages, ...rest } = item;
  return { ...rest, documentId, reportId: item.id, passages: passages.map(({ index, text }) => ({ index, text })) };
}
