/**
 * Readies a store at `atlas serve` start, read-only: every region into the memo (item and adoption
 * reads then need no region query), the items' facts, their reports' copies and the documents'
 * summaries (versioned-cache.ts; up to MAX_KEPT_FACTS and MAX_KEPT_DOCUMENTS, so a search ranks,
 * counts facets and lists its page's bulletins and reprints from memory), and each statement shape the first questions run,
 * so their plans are cached (planning costs up to ~300 ms a statement at 100k items) and the
 * indexes and the nodes they reach are in the page cache.
 */
import type { ItemFilter } from '../store.ts';
import { adoptions, practices } from './adoptions.ts';
import type { Neo4jContext } from './context.ts';
import { MAX_KEPT_DOCUMENTS, MAX_KEPT_FACTS } from './versioned-cache.ts';
import { findItemIds, getDocuments, getItems, itemFacts, listDocuments, loadAllRegions } from './read.ts';
import { reportCopies } from './reprints.ts';
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
  await warmFacts(context);
  await warmDocuments(context);
}

/** Pages of this many items or documents per read: a few hundred milliseconds each at 100k items. */
const WARM_PAGE = 5_000;

/** Each page's facts, then the copies of their reports (what a listed item's 转载 and 首发 show). */
async function warmFacts(context: Neo4jContext): Promise<void> {
  const ids = await findItemIds(context, {}, MAX_KEPT_FACTS);
  for (let start = 0; start < ids.length; start += WARM_PAGE) {
    const facts = await itemFacts(context, ids.slice(start, start + WARM_PAGE));
    await reportCopies(context, facts.map((fact) => fact.reportId));
  }
}

async function warmDocuments(context: Neo4jContext): Promise<void> {
  const ids = (await listDocuments(context, { first: MAX_KEPT_DOCUMENTS, offset: 0 })).nodes.map((document) => document.id);
  for (let start = 0; start < ids.length; start += WARM_PAGE) await getDocuments(context, ids.slice(start, start + WARM_PAGE));
}
