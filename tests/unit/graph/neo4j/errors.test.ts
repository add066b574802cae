import { describe, expect, it } from 'vitest';
import { guard, redactUri, translateNeo4jError } from '../../../../graph/neo4j/errors.ts';

function driverError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('driver errors → catalogued errors', () => {
  it('reports an unreachable or refusing server as STORE_UNAVAILABLE', () => {
    expect(translateNeo4jError(driverError('ServiceUnavailable', 'Could not perform discovery'), 'read', 'bolt://db:7687').code).toBe('STORE_UNAVAILABLE');
    expect(translateNeo4jError(driverError('Neo.ClientError.Security.Unauthorized', 'bad credentials'), 'write', 'bolt://db:7687').code).toBe('STORE_UNAVAILABLE');
    expect(translateNeo4jError(new Error('connect ECONNREFUSED 127.0.0.1:7687'), 'write', 'bolt://db:7687').code).toBe('STORE_UNAVAILABLE');
  });

  it('reports a failed write as STORE_WRITE_FAILED and keeps the cause', () => {
    const cause = driverError('Neo.ClientError.Schema.ConstraintValidationFailed', 'Node(12) already exists with label `Item`');
    const error = translateNeo4jError(cause, 'write', 'bolt://db:7687');
    expect(error.code).toBe('STORE_WRITE_FAILED');
    expect(error.cause).toBe(cause);
    expect(error.message).toContain('bolt://db:7687');
  });

  it('rethrows through guard as a catalogued error', async () => {
    await expect(guard('read', 'bolt://db:7687', () => Promise.reject(driverError('Neo.ClientError.Statement.SyntaxError', 'bad')))).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
    });
  });

  it('never shows credentials in the location', () => {
    expect(redactUri('neo4j://atlas:secret@db.local:7687')).toBe('neo4j://db.local:7687');
    expect(redactUri('bolt://127.0.0.1:7687')).toBe('bolt://127.0.0.1:7687');
  });
});
