/**
 * The domain dictionary: practice names and aliases from the taxonomy, cut down to the key terms
 * a reader searches for (软弱涣散基层党组织整顿 → 软弱涣散; 社区大党委 → 大党委; 单元长制 → 单元长),
 * plus the organisational vocabulary those names are built from (党组织, 报到, 两委).
 */
import type { PracticeDefinition } from '../../graph/model.ts';
import { normalizeChinese } from './chinese-text.ts';

/**
 * Generic organisational words. Cutting them out of a practice name leaves its distinctive
 * part; they are dictionary words themselves so jieba keeps them whole (部门报到, not 部门/报/到).
 */
const ORGANISATIONAL_WORDS = [
  '党组织', '党支部', '党小组', '党建', '党员', '支部', '基层', '社区', '小区', '村级', '农村', '城市', '机关',
  '整顿', '管理', '建设', '队伍', '工作', '部门', '报到', '街乡', '乡街', '服务', '便民', '党群', '干部', '书记',
  '培养', '培训', '考核', '评议', '述职', '中心', '村民', '两委', '换届', '选举', '人才', '引进', '帮扶', '结对',
  '领导', '县级', '在职', '互联', '共建', '专项', '巡视', '经费', '保障', '建在', '设置', '监督', '委员会', '组织',
  '发展', '教育', '学习', '激励', '任职', '优秀', '联系', '定向', '推荐', '试用期', '集体经济', '乡村振兴', '脱贫',
];

/** Suffixes that turn a term into the name of a rule: 单元长制 → 单元长, 积分制 → 积分. */
const RULE_SUFFIXES = /(制度|机制|工作法|模式|制)$/u;

const MIN_WORD = 2;
const MAX_WORD = 6;
const CJK_RUN = /[\u3400-\u9fff]+/gu;

function keepable(word: string): boolean {
  return word.length >= MIN_WORD && word.length <= MAX_WORD;
}

/** The parts of a term left when organisational words are cut out, with and without a rule suffix. */
export function distinctiveParts(term: string): string[] {
  const words = [...ORGANISATIONAL_WORDS].sort((a, b) => b.length - a.length);
  const parts: string[] = [];
  for (const run of term.match(CJK_RUN) ?? []) {
    let rest = run;
    for (const word of words) rest = rest.split(word).join('|');
    for (const part of rest.split('|')) {
      parts.push(part);
      const stripped = part.replace(RULE_SUFFIXES, '');
      if (stripped !== part) parts.push(stripped);
    }
  }
  return parts.filter(keepable);
}

/** Words to add to the segmenter for the practices of a taxonomy (names, aliases, key parts). */
export function domainWords(taxonomy: PracticeDefinition[]): string[] {
  const words = new Set<string>(ORGANISATIONAL_WORDS);
  for (const practice of taxonomy) {
    for (const term of [practice.name, ...practice.aliases]) {
      const normalized = normalizeChinese(term, { dropQuotes: true });
      for (const run of normalized.match(CJK_RUN) ?? []) if (keepable(run)) words.add(run);
      for (const part of distinctiveParts(normalized)) words.add(part);
    }
  }
  return [...words];
}
