import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createServer } from '../../../../api/server.ts';
import { createLoaders } from '../../../../api/loaders.ts';
import type { AtlasContext, Upload } from '../../../../api/resolvers/context.ts';
import { mutationResolvers } from '../../../../api/resolvers/mutation.ts';
import type { CurateArgs } from '../../../../api/resolvers/mutation.ts';
import type { AtlasServices } from '../../../../api/services/types.ts';
import { callsOf, createFakeServices, documentA } from './fake-services.ts';
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

const ingested: Upload[] = [];
const deleted: string[] = [];
let server: RunningServer;
let disabled: RunningServer;
const fake = createFakeServices();

/** A resolver context as the server builds it for an admin request. */
function adminContext(services: AtlasServices): AtlasContext {
  return { services, loaders: createLoaders(services), admin: {}, isAdmin: true };
}

function curate(args: CurateArgs, services: AtlasServices = fake) {
  return mutationResolvers.curatePractice(undefined, args, adminContext(services));
}

beforeAll(async () => {
  const options = {
    services: fake, logger: captured, production: false,
    ingest: async (upload: Upload) => {
      ingested.push(upload);
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
    expect(ingested).toEqual([{ name: '第7期.txt', text: '云岭组工信息 第7期' }]);
  });

  it('deletes with the right token', async () => {
    expect((await server.graphql(mutations.deleteDocument, { token: 'admin-secret' })).data).toEqual({ deleteDocument: true });
    expect(deleted).toEqual(['doc-a']);
  });

  it('promotes a candidate with the right token, adding the aliases given', async () => {
    const response = await server.graphql('mutation { curatePractice(name: " 红石榴驿站 ", category: "基层治理", aliases: ["石榴驿站"]) { name status aliases } }', { token: 'admin-secret' });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ curatePractice: { name: '红石榴驿站', status: 'CURATED', aliases: ['石榴驿站'] } });
    expect(callsOf(fake, 'curateCandidate')).toContainEqual([{ candidate: '红石榴驿站', action: 'PROMOTE', category: '基层治理', into: undefined, description: undefined }]);
    expect(callsOf(fake, 'addAlias')).toContainEqual(['红石榴驿站', '石榴驿站']);
  });

  it('adds an alias with the right token and passes NOT_FOUND through', async () => {
    const response = await server.graphql(mutations.addAlias, { token: 'admin-secret' });
    expect(response.data).toEqual({ addAlias: { name: '楼栋长制' } });
    expect(callsOf(fake, 'addAlias')).toContainEqual(['楼栋长制', '楼长制']);
    const missing = await server.graphql('mutation { addAlias(practice: "不存在的做法", alias: "楼长制") { name } }', { token: 'admin-secret' });
    expect(errorCodes(missing)).toEqual(['NOT_FOUND']);
  });

  it('answers NOT_FOUND for an unknown candidate and BAD_REQUEST for an empty one', async () => {
    const unknown = await server.graphql('mutation { curatePractice(name: "不存在的机制", category: "基层治理") { name } }', { token: 'admin-secret' });
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    const empty = await server.graphql('mutation { curatePractice(name: "  ", category: "基层治理") { name } }', { token: 'admin-secret' });
    expect(errorCodes(empty)).toEqual(['BAD_REQUEST']);
  });

  it('merges into a practice and rejects through the action arguments', async () => {
    await expect(curate({ candidate: '红石榴驿站', action: 'MERGE', into: '楼栋长制' })).resolves.toMatchObject({ name: '楼栋长制' });
    await expect(curate({ candidate: '红石榴驿站', action: 'REJECT' })).resolves.toBeNull();
    await expect(curate({ candidate: '红石榴驿站', action: 'MERGE', into: '不存在的做法' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(curate({ candidate: '红石榴驿站', action: 'ARCHIVE' as never })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(callsOf(fake, 'curateCandidate')).toContainEqual([{ candidate: '红石榴驿站', action: 'REJECT', category: undefined, into: undefined, description: undefined }]);
  });

  it('refuses curation with BAD_REQUEST where the services do not offer it, and without the token first', async () => {
    const readOnly: AtlasServices = { ...fake, curateCandidate: undefined, addAlias: undefined };
    await expect(curate({ name: '红石榴驿站', category: '基层治理' }, readOnly)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const context = { ...adminContext(readOnly), isAdmin: false };
    await expect(mutationResolvers.addAlias(undefined, { practice: '楼栋长制', alias: '楼长制' }, context)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('refuses an empty text with INPUT_EMPTY', async () => {
    const response = await server.graphql('mutation { ingestDocument(text: "  ", name: "空.txt") { status } }', { token: 'admin-secret' });
    expect(errorCodes(response)).toEqual(['INPUT_EMPTY']);
  });

  it('takes a file as base64 bytes and hands the bytes on undecoded', async () => {
    ingested.length = 0;
    const bytes = Buffer.from([0xd4, 0xc6, 0xc1, 0xeb, 0xd7, 0xe9, 0xb9, 0xa4]); // 云岭组工 in GBK
    const response = await server.graphql('mutation Up($file: String!) { ingestDocument(file: $file, name: "第8期.txt") { status } }', {
      token: 'admin-secret', variables: { file: bytes.toString('base64') },
    });
    expect(response.errors).toBeUndefined();
    expect(ingested).toEqual([{ name: '第8期.txt', bytes: new Uint8Array(bytes) }]);
  });

  it('wants exactly one of file and text, and base64 for a file, in Chinese first', async () => {
    const both = await server.graphql('mutation { ingestDocument(text: "甲", file: "5Lit", name: "a.txt") { status } }', { token: 'admin-secret' });
    const neither = await server.graphql('mutation { ingestDocument(name: "a.txt") { status } }', { token: 'admin-secret' });
    const garbled = await server.graphql('mutation { ingestDocument(file: "不是base64!", name: "a.txt") { status } }', { token: 'admin-secret' });
    for (const response of [both, neither, garbled]) {
      expect(errorCodes(response)).toEqual(['BAD_REQUEST']);
      expect(response.errors?.[0]?.message).toMatch(/^\[BAD_REQUEST\] 请求无效：[^/]*[\u4e00-\u9fff]{2}/u);
    }
  });

  it('answers isAdmin for the token presented, so the UI can check a token when it is entered', async () => {
    expect((await server.graphql('{ isAdmin }', { token: 'admin-secret' })).data).toEqual({ isAdmin: true });
    expect((await server.graphql('{ isAdmin }', { token: 'wrong' })).data).toEqual({ isAdmin: false });
    expect((await disabled.graphql('{ isAdmin }', { token: '' })).data).toEqual({ isAdmin: false });
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
