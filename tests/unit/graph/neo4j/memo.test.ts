import { describe, expect, it } from 'vitest';
import { createReadMemo, SHARED_TTL_MS } from '../../../../graph/neo4j/memo.ts';

describe('read memo', () => {
  it('shares an answer while in flight and for its lifetime, then asks again', async () => {
    let clock = 0;
    const memo = createReadMemo(() => clock);
    let loads = 0;
    const load = async () => ++loads;
    expect(await Promise.all([memo.shared('a', load), memo.shared('a', load)])).toEqual([1, 1]);
    clock = SHARED_TTL_MS - 1;
    expect(await memo.shared('a', load)).toBe(1);
    clock = SHARED_TTL_MS;
    expect(await memo.shared('a', load)).toBe(2);
  });

  it('keeps an answer asked with a longer lifetime for that lifetime', async () => {
    let clock = 0;
    const memo = createReadMemo(() => clock);
    let loads = 0;
    const load = async () => ++loads;
    expect(await memo.shared('counts', load, 30_000)).toBe(1);
    clock = 29_999;
    expect(await memo.shared('counts', load, 30_000)).toBe(1);
    clock = 30_000;
    expect(await memo.shared('counts', load, 30_000)).toBe(2);
  });

  it('drops everything on clear, and keeps neither failed loads nor loads a write overtook', async () => {
    const memo = createReadMemo(() => 0);
    memo.regions.set('36', { code: '36', name: '江右省', level: 'province', path: ['江右省'], pathCodes: ['36'] });
    let loads = 0;
    await memo.shared('a', async () => ++loads);
    memo.clear();
    expect(memo.regions.size).toBe(0);
    expect(await memo.shared('a', async () => ++loads)).toBe(2);

    await expect(memo.shared('b', () => Promise.reject(new Error('gone')))).rejects.toThrow('gone');
    expect(await memo.shared('b', async () => 'back')).toBe('back');

    let finish: (value: string) => void = () => undefined;
    const overtaken = memo.shared('c', () => new Promise<string>((resolve) => { finish = resolve; }));
    memo.clear();
    finish('before the write');
    await overtaken;
    expect(await memo.shared('c', async () => 'after the write')).toBe('after the write');
  });
});
