/**
 * Readies a store at `atlas serve` start, read-only: every region into the memo (item and adoption
 * reads then need no region query), and each statement shape the first questions run, so their
 * plans are cached (planning costs up to ~300 ms a statement at 100k items) and the indexes and
 * the nodes they reach are in the page cache.
 */
import type { ItemFilter } from '../store.ts';
import { adoptions, practices } from './adoptions.ts';
import type { Neo4jContext } from './context.ts';
import { findItemIds, getDocuments, getItems, loadAllRegions } from './read.ts';
import { fullText, nearest } from './search.ts';

export async function warm(context: Neo4jContext): Promise<void> {
  const unit = new Float32Array(context.dimensions);
  unit[0] = 1;
  await loadAllRegions(context);
  const [first] = await findItemIds(context, {}, 1);
  const [item] = first === undefined ? [] : await getItems(context, [first], { lean: true });
  // A filter like the ones query understanding adds, to plan the filtered statements.
  const placed: ItemFilter = { regionCodes: [item?.region?.code ?? '0'] };
  const [named] = await practices(context, { status: 'curated' });
  await Promise.all([
    fullText(context, ['党建'], {}, 1),
    nearest(context, unit, {}, 1),
    fullText(context, ['党建'], placed, 1),
    nearest(context, unit, placed, 1),
    findItemIds(context, placed, 1),
    getItems(context, item === undefined ? [] : [item.id]),
    getDocuments(context, item === undefined ? [] : [item.documentId]),
    adoptions(context, named === undefined ? [] : [named.name], {}),
  ]);
}
