/** The only way the UI talks to the server: GraphQL over HTTP POST /graphql. */
import type { TypedDocumentString } from './generated/graphql.ts';

export class ApiError extends Error {
  constructor(message: string, readonly code?: string) {
    super(message);
  }
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; zh?: string } }[];
}

/** A lead-in for the codes a user can act on; the server's own message follows it. */
const CODE_TEXT: Record<string, string> = {
  UNAUTHORIZED: '管理口令不正确或未填写',
  NETWORK: '无法连接服务器',
};

export interface GraphQLOptions {
  /** Admin token for mutations, sent as `Authorization: Bearer`. */
  token?: string;
}

export function graphqlUrl(): string {
  return new URL('graphql', new URL('/', window.location.href)).toString();
}

/**
 * Sends one of the documents in queries.ts; its generated types give the answer's shape and the
 * variables it needs, so a page cannot ask for a field the schema lacks or send a wrong variable.
 */
export async function gql<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables, options: GraphQLOptions = {}): Promise<TResult> {
  const query = document.toString();
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(graphqlUrl(), { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch {
    throw new ApiError('无法连接服务器，请检查网络后重试。', 'NETWORK');
  }
  let body: GraphQLBody<TResult>;
  try {
    body = (await response.json()) as GraphQLBody<TResult>;
  } catch {
    throw new ApiError(`服务器返回了无法识别的内容（HTTP ${response.status}）。`, 'HTTP');
  }
  const first = body.errors?.[0];
  if (first) {
    // The server's errors carry a Chinese message in extensions.zh; raw messages read "[CODE] 中文 / English".
    const code = first.extensions?.code;
    const text = first.extensions?.zh ?? first.message.replace(/^\[[A-Z_]+\]\s*/, '').split(' / ')[0] ?? first.message;
    const prefix = code && CODE_TEXT[code] ? `${CODE_TEXT[code]}（${code}）：` : '';
    throw new ApiError(`${prefix}${text}`, code);
  }
  if (!body.data) throw new ApiError(`服务器没有返回数据（HTTP ${response.status}）。`, 'HTTP');
  return body.data;
}
