/**
 * What the first questions would otherwise pay for, loaded at `atlas serve` start: the packed int8
 * vectors (~1 s at 100k items), the adoption index, the practice pairs and list, every region with
 * its path (what item reads attach) and every item's facts (what a search ranks and counts facets
 * by). Answers stay the same; a later write drops them as usual and the next question rebuilds them
 * (item facts a few at a time, as questions need them).
 */
import { adoptions, practices, relatedPractices } from './adoptions.ts';
import type { SqliteContext } from './context.ts';
import { cacheAllItemFacts } from './read.ts';
import { cacheAllRegions } from './regions.ts';

export function warm(context: SqliteContext): void {
  const stored = context.prepare<{ bytes: number }>('SELECT length(embedding) AS bytes FROM passages LIMIT 1').get();
  if (stored !== undefined) context.packedVectors(stored.bytes / 4);
  // Any practice name builds the whole index and the pairs; the answers are thrown away.
  adoptions(context, ['单元长制'], {});
  relatedPractices(context, '单元长制');
  // The curated list with item counts: a search finding nothing reads it for its suggestions.
  practices(context, { status: 'curated' });
  cacheAllRegions(context);
  cacheAllItemFacts(context);
}
