/** Shared pieces of page content: outcomes, region paths, dates, states (loading / empty / error). */
import { h } from './dom.ts';
import type { Child } from './dom.ts';
import { href } from './router.ts';
import type { DocumentRef, Outcome, OutcomeKind, RegionEvidence, RegionRef } from './queries.ts';

export const KIND_LABEL: Record<OutcomeKind, string> = { OUTCOME: '成效', INPUT: '投入', TARGET: '目标' };

/** Outcome text with its numbers in bold, behind a coloured label saying outcome / input / target. */
export function outcomeView(outcome: Outcome): HTMLElement {
  const parts = outcome.text.split(/(\d[\d.,，]*\s*(?:万|亿|千)?)/);
  return h('li', { class: `outcome outcome-${outcome.kind.toLowerCase()}`, 'data-practice': outcome.practice ?? '' },
    h('span', { class: 'kind' }, KIND_LABEL[outcome.kind]),
    h('span', { class: 'outcome-text' }, parts.map((part, index) => (index % 2 === 1 ? h('strong', undefined, part) : part)),
      outcome.practice ? h('span', { class: 'outcome-practice' }, ` · ${outcome.practice}`) : null),
  );
}

/**
 * Outcomes first, then targets, then inputs (those of `focus`, the practice being looked at, ahead
 * of the rest); one line per sentence; the rest behind a "另有 N 项" disclosure.
 */
export function outcomeList(outcomes: Outcome[], limit = Infinity, focus?: string): HTMLElement | null {
  if (outcomes.length === 0) return null;
  const order: OutcomeKind[] = ['OUTCOME', 'TARGET', 'INPUT'];
  const seen = new Set<string>();
  const unique = outcomes.filter((outcome) => {
    const key = `${outcome.text}|${outcome.kind}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).sort((a, b) => rank(a) - rank(b));
  function rank(outcome: Outcome): number {
    return (focus && outcome.practice !== focus ? 10 : 0) + order.indexOf(outcome.kind);
  }
  const shown = unique.slice(0, limit);
  const rest = unique.slice(limit);
  return h('div', { class: 'outcome-block' },
    h('ul', { class: 'outcomes' }, shown.map(outcomeView)),
    rest.length > 0 ? h('details', { class: 'more-outcomes' }, h('summary', undefined, `另有 ${rest.length} 项数据`), h('ul', { class: 'outcomes' }, rest.map(outcomeView))) : null);
}

/** 安徽省 › 安庆市 › 迎江区, each a link to its region page. */
export function regionPath(region: RegionRef | null, mention?: string | null): HTMLElement {
  if (!region) return h('span', { class: 'region-path muted' }, mention ?? '地区未识别');
  return h('span', { class: 'region-path' }, region.path.map((name, index) => [
    index > 0 ? h('span', { class: 'sep', 'aria-hidden': 'true' }, ' › ') : null,
    h('a', { href: href(['region', name === region.name ? region.code : name]) }, name),
  ]));
}

/** 地区依据: where the item's region was read from, short label and a longer explanation. */
export const EVIDENCE_LABEL: Record<RegionEvidence, { label: string; title: string }> = {
  HEADLINE: { label: '标题', title: '条目标题点出了地区' },
  OFFICE: { label: '机构署名', title: '供稿单位的署名点出了地区' },
  BODY: { label: '正文', title: '正文开头点出了地区' },
  TOWN: { label: '乡镇所属县', title: '文中只写了乡镇或村，取其所属县' },
  SOURCE: { label: '来源行', title: '来源行或媒体署名点出了地区' },
  PUBLISHER: { label: '编发单位', title: '取简报编发单位所在地' },
  SIBLING: { label: '同期其他条目', title: '取同一期前后条目的地区' },
};

/** A small hint after the region: 地区依据：标题. */
export function regionEvidenceHint(evidence: RegionEvidence | null): HTMLElement | null {
  if (!evidence) return null;
  const { label, title } = EVIDENCE_LABEL[evidence];
  return h('small', { class: 'region-evidence', title }, `地区依据：${label}`);
}

export function documentLabel(doc: DocumentRef): string {
  return [doc.title, doc.issue].filter(Boolean).join(' ') || '未命名简报';
}

export function loading(text = '正在加载…'): HTMLElement {
  return h('p', { class: 'state loading', role: 'status', 'aria-live': 'polite' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), text);
}

export function empty(text: string, ...extra: Child[]): HTMLElement {
  return h('div', { class: 'state empty' }, h('p', undefined, text), extra);
}

export function failure(error: unknown, retry?: () => void): HTMLElement {
  const message = error instanceof Error ? error.message : String(error);
  return h('div', { class: 'state error', role: 'alert' },
    h('p', undefined, h('strong', undefined, '出错了：'), message),
    retry ? h('button', { type: 'button', onclick: retry }, '重试') : null);
}

/** A stored source as a person reads it: uploads (upload:…) marked 上传, paths by their file name. */
export function sourceLabel(source: string): string {
  if (source.startsWith('upload:')) return `上传：${source.slice('upload:'.length)}`;
  return source.split(/[\\/]/).pop() || source;
}
