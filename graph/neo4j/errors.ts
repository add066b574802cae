/**
 * Translates neo4j-driver failures into catalogued errors at the adapter boundary, so nothing
 * above graph/ ever sees a Neo4jError or its codes.
 */
import { wrapError, type AtlasError } from '../../errors/catalogue.ts';

/** What the caller was doing: a failed write was rolled back; a failed read left nothing changed. */
export type StoreAction = 'open' | 'read' | 'write';

/** Driver codes that mean the server cannot be reached or will not let us in. */
const unavailableCodes = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

function driverCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : null;
}

/** Connection-level failures that surface as plain errors rather than coded Neo4jErrors. */
function isConnectionFailure(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /ECONNREFUSED|ECONNRESET|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|connection (was )?closed|Could not perform discovery/i.test(message);
}

export function translateNeo4jError(error: unknown, action: StoreAction, location: string): AtlasError {
  const code = driverCode(error);
  const detail = `${location}: ${error instanceof Error ? error.message : String(error)}`;
  if ((code !== null && unavailableCodes.has(code)) || isConnectionFailure(error)) return wrapError('STORE_UNAVAILABLE', error, detail);
  if (action === 'write') return wrapError('STORE_WRITE_FAILED', error, detail);
  return wrapError('STORE_UNAVAILABLE', error, detail);
}

/** Runs driver work and rethrows any failure as a catalogued error. */
export async function guard<T>(action: StoreAction, location: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw translateNeo4jError(error, action, location);
  }
}

/** The URI as it may be shown: no user:password@. */
export function redactUri(uri: string): string {
  return uri.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1');
}
