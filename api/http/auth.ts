/**
 * Admin authentication for mutations: `Authorization: Bearer <ATLAS_ADMIN_TOKEN>`.
 * Both sides are hashed first so timingSafeEqual always compares equal-length buffers and the
 * comparison time says nothing about the token's length or content.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

/** The token of a `Bearer` Authorization header, or null when there is none. */
export function bearerToken(header: string | null | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}

/** True only when a token is configured and the header carries exactly that token. */
export function isAdminRequest(configuredToken: string, authorizationHeader: string | null | undefined): boolean {
  // An empty configured token disables mutations altogether rather than accepting an empty bearer.
  if (configuredToken === '') return false;
  const presented = bearerToken(authorizationHeader);
  if (presented === null) return false;
  return timingSafeEqual(digest(presented), digest(configuredToken));
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
