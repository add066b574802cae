/**
 * A per-client rate limit: one token bucket per remote IP, refilled continuously at
 * `perMinute / 60` tokens a second and holding at most `perMinute` tokens (so a client may burst
 * one minute's worth). A request with no token left gets 429 RATE_LIMITED and a Retry-After.
 * The remote address is the socket's: behind a proxy, every client shares the proxy's bucket.
 */
import type { RequestHandler } from 'express';
import { createError } from '../../errors/catalogue.ts';

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;
/** Buckets kept before idle (full) ones are dropped, so many clients cannot grow memory forever. */
const MAX_TRACKED_CLIENTS = 10_000;

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export interface RateLimiter {
  /** Takes one token for this client; returns 0 when allowed, else the seconds to wait. */
  take(client: string, now?: number): number;
}

export function createTokenBucketLimiter(perMinute: number): RateLimiter {
  const buckets = new Map<string, Bucket>();
  const perMs = perMinute / 60_000;
  const refill = (bucket: Bucket, now: number): void => {
    bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.updatedAt) * perMs);
    bucket.updatedAt = now;
  };
  const forgetIdle = (now: number): void => {
    for (const [client, bucket] of buckets) {
      refill(bucket, now);
      if (bucket.tokens >= perMinute) buckets.delete(client);
    }
  };
  return {
    take(client, now = Date.now()) {
      let bucket = buckets.get(client);
      if (!bucket) {
        if (buckets.size >= MAX_TRACKED_CLIENTS) forgetIdle(now);
        bucket = { tokens: perMinute, updatedAt: now };
        buckets.set(client, bucket);
      }
      refill(bucket, now);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
    },
  };
}

/** Express middleware; `perMinute` 0 lets everything through. */
export function rateLimit(perMinute: number): RequestHandler {
  if (perMinute <= 0) return (_req, _res, next) => next();
  const limiter = createTokenBucketLimiter(perMinute);
  return (req, res, next) => {
    // req.ip is the socket's address, or the forwarded client's when a trusted proxy sent it.
    const wait = limiter.take(req.ip ?? req.socket.remoteAddress ?? 'unknown');
    if (wait === 0) {
      next();
      return;
    }
    const error = createError('RATE_LIMITED', String(wait));
    res.setHeader('retry-after', String(wait));
    res.status(429).json({ errors: [{ message: error.userMessage, extensions: { code: error.code, zh: error.zh, en: error.message } }] });
  };
}
