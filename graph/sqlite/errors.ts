/**
 * Translates SQLite failures into catalogued errors at the adapter boundary, so nothing above
 * graph/ ever sees a SqliteError or its codes.
 */
import { wrapError, type AtlasError } from '../../errors/catalogue.ts';

/** What the caller was doing: a failed write was rolled back; a failed read left nothing changed. */
export type StoreAction = 'open' | 'read' | 'write';

const corruptCodes = ['SQLITE_CORRUPT', 'SQLITE_NOTADB'];
const unavailableCodes = ['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_CANTOPEN', 'SQLITE_IOERR', 'SQLITE_PERM', 'SQLITE_AUTH'];

function sqliteCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : null;
}

function hasPrefix(code: string, prefixes: string[]): boolean {
  return prefixes.some((prefix) => code === prefix || code.startsWith(`${prefix}_`));
}

export function translateSqliteError(error: unknown, action: StoreAction, location: string): AtlasError {
  const code = sqliteCode(error);
  const detail = `${location}: ${error instanceof Error ? error.message : String(error)}`;
  if (code !== null && hasPrefix(code, corruptCodes)) return wrapError('STORE_CORRUPT', error, detail);
  if (code !== null && hasPrefix(code, unavailableCodes)) return wrapError('STORE_UNAVAILABLE', error, detail);
  if (action === 'write') return wrapError('STORE_WRITE_FAILED', error, detail);
  return wrapError('STORE_UNAVAILABLE', error, detail);
}

/** Runs synchronous driver work and rethrows any failure as a catalogued error. */
export function guard<T>(action: StoreAction, location: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw translateSqliteError(error, action, location);
  }
}
