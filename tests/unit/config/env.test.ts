/**
 * The one configuration: defaults when nothing is set, numbers coerced from the environment's
 * strings, and an invalid value refused with CONFIG_INVALID naming the key.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../config/env.ts';

describe('loadConfig', () => {
  it('gives the defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(4000);
    expect(config.ATLAS_RATE_LIMIT_PER_MINUTE).toBe(600);
    expect(config.ATLAS_HEAP_GROWTH_PERCENT).toBe(20);
    expect(config.ATLAS_CORS_ORIGINS).toEqual([]);
  });

  it('reads numbers and lists from strings', () => {
    const config = loadConfig({ PORT: '8080', ATLAS_HEAP_GROWTH_PERCENT: '0', ATLAS_CORS_ORIGINS: 'https://a.example, https://b.example,' });
    expect(config.PORT).toBe(8080);
    expect(config.ATLAS_HEAP_GROWTH_PERCENT).toBe(0);
    expect(config.ATLAS_CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
  });

  it('refuses a value out of range or not a number, naming the key', () => {
    expect(() => loadConfig({ ATLAS_HEAP_GROWTH_PERCENT: '-5' })).toThrow(/ATLAS_HEAP_GROWTH_PERCENT/);
    expect(() => loadConfig({ ATLAS_HEAP_GROWTH_PERCENT: 'twenty' })).toThrow(/ATLAS_HEAP_GROWTH_PERCENT/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ NODE_ENV: 'staging' })).toThrow(/NODE_ENV/);
  });
});
