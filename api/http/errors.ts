/**
 * What clients see when something fails. Catalogued errors keep their code in `extensions.code`;
 * errors in the request itself (syntax, validation, variable types) become BAD_REQUEST with the
 * GraphQL reason kept; anything else is INTERNAL with no message detail and no stack.
 */
import { GraphQLError } from '../graphql-js.ts';
import type { ErrorRequestHandler } from 'express';
import { createError, isAtlasError } from '../../errors/catalogue.ts';
import type { AtlasError } from '../../errors/catalogue.ts';

/** For yoga's `maskedErrors.maskError`. Yoga logs the unmasked error itself. */
export function maskAtlasError(error: unknown): Error {
  const graphqlError = error instanceof GraphQLError ? error : undefined;
  const original = graphqlError ? graphqlError.originalError : error;
  if (isAtlasError(original)) return toGraphQLError(original, graphqlError);
  if (graphqlError && isClientError(graphqlError)) return asBadRequest(graphqlError);
  return toGraphQLError(createError('INTERNAL'), graphqlError);
}

/** A GraphQL error the request caused: graphql-js made it, nothing underneath threw. */
function isClientError(error: GraphQLError): boolean {
  const original = error.originalError;
  return original === undefined || original === null || (original instanceof GraphQLError && isClientError(original));
}

function toGraphQLError(error: AtlasError, located: GraphQLError | undefined): GraphQLError {
  return new GraphQLError(error.userMessage, {
    nodes: located?.nodes,
    path: located?.path,
    extensions: { code: error.code, zh: error.zh, en: error.message },
  });
}

/** Adds the stable code to a request error, keeping its http status and former code as `reason`. */
export function asBadRequest(error: GraphQLError): GraphQLError {
  if (error.extensions['code'] === 'BAD_REQUEST') return error;
  const reason = typeof error.extensions['code'] === 'string' ? error.extensions['code'] : 'GRAPHQL_VALIDATION_FAILED';
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { ...error.extensions, code: 'BAD_REQUEST', reason },
  });
}

/** Express errors before GraphQL (body too large, malformed JSON) in the same GraphQL error shape. */
export const httpErrorHandler: ErrorRequestHandler = (error: unknown, _req, res, next) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  const status = httpStatusOf(error);
  const atlasError = status === 413
    ? createError('BAD_REQUEST', 'request body is larger than 1 MB')
    : status < 500 ? createError('BAD_REQUEST', 'malformed request body') : createError('INTERNAL');
  res.status(status).json({ errors: [{ message: atlasError.userMessage, extensions: { code: atlasError.code } }] });
};

function httpStatusOf(error: unknown): number {
  if (typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number') {
    return error.status >= 400 && error.status < 600 ? error.status : 500;
  }
  return 500;
}
