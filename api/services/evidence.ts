/**
 * When lexical matches are evidence, for a hybrid query no passage is near in meaning (search.ts
 * asks only then). A match of a query term is evidence that an item answers the query only when the
 * query is mostly about things the corpus talks about: in 钢琴调音师培训课程 the corpus knows 培训 and
 * 课程 but never says 钢琴 or 调音师, so the items about cadre training it matches answer a question
 * nobody asked. Queries in the domain phrased with words the corpus does not use (做法, 挣钱) are
 * near some passage in meaning and never get here.
 */
import type { GraphStore } from '../../graph/store.ts';
import type { ItemScore } from './fusion.ts';

/**
 * True when the query's subjects the corpus uses outnumber those it never uses (corpus-wide: the
 * vocabulary, not the filter, decides what the corpus talks about). Asked as "is the word used",
 * not as a search: scoring every passage holding 开展 cost 30–70 ms at 10k items.
 */
export async function lexicalMatchesAreEvidence(store: Pick<GraphStore, 'termsUsed'>, subjects: string[]): Promise<boolean> {
  if (subjects.length === 0) return true;
  const used = await store.termsUsed(subjects);
  const known = subjects.filter((subject) => used.has(subject.trim())).length;
  return known > subjects.length - known;
}

/**
 * Word matches that are evidence beside vector matches: those a vector match backs (the same item),
 * and the others at `floor` × the best word match's score or above (items best first).
 */
export function backedOrStrong(textItems: ItemScore[], vectorMatches: ItemScore[], floor: number): ItemScore[] {
  if (floor <= 0) return textItems;
  const backed = new Set(vectorMatches.map((item) => item.itemId));
  const least = (textItems[0]?.score ?? 0) * floor;
  return textItems.filter((item) => backed.has(item.itemId) || item.score >= least);
}
