/**
 * What the store already holds, read once per run: which text is stored under which document, so an
 * unchanged file is skipped before parsing and the same text under a second name is refused.
 */
import { createError } from '../errors/catalogue.ts';
import type { GraphStore } from '../graph/store.ts';
import { documentIdFor, isOwnId, legacyDocumentIdFor } from './document-ids.ts';

export interface StoredDocuments {
  /** Content hash → the document holding that text (the first listed, should two). */
  byHash: Map<string, { id: string; source: string }>;
  ids: Set<string>;
}

export async function listStoredDocuments(store: GraphStore): Promise<StoredDocuments> {
  const stored: StoredDocuments = { byHash: new Map(), ids: new Set() };
  const pageSize = 500;
  for (let offset = 0; ; offset += pageSize) {
    const page = await store.listDocuments({ first: pageSize, offset });
    for (const doc of page.nodes) {
      stored.ids.add(doc.id);
      if (!stored.byHash.has(doc.hash)) stored.byHash.set(doc.hash, { id: doc.id, source: doc.source });
    }
    if (offset + pageSize >= page.total) return stored;
  }
}

/**
 * Is this text stored already as this source's document? Throws INPUT_DUPLICATE (naming the stored
 * source) when another document holds it; `file` is what the user sees in the message.
 */
export function isStoredUnchanged(stored: StoredDocuments, hash: string, source: string, file: string): boolean {
  const holder = stored.byHash.get(hash);
  if (holder === undefined) return false;
  if (!isOwnId(holder.id, source)) throw createError('INPUT_DUPLICATE', file, holder.source);
  return true;
}

/** Claims a text for a source about to be written, so a copy later in the same run is a duplicate. */
export function claim(stored: StoredDocuments, hash: string, source: string): void {
  stored.byHash.set(hash, { id: documentIdFor(source), source });
}

/**
 * The copy of this source stored under its old working-folder id, when the source also holds (or
 * is about to hold) its own id: deleted after the write, so the store keeps one version.
 */
export function legacyCopyOf(stored: StoredDocuments, source: string, hash: string): string | null {
  const legacy = legacyDocumentIdFor(source);
  if (legacy === documentIdFor(source) || !stored.ids.has(legacy)) return null;
  // Unchanged text still held under the old id only: that copy is the document, keep it.
  return stored.byHash.get(hash)?.id === legacy ? null : legacy;
}
