/**
 * Configurable CORS (ATLAS_CORS_ORIGINS). With no origins configured the API is same-origin only:
 * no CORS header is ever sent, so browsers refuse cross-origin reads. Listed origins (or `*`) get
 * their origin echoed back and preflights answered; credentials are never allowed, since the only
 * credential is the admin bearer token, which a browser page has to send explicitly anyway.
 */
import type { RequestHandler } from 'express';

const allowedHeaders = 'content-type, authorization, x-request-id';
const allowedMethods = 'GET, POST, OPTIONS';

export function cors(origins: readonly string[]): RequestHandler {
  const anyOrigin = origins.includes('*');
  const allowed = new Set(origins.map((origin) => origin.replace(/\/+$/, '')));
  return (req, res, next) => {
    const origin = req.get('origin');
    res.vary('Origin');
    const permitted = origin !== undefined && (anyOrigin || allowed.has(origin));
    if (permitted) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('access-control-expose-headers', 'x-request-id, retry-after');
    }
    if (req.method === 'OPTIONS' && req.get('access-control-request-method') !== undefined) {
      if (permitted) {
        res.setHeader('access-control-allow-methods', allowedMethods);
        res.setHeader('access-control-allow-headers', allowedHeaders);
        res.setHeader('access-control-max-age', '600');
      }
      res.status(204).end();
      return;
    }
    next();
  };
}
