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
import { cors } from './http/cors.ts';
import { checkIngestInput, createDepthLimitRule, MAX_ADMIN_BODY_BYTES, MAX_BODY_BYTES } from './http/limits.ts';
import { DEFAULT_RATE_LIMIT_PER_MINUTE, rateLimit } from './http/rate-limit.ts';
import { requestLogger, yogaLogger } from './http/logging.ts';
import type { RequestLogLocals } from './http/logging.ts';
import { createLoaders } from './loaders.ts';
import type { AdminOperations, AtlasContext, IngestedDocument, Upload } from './resolvers/index.ts';
import { loadSchema } from './schema.ts';
import type { AtlasServices } from './services/types.ts';

export interface ServerOptions {
  services: AtlasServices;
  /** ATLAS_ADMIN_TOKEN; empty refuses every mutation. */
  adminToken: string;
  logger: Logger;
  /** Production hides GraphiQL and the landing page. */
  production: boolean;
  /** Runs the pipeline on one uploaded file or text and stores it (the ingestDocument mutation). */
  ingest?: (upload: Upload) => Promise<IngestedDocument>;
  /** Removes a document (the deleteDocument mutation). */
  deleteDocument?: (id: string) => Promise<boolean>;
  /** Folder of the built web UI, served at / when it exists. */
  staticDir?: string;
  /** ATLAS_CORS_ORIGINS: browser origins allowed cross-origin (`*` any); none = same origin only. */
  corsOrigins?: readonly string[];
  /** ATLAS_RATE_LIMIT_PER_MINUTE: GraphQL requests per client IP per minute; 0 = no limit. Default 600. */
  rateLimitPerMinute?: number;
  /** ATLAS_TRUST_PROXY: proxies believed about the client address (X-Forwarded-For); empty = none. */
  trustProxy?: string;
  /** How long /readyz waits for the store and model before answering 503. */
  readyTimeoutMs?: number;
}

const DEFAULT_READY_TIMEOUT_MS = 3000;

interface ServerContext {
  req: express.Request;
  res: express.Response;
}

export function createServer(options: ServerOptions): express.Express {
  const { services, logger } = options;
  const ingest = options.ingest;
  const admin: AdminOperations = {
    // Size and type are checked here, after the resolver has checked the token and the name.
    ingest: ingest && ((upload) => {
      checkIngestInput(upload);
      return ingest(upload);
    }),
    deleteDocument: options.deleteDocument,
  };
  const yoga = createYoga<ServerContext>({
    schema: loadSchema(),
    graphqlEndpoint: '/graphql',
    graphiql: !options.production,
    landingPage: !options.production,
    logging: yogaLogger(logger),
    maskedErrors: { maskError: maskAtlasError },
    // CORS is the express middleware's job; yoga's own default would allow every origin.
    cors: false,
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
  if (options.trustProxy) app.set('trust proxy', /^\d+$/.test(options.trustProxy) ? Number(options.trustProxy) : options.trustProxy);
  app.use(requestLogger(logger));
  app.use(cors(options.corsOrigins ?? []));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const checks = await readiness(services, options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS);
    const ready = checks.store && checks.model;
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', ...checks });
  });
  // The limit comes before body parsing so a refused client costs next to nothing.
  app.use(yoga.graphqlEndpoint, rateLimit(options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE));
  // An admin's request may carry a file (base64); everyone else's body stays small.
  const adminJson = express.json({ limit: MAX_ADMIN_BODY_BYTES });
  const json = express.json({ limit: MAX_BODY_BYTES });
  app.use((req, res, next) => (isAdminRequest(options.adminToken, req.headers.authorization) ? adminJson : json)(req, res, next));
  // Yoga is a node (req, res) handler; its own types do not name express's, hence the cast.
  app.use(yoga.graphqlEndpoint, yoga as unknown as express.RequestHandler);
  if (options.staticDir && existsSync(options.staticDir)) app.use(express.static(options.staticDir));
  app.use(httpErrorHandler);
  return app;
}

/** The store and model checks, bounded in time: a store that does not answer is not ready. */
async function readiness(services: AtlasServices, timeoutMs: number): Promise<{ store: boolean; model: boolean }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ store: boolean; model: boolean }>((resolve) => {
    timer = setTimeout(() => resolve({ store: false, model: false }), timeoutMs);
  });
  const checks = services.ready().catch(() => ({ store: false, model: false }));
  try {
    return await Promise.race([checks, timeout]);
  } finally {
    clearTimeout(timer);
  }
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
