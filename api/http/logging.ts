/**
 * Structured request logs: one line per request with its id, operation name and duration.
 * The pino logger is injected, so tests pass a silent one.
 */
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { YogaLogger } from 'graphql-yoga';
import { GraphQLError } from '../graphql-js.ts';
import { isAtlasError } from '../../errors/catalogue.ts';

export interface RequestLogLocals {
  requestId: string;
  operationName?: string;
}

/** Request ids from a client or proxy are kept only when they look like ids, not payloads. */
const acceptableRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestLogger(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const offered = req.get('x-request-id');
    const requestId = offered && acceptableRequestId.test(offered) ? offered : randomUUID();
    const started = performance.now();
    const locals = res.locals as Partial<RequestLogLocals>;
    locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    res.on('finish', () => {
      logger.info({
        requestId,
        method: req.method,
        path: req.originalUrl.split('?')[0],
        status: res.statusCode,
        operationName: locals.operationName,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
      }, 'request');
    });
    next();
  };
}

/**
 * Yoga's logger on top of pino. Yoga reports every error it masks; catalogued errors below 500
 * (bad input, missing token) are the client's doing and logged at info, the rest at error.
 */
export function yogaLogger(logger: Logger): YogaLogger {
  const describe = (args: unknown[]) => (args.length === 1 ? { detail: args[0] } : { detail: args });
  return {
    debug: (...args: unknown[]) => logger.debug(describe(args), 'graphql'),
    info: (...args: unknown[]) => logger.info(describe(args), 'graphql'),
    warn: (...args: unknown[]) => logger.warn(describe(args), 'graphql'),
    error: (...args: unknown[]) => {
      const [first] = args;
      const cause = first instanceof GraphQLError ? first.originalError : first;
      if (isAtlasError(cause) && cause.status < 500) {
        logger.info({ code: cause.code, message: cause.message }, 'graphql request refused');
      } else {
        logger.error({ err: cause ?? first }, 'graphql error');
      }
    },
  };
}
