import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyLocation, openGraphStore, redactCredentials } from '../../../graph/open.ts';

describe('classifyLocation', () => {
  it.each([
    ['data/atlas.db', 'data/atlas.db'],
    ['/srv/atlas/atlas.db', '/srv/atlas/atlas.db'],
    ['C:\\atlas\\atlas.db', 'C:\\atlas\\atlas.db'],
    ['file:data/atlas.db', 'data/atlas.db'],
    ['file:///srv/atlas.db', '/srv/atlas.db'],
    ['sqlite:data/atlas.db', 'data/atlas.db'],
    ['sqlite://data/atlas.db', 'data/atlas.db'],
    ['sqlite:///srv/atlas.db', '/srv/atlas.db'],
    [':memory:', ':memory:'],
  ])('reads %s as the SQLite file %s', (location, file) => {
    expect(classifyLocation(location)).toEqual({ kind: 'sqlite', file });
  });

  it.each(['neo4j://localhost:7687', 'neo4j+s://graph.example.org', 'bolt://localhost:7687'])('reads %s as Neo4j', (location) => {
    expect(classifyLocation(location)).toEqual({ kind: 'neo4j', uri: location });
  });

  it('does not recognise other schemes', () => {
    expect(classifyLocation('foo://x')).toEqual({ kind: 'unknown' });
    expect(classifyLocation('postgres://db/atlas')).toEqual({ kind: 'unknown' });
  });
});

describe('openGraphStore', () => {
  it('creates the parent folder of a new store file and initialises it', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'atlas-open-'));
    const file = path.join(root, 'nested', 'deeper', 'atlas.db');
    const store = await openGraphStore(`sqlite:${file}`);
    try {
      expect(existsSync(file)).toBe(true);
      expect(store.location).toBe(file);
      await expect(store.stats()).resolves.toMatchObject({ documents: 0 });
    } finally {
      await store.close();
      await rm(root, { recursive: true, force: true });
    }
  });

  it('opens Neo4j locations with the Neo4j adapter: unreachable is STORE_UNAVAILABLE, without echoing credentials', async () => {
    const failure = openGraphStore('bolt://atlas:secret@127.0.0.1:1', { user: 'atlas', password: 'secret' });
    await expect(failure).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    await expect(failure).rejects.not.toThrow(/secret/);
  });

  it('refuses an unknown scheme and names the valid ones', async () => {
    const failure = openGraphStore('foo://x');
    await expect(failure).rejects.toMatchObject({ code: 'STORE_UNKNOWN_SCHEME' });
    await expect(failure).rejects.toThrow(/foo:\/\/x.*file path.*neo4j/);
  });
});

describe('redactCredentials', () => {
  it('drops user and password from a URI', () => {
    expect(redactCredentials('bolt://neo4j:pw@db.example.org:7687')).toBe('bolt://db.example.org:7687');
    expect(redactCredentials('data/atlas.db')).toBe('data/atlas.db');
  });
});
