/** Starts an express app on 127.0.0.1 port 0 and posts GraphQL to it with fetch. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
  graphql(query: string, options?: { variables?: Record<string, unknown>; token?: string; operationName?: string }): Promise<GraphQLResponse>;
}

export interface GraphQLResponse {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export async function startServer(app: Express): Promise<RunningServer> {
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
    async graphql(query, options = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables: options.variables, operationName: options.operationName }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status'>;
      return { status: response.status, ...body };
    },
  };
}

/** The codes of a response's errors, in order. */
export function errorCodes(response: GraphQLResponse): unknown[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}
