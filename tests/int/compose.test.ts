/**
 * docker-compose.yml gives the full service: Neo4j 5.26 community with a volume and a healthcheck,
 * and the app built from the Dockerfile, started only once Neo4j is healthy; the `replicas` profile
 * adds two API replicas on the same Neo4j behind nginx, the `batch` profile an ingest job. No Docker
 * engine runs here, so the file is checked as data (merge keys resolved as compose resolves them).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Service {
  image?: string;
  build?: string | { context: string };
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test?: string[]; interval?: string; retries?: number; start_period?: string; disable?: boolean };
  command?: string[];
  profiles?: string[];
}

interface Compose {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

const root = path.resolve(import.meta.dirname, '../..');
const compose = parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as Compose;
/** The services `docker compose up` starts without a profile. */
const everyday = Object.keys(compose.services).filter((name) => compose.services[name]?.profiles === undefined);
const neo4j = compose.services.neo4j;
const app = compose.services.app;

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 community and the app', () => {
    expect(everyday.sort()).toEqual(['app', 'neo4j']);
    expect(neo4j?.image).toBe('neo4j:5.26-community');
    expect(app?.build).toBe('.');
  });

  it('takes Neo4j credentials from the environment, never a fixed password only', () => {
    expect(neo4j?.environment?.NEO4J_AUTH).toMatch(/^\$\{NEO4J_AUTH(:-[^}]*)?\}$/);
    expect(app?.environment?.NEO4J_PASSWORD).toMatch(/^\$\{NEO4J_PASSWORD(:-[^}]*)?\}$/);
    expect(app?.environment?.ATLAS_STORE).toBe('bolt://neo4j:7687');
  });

  it('publishes Bolt, the browser and the app on the loopback interface only', () => {
    expect(neo4j?.ports).toEqual(['127.0.0.1:7474:7474', '127.0.0.1:7687:7687']);
    expect(app?.ports).toEqual(['127.0.0.1:4000:4000']);
  });

  it('keeps Neo4j data and the model cache in named volumes', () => {
    expect(neo4j?.volumes).toContain('neo4j-data:/data');
    expect(app?.volumes).toContain('atlas-models:/app/models');
    for (const volume of [...(neo4j?.volumes ?? []), ...(app?.volumes ?? [])]) {
      expect(Object.keys(compose.volumes ?? {})).toContain(volume.split(':')[0]);
    }
  });

  it('health-checks both services and starts the app only once Neo4j is healthy', () => {
    expect(neo4j?.healthcheck?.test?.[0]).toBe('CMD-SHELL');
    expect(neo4j?.healthcheck?.test?.[1]).toContain('7474');
    expect(neo4j?.healthcheck?.retries).toBeGreaterThan(0);
    expect(app?.healthcheck?.test?.join(' ')).toContain('/readyz');
    expect(app?.command).toBeUndefined();
    expect(app?.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
  });

  it('builds the app from a Dockerfile on Node 20 that installs with npm ci, fetches the model, builds the UI and serves', () => {
    const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^FROM node:20-bookworm AS build$/m);
    expect(dockerfile).toMatch(/^FROM node:20-bookworm-slim$/m);
    expect(dockerfile).toMatch(/^RUN npm ci\b/m);
    expect(dockerfile).toMatch(/^RUN npm run setup:model && npm run build:web$/m);
    expect(dockerfile).toContain('maven');
    expect(dockerfile).toMatch(/^CMD \["npx", "tsx", "cli\/atlas\.ts", "serve"\]$/m);
  });

  it('runs two stateless API replicas on the one Neo4j behind a load balancer (profile replicas)', () => {
    const replicas = ['api-1', 'api-2'].map((name) => compose.services[name]);
    for (const replica of replicas) {
      expect(replica?.profiles).toEqual(['replicas']);
      expect(replica?.build).toBe('.');
      expect(replica?.environment?.ATLAS_STORE).toBe(app?.environment?.ATLAS_STORE);
      expect(replica?.environment?.ATLAS_TRUST_PROXY).toBe('uniquelocal');
      expect(replica?.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
      expect(replica?.healthcheck?.test?.join(' ')).toContain('/readyz');
      // Two replicas must not race to load the samples into an empty store.
      expect(replica?.command).toEqual(['npx', 'tsx', 'cli/atlas.ts', 'serve', '--no-samples']);
      expect(replica?.ports).toBeUndefined();
    }
    const balancer = compose.services.balancer;
    expect(balancer?.profiles).toEqual(['replicas']);
    expect(balancer?.image).toMatch(/^nginx:/);
    expect(balancer?.depends_on).toEqual({ 'api-1': { condition: 'service_healthy' }, 'api-2': { condition: 'service_healthy' } });
    expect(balancer?.ports).toEqual(['127.0.0.1:4100:80']);
    const mount = balancer?.volumes?.[0]?.split(':') ?? [];
    const conf = readFileSync(path.join(root, mount[0] ?? ''), 'utf8');
    expect(mount[1]).toBe('/etc/nginx/conf.d/default.conf');
    expect(conf).toMatch(/server api-1:4000/);
    expect(conf).toMatch(/server api-2:4000/);
    expect(conf).toMatch(/proxy_pass http:\/\/atlas_api;/);
    // Room for an admin upload (10 MB as base64).
    expect(Number(/client_max_body_size (\d+)m;/.exec(conf)?.[1])).toBeGreaterThanOrEqual(14);
  });

  it('embeds as a batch job apart from the servers (profile batch)', () => {
    const job = compose.services.ingest;
    expect(job?.profiles).toEqual(['batch']);
    expect(job?.command).toEqual(['npx', 'tsx', 'cli/atlas.ts', 'ingest', '/inbox']);
    expect(job?.volumes).toContain('./inbox:/inbox:ro');
    expect(job?.environment?.ATLAS_STORE).toBe('bolt://neo4j:7687');
  });
});
