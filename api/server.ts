/**
 * The HTTP server: express with graphql-yoga at /graphql, /healthz and /readyz, and the built UI
 * when one is given. Built by createServer(options) so tests can start it on port 0.
 */
import { existsSync } from 'node:fs';
import express from 'express';
import { createYoga, useExtendContext } from 'graphql-yoga';
import type { Plugin } from 'graphql-yoga';
import { getOperationAST, GraphQLError } from './graphql-js.ts';
import type { Logger } from 'pino';
import { createCostLimitRule } from './http/cost.ts';
import { asBadRequest, httpErrorHandler, maskAtlasError } from './http/errors.ts';
import { isAdminRequest } from './http/auth.ts';
import { createDepthLimitRule, MAX_BODY_BYTES } from './http/limits.ts';
import { requestLogger, yogaLogger } from './http/logging.ts';
import type { RequestLogLocals } from './http/logging.ts';
import { createLoaders } from './loaders.ts';
import type { AdminOperations, AtlasContext, IngestedDocument } from './resolvers/index.ts';
import { loadSchema } from './schema.ts';
import type { AtlasServices } from './services/types.ts';

export interface ServerOptions {
  services: AtlasServices;
  /** ATLAS_ADMIN_TOKEN; empty refuses every mutation. */
  adminToken: string;
  logger: Logger;
  /** Production hides GraphiQL and the landing page. */
  production: boolean;
  /** Runs the pipeline on one text and stores it (the ingestDocument mutation). */
  ingest?: (text: string, name: string) => Promise<IngestedDocument>;
  /** Removes a document (the deleteDocument mutation). */
  deleteDocument?: (id: string) => Promise<boolean>;
  /** Folder of the built web UI, served at / when it exists. */
  staticDir?: string;
}

interface ServerContext {
  req: express.Request;
  res: express.Response;
}

export function createServer(options: ServerOptions): express.Express {
  const { services, logger } = options;
  const admin: AdminOperations = { ingest: options.ingest, deleteDocument: options.deleteDocument };
  const yoga = createYoga<ServerContext>({
    schema: loadSchema(),
    graphqlEndpoint: '/graphql',
    graphiql: !options.production,
    landingPage: !options.production,
    logging: yogaLogger(logger),
    maskedErrors: { maskError: maskAtlasError },
    plugins: [
      useExtendContext(({ request }): AtlasContext => ({
        services,
        loaders: createLoaders(services),
        admin,
        isAdmin: isAdminRequest(options.adminToken, request.headers.get('authorization')),
      })),
      useQueryLimits(),
      useOperationNameLog(),
    ],
  });

  const app = express();
  app.disable('x-powered-by');
  app.use(requestLogger(logger));
  app.use(express.json({ limit: MAX_BODY_BYTES }));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const checks = await services.ready().catch(() => ({ store: false, model: false }));
    const ready = checks.store && checks.model;
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', ...checks });
  });
  // Yoga is a node (req, res) handler; its own types do not name express's, hence the cast.
  app.use(yoga.graphqlEndpoint, yoga as unknown as express.RequestHandler);
  if (options.staticDir && existsSync(options.staticDir)) app.use(express.static(options.staticDir));
  app.use(httpErrorHandler);
  return app;
}

/** Depth and cost limits as validation rules; the cost rule reads this request's variables. */
function useQueryLimits(): Plugin {
  const depthRule = createDepthLimitRule();
  return {
    onValidate({ addValidationRule, context }) {
      const params = (context as { params?: { variables?: Record<string, unknown> } }).params;
      addValidationRule(depthRule);
      addValidationRule(createCostLimitRule({ variables: params?.variables ?? {} }));
      return ({ result, setResult }) => {
        if (result.length > 0) setResult(result.map((error) => (error instanceof GraphQLError ? asBadRequest(error) : error)));
      };
    },
  };
}

/** Puts the operation's name where the request log line picks it up. */
function useOperationNameLog(): Plugin<ServerContext> {
  return {
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName);
      const locals = args.contextValue.res.locals as Partial<RequestLogLocals>;
      locals.operationName = operation?.name?.value ?? operation?.operation ?? undefined;
    },
  };
}
