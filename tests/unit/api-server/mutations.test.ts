import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createServer } from '../../../api/server.ts';
import { createFakeServices, documentA } from './fake-services.ts';
import { errorCodes, startServer } from './http.ts';
import type { RunningServer } from './http.ts';

const mutations = {
  ingestDocument: 'mutation { ingestDocument(text: "云岭组工信息 第7期", name: "第7期.txt") { status } }',
  deleteDocument: 'mutation { deleteDocument(id: "doc-a") }',
  curatePractice: 'mutation { curatePractice(name: "红石榴驿站", category: "基层治理") { name } }',
  addAlias: 'mutation { addAlias(practice: "楼栋长制", alias: "楼长制") { name } }',
};

const logLines: Record<string, unknown>[] = [];
const captured = pino({ level: 'info' }, new Writable({
  write(chunk: Buffer, _encoding, done) {
    logLines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
    done();
  },
}));

const ingested: { text: string; name: string }[] = [];
const deleted: string[] = [];
let server: RunningServer;
let disabled: RunningServer;

beforeAll(async () => {
  const options = {
    services: createFakeServices(), logger: captured, production: false,
    ingest: async (text: string, name: string) => {
      ingested.push({ text, name });
      return { documentId: documentA.id, status: 'created' as const };
    },
    deleteDocument: async (id: string) => {
      deleted.push(id);
      return true;
    },
  };
  server = await startServer(createServer({ ...options, adminToken: 'admin-secret' }));
  disabled = await startServer(createServer({ ...options, adminToken: '' }));
});
afterAll(async () => {
  await server.close();
  await disabled.close();
});

describe('mutations need the admin token', () => {
  it.each(Object.entries(mutations))('refuses %s without a token or with a wrong one', async (_name, mutation) => {
    expect(errorCodes(await server.graphql(mutation))).toEqual(['UNAUTHORIZED']);
    expect(errorCodes(await server.graphql(mutation, { token: 'admin-secreT' }))).toEqual(['UNAUTHORIZED']);
    expect(errorCodes(await disabled.graphql(mutation, { token: '' }))).toEqual(['UNAUTHORIZED']);
    expect(ingested).toEqual([]);
    expect(deleted).toEqual([]);
  });

  it('ingests a text with the right token and returns the document and its extraction', async () => {
    const response = await server.graphql(`mutation { ingestDocument(text: "云岭组工信息 第7期", name: " 第7期.txt ") {
      status document { id itemCount } extraction { items regions { name } practices candidatePractices outcomes } } }`, { token: 'admin-secret' });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ ingestDocument: {
      status: 'CREATED', document: { id: 'doc-a', itemCount: 2 },
      extraction: { items: 2, regions: [{ name: '青禾县' }, { name: '云岭市' }], practices: ['楼栋长制'], candidatePractices: ['红石榴驿站'], outcomes: 1 },
    } });
    expect(ingested).toEqual([{ text: '云岭组工信息 第7期', name: '第7期.txt' }]);
  });

  it('deletes with the right token', async () => {
    expect((await server.graphql(mutations.deleteDocument, { token: 'admin-secret' })).data).toEqual({ deleteDocument: true });
    expect(deleted).toEqual(['doc-a']);
  });

  it('refuses curating and aliasing with BAD_REQUEST until the store supports them', async () => {
    expect(errorCodes(await server.graphql(mutations.curatePractice, { token: 'admin-secret' }))).toEqual(['BAD_REQUEST']);
    expect(errorCodes(await server.graphql(mutations.addAlias, { token: 'admin-secret' }))).toEqual(['BAD_REQUEST']);
  });

  it('refuses an empty text with INPUT_EMPTY', async () => {
    const response = await server.graphql('mutation { ingestDocument(text: "  ", name: "空.txt") { status } }', { token: 'admin-secret' });
    expect(errorCodes(response)).toEqual(['INPUT_EMPTY']);
  });
});

describe('request logs', () => {
  it('logs one line per request with its id, operation name and duration', async () => {
    logLines.length = 0;
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'req-42' },
      body: JSON.stringify({ query: 'query CountThings { stats { items } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('req-42');
    await response.json();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const line = logLines.find((entry) => entry.msg === 'request');
    expect(line).toMatchObject({ requestId: 'req-42', operationName: 'CountThings', path: '/graphql', status: 200 });
    expect(typeof line?.durationMs).toBe('number');
  });

  it('serves GraphiQL outside production', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await response.text()).toContain('GraphiQL');
  });
});
