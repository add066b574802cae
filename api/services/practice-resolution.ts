/**
 * Free text → curated practices: by name or alias (the taxonomy matcher), else by meaning — the
 * text's embedding against each practice's "name：description", embedded once on first use.
 */
import type { PracticeDefinition } from '../../graph/model.ts';
import type { PracticeView } from '../../graph/store.ts';
import { cosineSimilarity, embedQuery } from '../../language/embed/index.ts';
import { normalizeChinese } from '../../language/segment/chinese-text.ts';
import type { ServiceContext } from './context.ts';

export interface PracticeResolution {
  practices: PracticeDefinition[];
  how: 'name' | 'alias' | 'mention' | 'semantic' | 'none';
}

export interface PracticeResolverTuning {
  /** Cosine above which a description counts as meaning the text (bge-small-zh, query instruction on). */
  semanticThreshold: number;
  /** Only practices this close to the best one: a clear winner is not diluted by near-misses. */
  semanticMargin: number;
  /** At most this many practices by meaning. */
  semanticLimit: number;
}

/**
 * Measured with bge-small-zh on paraphrases (楼道里的党员带头人 → 单元长制 0.59, 村党组织书记登台比拼 →
 * 擂台比武 0.70) against off-topic text (天气预报, 高铁票价: best 0.34–0.43).
 */
export const DEFAULT_PRACTICE_RESOLVER_TUNING: PracticeResolverTuning = { semanticThreshold: 0.5, semanticMargin: 0.04, semanticLimit: 3 };

export interface PracticeResolver {
  resolve(text: string): Promise<PracticeResolution>;
  /**
   * The `limit` practices whose descriptions are nearest the text in meaning, with no threshold
   * (suggestions); `vector`, the text's query embedding when the caller has it already.
   */
  closest(text: string, limit: number, vector?: Float32Array): Promise<{ practice: PracticeDefinition; score: number }[]>;
  /** Embeds the practice descriptions now rather than on the first question by meaning. */
  prepare(): Promise<void>;
}

export function createPracticeResolver(context: ServiceContext, tuning = DEFAULT_PRACTICE_RESOLVER_TUNING): PracticeResolver {
  let descriptionVectors: Promise<Float32Array[]> | undefined;

  function vectors(): Promise<Float32Array[]> {
    descriptionVectors ??= context.embedder.embed(context.taxonomy.map((practice) => `${practice.name}：${practice.description}`));
    return descriptionVectors;
  }

  async function resolve(text: string): Promise<PracticeResolution> {
    const normalized = normalizeChinese(text.trim(), { dropQuotes: true });
    if (normalized === '') return { practices: [], how: 'none' };
    // The store first: practices promoted and aliases added by people are not in the taxonomy file.
    const stored = storedPracticeNamed(await context.store.practices({ status: 'curated' }), normalized);
    if (stored) return { practices: [asDefinition(stored)], how: stored.name === normalized ? 'name' : 'alias' };
    const named = context.matcher.practiceNamed(normalized);
    if (named) return { practices: [named], how: named.name === normalized ? 'name' : 'alias' };
    const mentioned = [...new Set(context.matcher.hitsIn(normalized).map((hit) => hit.practice))];
    if (mentioned.length > 0) return { practices: mentioned, how: 'mention' };
    const query = await embedQuery(context.embedder, normalized);
    const scored = (await vectors())
      .map((vector, index) => ({ practice: context.taxonomy[index]!, score: cosineSimilarity(query, vector) }))
      .filter((entry) => entry.score >= tuning.semanticThreshold)
      .sort((a, b) => b.score - a.score);
    const best = scored[0]?.score ?? 0;
    const chosen = scored.filter((entry) => entry.score >= best - tuning.semanticMargin).slice(0, tuning.semanticLimit);
    return chosen.length > 0 ? { practices: chosen.map((entry) => entry.practice), how: 'semantic' } : { practices: [], how: 'none' };
  }

  async function closest(text: string, limit: number, vector?: Float32Array): Promise<{ practice: PracticeDefinition; score: number }[]> {
    const query = vector ?? (await embedQuery(context.embedder, normalizeChinese(text.trim(), { dropQuotes: true })));
    return (await vectors())
      .map((vector, index) => ({ practice: context.taxonomy[index]!, score: cosineSimilarity(query, vector) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }

  return { resolve, closest, prepare: async () => void (await vectors()) };
}

/**
 * A curated practice of the store called exactly `name` (normalised), by its name first, else by one
 * of its aliases. Only exact names: a promoted practice is never read as the taxonomy practice its
 * name happens to contain (楼栋管家制度 is not 单元长制).
 */
export function storedPracticeNamed(curated: readonly PracticeView[], name: string): PracticeView | undefined {
  return curated.find((practice) => practice.name === name) ?? curated.find((practice) => practice.aliases.includes(name));
}

function asDefinition(view: PracticeView): PracticeDefinition {
  return { name: view.name, category: view.category, aliases: view.aliases, patterns: [], description: view.description };
}
