/**
 * Behind the replicas' load balancer every request comes from the balancer's address: with
 * ATLAS_TRUST_PROXY set, the rate limit is per forwarded client; without it, a forwarded header
 * changes nothing (a client cannot pick its own bucket).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createServer } from '../../../../api/server.ts';
import { createFakeServices } from './fake-services.ts';
import { startServer } from './http.ts';
import type { RunningServer } from './http.ts';

const quiet = pino({ level: 'silent' });
let behindProxy: RunningServer;
let direct: RunningServer;

beforeAll(async () => {
  const base = { services: createFakeServices(), adminToken: '', logger: quiet, production: true, rateLimitPerMinute: 2 };
  behindProxy = await startServer(createServer({ ...base, trustProxy: 'loopback' }));
  direct = await startServer(createServer(base));
});
afterAll(async () => {
  await behindProxy.close();
  await direct.close();
});

async function statusFor(server: RunningServer, client: string): Promise<number> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
    body: JSON.stringify({ query: '{ stats { items } }' }),
  });
  await response.arrayBuffer();
  return response.status;
}

describe('rate limit behind a trusted proxy', () => {
  it('keeps one bucket per forwarded client', async () => {
    expect([await statusFor(behindProxy, '10.0.0.1'), await statusFor(behindProxy, '10.0.0.1'), await statusFor(behindProxy, '10.0.0.1')]).toEqual([200, 200, 429]);
    expect(await statusFor(behindProxy, '10.0.0.2')).toBe(200);
  });

  it('ignores X-Forwarded-For when no proxy is trusted', async () => {
    expect([await statusFor(direct, '10.0.0.1'), await statusFor(direct, '10.0.0.2'), await statusFor(direct, '10.0.0.3')]).toEqual([200, 200, 429]);
  });
});
