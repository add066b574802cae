/**
 * Scores an extraction against gold with the rules of ../shared/eval/public/README.md, and lists
 * every miss on one line, tagged by what was missed, so work is driven by the misses.
 */
import type { PracticeDefinition } from '../../graph/model.ts';
import type { ExtractedDocument, ExtractedItem } from '../../language/types.ts';
import type { GoldItem } from './sets.ts';

export type MissKind = 'split' | 'title' | 'section' | 'office' | 'region' | 'subregion' | 'practice' | 'number' | 'kind' | 'policy';
export interface Miss { kind: MissKind; where: string; text: string }

export interface Scores {
  documents: number; documentsSplitRight: number;
  items: number; titlesRight: number; sectionsRight: number; officesRight: number;
  regionsRight: number; subRegionsRight: number;
  /** Items whose main (first) gold practice was found; `bothMainPracticesFound`: the first two, strictly, at any rank. */
  mainPracticesFound: number; bothMainPracticesFound: number;
  /**
   * Rank, which the two above do not look at: `mainPracticeFirst`, the item's first practice is the
   * gold main one (top-1); `firstTwoRight`, its first two practices hold gold's first two, in either order.
   */
  mainPracticeFirst: number; firstTwoRight: number;
  goldNumbers: number; numbersFound: number; kindsRight: number;
  /** Found numbers tied to one of their item's practices (gold does not say which: a coverage figure). */
  numbersLinked: number;
  goldOutcomesFound: number; outcomeKindsRight: number; goldInputsFound: number; inputKindsRight: number;
  policiesRight: number;
  misses: Miss[];
}

export const squash = (text: string): string => text.replace(/\s+/g, '');
/** Quotes, title marks and brackets do not count. */
const plain = (text: string): string => squash(text).replace(/[“”"「」『』‘’'《》()（）]/g, '');

const emptyScores = (): Scores => ({
  documents: 0, documentsSplitRight: 0, items: 0, titlesRight: 0, sectionsRight: 0, officesRight: 0,
  regionsRight: 0, subRegionsRight: 0, mainPracticesFound: 0, bothMainPracticesFound: 0, mainPracticeFirst: 0, firstTwoRight: 0, goldNumbers: 0, numbersFound: 0, kindsRight: 0, numbersLinked: 0,
  goldOutcomesFound: 0, outcomeKindsRight: 0, goldInputsFound: 0, inputKindsRight: 0, policiesRight: 0, misses: [],
});

/** Gold items are matched to extracted items by position, as a reader would cite "item 2 of doc X". */
export function scoreExtraction(docs: Map<string, ExtractedDocument>, gold: GoldItem[], taxonomy: PracticeDefinition[]): Scores {
  const aliases = new Map(taxonomy.map((p) => [p.name, [p.name, ...p.aliases].map(plain)]));
  const s = emptyScores();
  const miss = (kind: MissKind, where: string, text: string): void => { s.misses.push({ kind, where, text }); };
  const byDoc = new Map<string, GoldItem[]>();
  for (const g of gold) byDoc.set(g.doc, [...(byDoc.get(g.doc) ?? []), g]);
  for (const [doc, golds] of byDoc) {
    s.documents++;
    const items = docs.get(doc)?.items ?? [];
    if (items.length === golds.length) s.documentsSplitRight++;
    else miss('split', doc, `${items.length} items, gold ${golds.length}: ${items.map((i) => i.title.slice(0, 16)).join(' | ')}`);
    for (const g of golds) {
      s.items++;
      const item = items[g.item - 1];
      const where = `${doc}#${g.item}`;
      if (!item) { miss('split', where, 'missing'); s.goldNumbers += g.outcomes.length + g.inputs.length; continue; }
      if (squash(item.title) === squash(g.title)) s.titlesRight++; else miss('title', where, `${item.title} | gold ${g.title}`);
      if (item.section === g.section) s.sectionsRight++; else miss('section', where, `${item.section} | gold ${g.section}`);
      if ((item.office ?? null) === g.source) s.officesRight++; else miss('office', where, `${item.office} | gold ${g.source}`);
      const path = item.region.region?.path ?? [];
      if (path.join('/') === g.region_path.join('/')) s.regionsRight++;
      else miss('region', where, `${path.join('/') || 'null'}${item.region.candidates.length ? ` (candidates ${item.region.candidates.map((c) => c.path.join('/')).join(', ')})` : ''} | gold ${g.region_path.join('/')} (${g.region_text})`);
      if ((item.region.subRegion?.name ?? null) === g.sub_region) s.subRegionsRight++; else miss('subregion', where, `${item.region.subRegion?.name ?? null} | gold ${g.sub_region}`);
      const names = [...item.practices.flatMap((p) => aliases.get(p.name) ?? [plain(p.name)]), ...item.candidatePractices.map((c) => plain(c.name))];
      const [first, second] = g.practices;
      const got = `got ${item.practices.map((p) => p.name).join(',')} | ${item.candidatePractices.map((c) => c.name).join(',')}`;
      if (first !== undefined && names.some((name) => samePractice(name, plain(first)))) s.mainPracticesFound++;
      else miss('practice', where, `want ${first} ${got}`);
      if ([first, second].every((name) => name === undefined || names.includes(plain(name)))) s.bothMainPracticesFound++;
      const namesAt = (rank: number): string[] => {
        const name = item.practices[rank]?.name;
        return name === undefined ? [] : (aliases.get(name) ?? [plain(name)]);
      };
      if (first !== undefined && namesAt(0).some((name) => samePractice(name, plain(first)))) s.mainPracticeFirst++;
      const firstTwo = [...namesAt(0), ...namesAt(1)];
      if ([first, second].every((wanted) => wanted === undefined || firstTwo.some((name) => samePractice(name, plain(wanted))))) s.firstTwoRight++;
      scoreNumbers(item, g, s, where);
      const policies = new Set(item.policies.map(plain));
      const missing = g.policies.filter((p) => !policies.has(plain(p)));
      if (missing.length === 0) s.policiesRight++; else miss('policy', where, missing.join('、'));
    }
  }
  return s;
}

function scoreNumbers(item: ExtractedItem, g: GoldItem, s: Scores, where: string): void {
  const used = new Set<number>();
  const entries = [...g.outcomes.map((n) => ({ n, input: false })), ...g.inputs.map((n) => ({ n, input: true }))];
  for (const { n, input } of entries) {
    s.goldNumbers++;
    const goldText = squash(n.text);
    const index = item.outcomes.findIndex((o, i) => !used.has(i) && o.value === n.value && overlaps(squash(o.text), goldText));
    if (index < 0) { s.misses.push({ kind: 'number', where, text: `${n.text} (${n.value}${n.unit})` }); continue; }
    used.add(index);
    s.numbersFound++;
    const { kind, practice } = item.outcomes[index]!;
    if (practice !== null && item.practices.some((p) => p.name === practice)) s.numbersLinked++;
    const right = input ? kind === 'input' || kind === 'target' : kind === 'outcome';
    if (input) { s.goldInputsFound++; if (right) s.inputKindsRight++; } else { s.goldOutcomesFound++; if (right) s.outcomeKindsRight++; }
    if (right) s.kindsRight++;
    else s.misses.push({ kind: 'kind', where, text: `${n.text} → ${kind}, gold ${input ? 'input' : 'outcome'}` });
  }
}

/**
 * Gold practice names are hand-normalised ("村(社区)两委换届"); a found name counts when it equals the
 * gold name or one holds the other (两委换届), as long as the shorter has three characters or more.
 */
function samePractice(found: string, gold: string): boolean {
  const [shorter, longer] = found.length <= gold.length ? [found, gold] : [gold, found];
  return shorter === longer || (shorter.length >= 3 && longer.includes(shorter));
}

function overlaps(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a);
}

export const pct = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

type Count = Exclude<keyof Scores, 'misses'>;

/** The headline figures of the issue, in print order: label, counted, out of. */
const headline: [string, Count, Count][] = [
  ['documents split right', 'documentsSplitRight', 'documents'], ['item titles', 'titlesRight', 'items'],
  ['item sections', 'sectionsRight', 'items'], ['contributing offices', 'officesRight', 'items'],
  ['regions (path)', 'regionsRight', 'items'], ['sub-regions', 'subRegionsRight', 'items'],
  ['main practice found', 'mainPracticesFound', 'items'], ['  both main found', 'bothMainPracticesFound', 'items'],
  ['  main practice first', 'mainPracticeFirst', 'items'], ['  first two = gold\'s two', 'firstTwoRight', 'items'],
  ['outcomes+inputs found', 'numbersFound', 'goldNumbers'], ['kind right (of found)', 'kindsRight', 'numbersFound'],
  ['tied to a practice (found)', 'numbersLinked', 'numbersFound'],
  ['  outcome kind', 'outcomeKindsRight', 'goldOutcomesFound'], ['  input kind', 'inputKindsRight', 'goldInputsFound'],
  ['policies complete', 'policiesRight', 'items'],
];

/** The headline figures of the issue, in a fixed order, for printing and thresholds. */
export function scoreLines(s: Scores): string[] {
  return headline.map(([name, part, whole]) =>
    `  ${name.padEnd(28)} ${String(s[part]).padStart(3)}/${String(s[whole]).padEnd(3)} = ${(100 * pct(s[part], s[whole])).toFixed(1)}%`);
}

export const missLine = (m: Miss): string => `${m.kind.padEnd(9)} ${m.where.padEnd(8)} ${m.text}`;
