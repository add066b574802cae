import { describe, expect, it } from 'vitest';
import { bearerToken, isAdminRequest } from '../../../../api/http/auth.ts';

describe('admin token check', () => {
  it('accepts exactly the configured bearer token', () => {
    expect(isAdminRequest('s3cret-token', 'Bearer s3cret-token')).toBe(true);
    expect(isAdminRequest('s3cret-token', 'bearer s3cret-token')).toBe(true);
  });

  it('refuses a missing, wrong, longer, shorter or non-bearer token', () => {
    expect(isAdminRequest('s3cret-token', undefined)).toBe(false);
    expect(isAdminRequest('s3cret-token', null)).toBe(false);
    expect(isAdminRequest('s3cret-token', 'Bearer s3cret-tokeN')).toBe(false);
    expect(isAdminRequest('s3cret-token', 'Bearer s3cret-token-and-more')).toBe(false);
    expect(isAdminRequest('s3cret-token', 'Bearer s3cret')).toBe(false);
    expect(isAdminRequest('s3cret-token', 'Basic s3cret-token')).toBe(false);
  });

  it('refuses everything when no token is configured, even an empty bearer', () => {
    expect(isAdminRequest('', 'Bearer ')).toBe(false);
    expect(isAdminRequest('', '')).toBe(false);
    expect(isAdminRequest('', 'Bearer anything')).toBe(false);
  });

  it('reads the token out of a Bearer header only', () => {
    expect(bearerToken('Bearer abc.def')).toBe('abc.def');
    expect(bearerToken('Bearer')).toBeNull();
    expect(bearerToken('Token abc')).toBeNull();
  });
});
