/**
 * The one GraphStore contract suite. Every adapter runs it with the same inputs and the same
 * expected answers; each test gets a fresh, empty store from `makeStore`.
 *
 * Beyond the doc comments of graph/store.ts, the suite pins down:
 * - writing a document whose items repeat an id fails with STORE_WRITE_FAILED and changes nothing;
 * - full-text tokens match whole tokens only (长制 never hits 单元长制);
 * - empty lists in an ItemFilter constrain nothing; unresolved region candidates never place an item;
 * - adoptions come grouped by practice in the order asked, then by document date and ordinal;
 * - practices() lists curated practices (item count, then name) and then candidates, which have
 *   category '' and so drop out under a category filter;
 * - stats().regions counts regions items are placed in (region or sub-region), stats().practices
 *   the curated practices in the store;
 * - curation decisions (promote, merge, reject, aliases) outlive re-ingests and taxonomy re-loads;
 * - writeDocuments refuses a batch naming one document id twice with BAD_REQUEST (nothing written).
 */
import { describe } from 'vitest';
import { describeBatchWriting } from './batch.contract.ts';
import { describeCuratedPages } from './curated-pages.contract.ts';
import { describeCuration } from './curation.contract.ts';
import { describeWarming } from './warm.contract.ts';
import { describeDiffusion } from './diffusion.contract.ts';
import { describeGraphQueries } from './graph.contract.ts';
import { useFreshStore, type MakeStore } from './harness.ts';
import { describeOutcomePractices } from './outcome-practice.contract.ts';
import { describeReading } from './reading.contract.ts';
import { describeReprints } from './reprints.contract.ts';
import { describeSearching } from './searching.contract.ts';
import { describeWriting } from './writing.contract.ts';

export type { MakeStore } from './harness.ts';

export function describeGraphStore(name: string, makeStore: MakeStore): void {
  describe(`GraphStore contract: ${name}`, () => {
    const harness = useFreshStore(makeStore);
    describeWriting(harness);
    describeBatchWriting(harness);
    describeReading(harness);
    describeSearching(harness);
    describeGraphQueries(harness);
    describeCuration(harness);
    describeCuratedPages(harness);
    describeWarming(harness);
    describeOutcomePractices(harness);
    describeDiffusion(harness);
    describeReprints(harness);
  });
}
