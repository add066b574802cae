/**
 * The UI must be there when `atlas serve` starts on a fresh clone: when web/dist is missing, it is
 * built once with Vite (a development dependency, present after `npm install`) and the log says so.
 * Where Vite is absent (a production image without devDependencies), the log says how to build it
 * instead of the server answering "Cannot GET /".
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import type { build as viteBuild } from 'vite';

export async function ensureWebBuilt(webRoot: string, logger: Logger): Promise<void> {
  if (existsSync(path.join(webRoot, 'dist', 'index.html'))) return;
  logger.info({ webRoot }, '首次启动：正在构建网页界面（vite build web，约 10 秒）/ building the UI once');
  let build: typeof viteBuild;
  try {
    ({ build } = await import('vite'));
  } catch {
    logger.warn('未安装 vite，网页界面未构建；请运行 npm install && npm run build:web / vite is not installed: run npm run build:web');
    return;
  }
  const started = performance.now();
  await build({ root: webRoot, configFile: path.join(webRoot, 'vite.config.ts'), logLevel: 'warn' });
  logger.info({ ms: Math.round(performance.now() - started) }, '网页界面已构建 / UI built into web/dist');
}
