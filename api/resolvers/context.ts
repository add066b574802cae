/** What every resolver receives: the services, this request's loaders and what the caller may do. */
import { createError } from '../../errors/catalogue.ts';
import type { WriteStatus } from '../../graph/store.ts';
import type { AtlasLoaders } from '../loaders.ts';
import type { AtlasServices } from '../services/types.ts';

export interface IngestedDocument {
  documentId: string;
  status: WriteStatus;
}

/** One bulletin sent to ingestDocument: a file's bytes, read as `atlas ingest` reads files, or pasted text. */
export type Upload = { name: string; bytes: Uint8Array } | { name: string; text: string };

/** Write operations behind the admin token; absent ones answer BAD_REQUEST ("not enabled"). */
export interface AdminOperations {
  ingest?: (upload: Upload) => Promise<IngestedDocument>;
  deleteDocument?: (id: string) => Promise<boolean>;
}

export interface AtlasContext {
  services: AtlasServices;
  loaders: AtlasLoaders;
  admin: AdminOperations;
  /** True when the request carried the configured admin token. */
  isAdmin: boolean;
}

/** Every mutation starts here: no valid admin token, nothing happens. */
export function requireAdmin(context: AtlasContext): void {
  if (!context.isAdmin) throw createError('UNAUTHORIZED');
}
