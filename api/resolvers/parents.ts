/**
 * The values resolvers hand down as the parent of a schema type, where they differ from the
 * schema's shape (the codegen's mappers in codegen.ts point here): services' values plus what a
 * query already fetched, so field resolvers need not ask again.
 */
import type { RegionRef } from '../../graph/model.ts';
import type { DocumentSummary, ItemView, PracticeView } from '../../graph/store.ts';
import type { RegionProfile } from '../services/types.ts';

/** A document, with its items when they came along (document(id), ingestDocument). */
export type DocumentParent = DocumentSummary & { items?: ItemView[] };

/** A region, optionally carrying the profile it was fetched with. */
export type RegionParent = RegionRef & { profile?: RegionProfile };

/** A practice, with its related practices when they came along (practice(name)). */
export type PracticeParent = PracticeView & { related?: { name: string; count: number }[] };
