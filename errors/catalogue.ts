/**
 * The error catalogue: every error a user can see has a stable code and a message in Chinese and
 * English. Codes double as GraphQL `extensions.code` and CLI exit reasons; anything not in the
 * catalogue is an internal error and is masked.
 */
const catalogue = {
  CONFIG_INVALID: { status: 500, zh: '配置无效：{0}', en: 'Invalid configuration: {0}' },
  INPUT_NOT_FOUND: { status: 404, zh: '找不到文件或目录：{0}', en: 'No such file or folder: {0}' },
  INPUT_UNREADABLE: { status: 400, zh: '无法读取文件：{0}（{1}）', en: 'Cannot read file: {0} ({1})' },
  INPUT_EMPTY: { status: 400, zh: '文件为空或没有可识别的文字：{0}', en: 'File is empty or has no readable text: {0}' },
  INPUT_NO_ITEMS: { status: 422, zh: '文件中没有找到信息条目：{0}', en: 'No items found in file: {0}' },
  INPUT_DUPLICATE: { status: 409, zh: '内容与已导入的文档相同，未重复导入：{0}（已有：{1}）', en: 'Same content as a document already stored, not ingested again: {0} (stored as {1})' },
  INPUT_UNSUPPORTED: { status: 415, zh: '不支持的文件类型：{0}', en: 'Unsupported file type: {0}' },
  STORE_UNKNOWN_SCHEME: { status: 500, zh: '无法识别的存储位置：{0}（可用：文件路径、neo4j://）', en: 'Unknown store location: {0} (valid: a file path, neo4j://…)' },
  STORE_UNAVAILABLE: { status: 503, zh: '图数据库不可用：{0}', en: 'Graph store unavailable: {0}' },
  STORE_WRITE_FAILED: { status: 500, zh: '写入图数据库失败，已回滚：{0}', en: 'Writing to the graph store failed and was rolled back: {0}' },
  STORE_CORRUPT: { status: 500, zh: '图数据库完整性检查未通过：{0}', en: 'Graph store failed its integrity check: {0}' },
  MODEL_MISSING: { status: 503, zh: '找不到嵌入模型：{0}。请先运行 npm run setup:model', en: 'Embedding model not found: {0}. Run npm run setup:model first' },
  MODEL_FAILED: { status: 500, zh: '嵌入模型运行失败：{0}', en: 'Embedding model failed: {0}' },
  NOT_FOUND: { status: 404, zh: '未找到：{0}', en: 'Not found: {0}' },
  BAD_REQUEST: { status: 400, zh: '请求无效：{0}', en: 'Bad request: {0}' },
  UNAUTHORIZED: { status: 401, zh: '需要管理员令牌', en: 'Admin token required' },
  RATE_LIMITED: { status: 429, zh: '请求过于频繁，请 {0} 秒后重试', en: 'Too many requests, retry in {0} s' },
  INTERNAL: { status: 500, zh: '内部错误，请稍后重试', en: 'Internal error, please try again later' },
} as const;

export type ErrorCode = keyof typeof catalogue;

export class AtlasError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly zh: string;

  constructor(code: ErrorCode, args: readonly string[], options?: { cause?: unknown }) {
    const entry = catalogue[code];
    super(fill(entry.en, args), options);
    this.name = 'AtlasError';
    this.code = code;
    this.status = entry.status;
    this.zh = fill(entry.zh, args);
  }

  /** The line a user sees: Chinese first, English after. */
  get userMessage(): string {
    return `[${this.code}] ${this.zh} / ${this.message}`;
  }
}

export function createError(code: ErrorCode, ...args: string[]): AtlasError {
  return new AtlasError(code, args);
}

/** Wraps a lower-level failure into a catalogued error, keeping the cause for logs only. */
export function wrapError(code: ErrorCode, cause: unknown, ...args: string[]): AtlasError {
  if (cause instanceof AtlasError) return cause;
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new AtlasError(code, args.length > 0 ? args : [detail], { cause });
}

export function isAtlasError(error: unknown): error is AtlasError {
  return error instanceof AtlasError;
}

function fill(template: string, args: readonly string[]): string {
  return template.replace(/\{(\d+)\}/g, (_, index: string) => args[Number(index)] ?? '');
}
