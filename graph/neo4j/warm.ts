/**
 * Touches what the first questions would otherwise load into Neo4j's page cache and the driver's
 * pool at `atlas serve` start: the full-text and vector indexes and the practice list. Read-only.
 */
import { practices } from './adoptions.ts';
import type { Neo4jContext } from './context.ts';
import { fullText, nearest } from './search.ts';

export async function warm(context: Neo4jContext): Promise<void> {
  const unit = new Float32Array(context.dimensions);
  unit[0] = 1;
  await Promise.all([fullText(context, ['党建'], {}, 1), nearest(context, unit, {}, 1), practices(context, { status: 'curated' })]);
}
