/**
 * Which practice the numbers of each clause report on, the way the genre writes it — the most
 * specific reading wins:
 * 1. the clause names a practice (建立社区大党委45个);
 * 2. an earlier clause of the same sentence names one (推行单元长制，选聘单元长320名，…) — a
 *    practice named only after the number is not enough (…12个，并落实三会一课 is not about it);
 * 3. the part of the item the clause sits in is about one: a paragraph or an 一是/二是/① part whose
 *    opening sentence names a practice (for the whole part), or a sentence whose first clause
 *    introduces one (推行X、依托X、通过X…: for that sentence and the next, unless it ends in ；);
 * 4. the item is about one: its printed headline names exactly one practice, or the whole item does.
 * Otherwise none: a number is better left unlinked than shown under the wrong practice.
 */
import type { Clause } from './clauses.ts';
import type { PracticeMention } from './practices.ts';

export interface ItemContext {
  /** The item's printed headline (the first clause when none is printed: then it is not used). */
  title?: string;
  /** Every practice the item names (headline and body), in order. */
  practices?: string[];
}

/** A verb that introduces a practice as the thing done: what follows reports on it. */
const INTRODUCING = /(?:推行|推广|实行|实施|试行|建立|健全|创新|创建|打造|探索|开展|推进|深化|落实|依托|通过|借助|运用|构建|搭建|启动|推出|创办|设立|组建|成立)(?:了|好|实|出)?$/u;
/** Opening words of an enumerated part within a paragraph: 一是…, 二是…, 首先…, 此外…. */
const PART_OPENING = /^\s*(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、]?|首先|其次|再次|最后|此外|另外|[①-⑳]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[、.．])/u;

const compact = (text: string): string => text.replace(/\s+/g, '');

/** The headline's one practice, when it is printed (not the body's first clause standing in for it). */
function headlinePractice(text: string, context: ItemContext, mentionsOf: (clause: string) => PracticeMention[]): string | null {
  const title = compact(context.title ?? '');
  if (title === '' || compact(text).startsWith(title)) return null;
  const named = mentionsOf(context.title ?? '');
  return named.length === 1 ? named[0]!.name : null;
}

/** True when a line break lies between the end of the previous clause and this one: a new paragraph. */
function opensParagraph(text: string, clauses: Clause[], index: number): boolean {
  const previous = clauses[index - 1];
  if (!previous) return true;
  return text.slice(previous.end, clauses[index]!.start).includes('\n');
}

export function practicesByClause(
  text: string,
  clauses: Clause[],
  mentionsOf: (clause: string) => PracticeMention[],
  context: ItemContext = {},
): (string | null)[] {
  const mentions = clauses.map((clause) => mentionsOf(clause.text));
  const itemWide = headlinePractice(text, context, mentionsOf) ?? (context.practices?.length === 1 ? context.practices[0]! : null);
  const result: (string | null)[] = [];
  // The practice a part's opening names holds for the whole part; one introduced mid-part, for its
  // sentence and the next (推行X。目前已…), since parts often list several things done.
  let partTopic: { name: string; sentence: number } | null = null;
  let introduced: { name: string; sentence: number } | null = null;
  let sentenceStart = 0;
  for (let index = 0; index < clauses.length; index += 1) {
    const clause = clauses[index]!;
    const firstOfSentence = index === 0 || clauses[index - 1]!.sentence !== clause.sentence;
    if (firstOfSentence) {
      sentenceStart = index;
      if (opensParagraph(text, clauses, index) || PART_OPENING.test(clause.text)) {
        const opening = sentenceMentions(mentions, clauses, index)[0];
        partTopic = opening ? { name: opening.name, sentence: clause.sentence } : null;
        introduced = null;
      }
      // Only a sentence that opens by introducing a practice (推行X，…) does so; one ending in ；
      // is an entry of a list, and the next entry is about something else.
      const introducing = mentions[index]!.find((mention) => INTRODUCING.test(mention.lead));
      if (introducing) introduced = endsWithSemicolon(text, clauses, index) ? null : { name: introducing.name, sentence: clause.sentence };
    }
    // Within the sentence that names them, only the clauses after the name report on it (rule 2).
    const recent = introduced !== null && clause.sentence === introduced.sentence + 1 ? introduced.name : null;
    const part = partTopic !== null && clause.sentence > partTopic.sentence ? partTopic.name : null;
    result.push(ownOrSentence(mentions, index, sentenceStart) ?? recent ?? part ?? itemWide);
  }
  return result;
}

/** True when the sentence starting at clause `start` ends with ；: an entry of a list, not a paragraph's sentence. */
function endsWithSemicolon(text: string, clauses: Clause[], start: number): boolean {
  let last = start;
  while (clauses[last + 1]?.sentence === clauses[start]!.sentence) last += 1;
  return /[；;]/u.test(text[clauses[last]!.end] ?? '');
}

/** Every mention of the sentence that starts at clause `start`. */
function sentenceMentions(mentions: PracticeMention[][], clauses: Clause[], start: number): PracticeMention[] {
  const named: PracticeMention[] = [];
  for (let index = start; clauses[index]?.sentence === clauses[start]!.sentence; index += 1) named.push(...mentions[index]!);
  return named;
}

/** The clause's own practice, else the nearest one named earlier in its sentence. */
function ownOrSentence(mentions: PracticeMention[][], index: number, sentenceStart: number): string | null {
  for (let earlier = index; earlier >= sentenceStart; earlier -= 1) {
    const named = mentions[earlier]![0];
    if (named) return named.name;
  }
  return null;
}
