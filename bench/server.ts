/**
 * Runs `atlas serve` as a child process over a store, as a user would, so latencies include HTTP,
 * GraphQL and query embedding, and the server's memory can be read from /proc.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

export interface BenchServer {
  url: string;
  pid: number;
  /** From spawning `atlas serve` to /readyz answering 200: model, store, warm-up. */
  readySeconds: number;
  /** Resident and peak resident memory of the server process, in MiB. */
  memory(): { rssMiB: number; peakRssMiB: number };
  stop(): Promise<void>;
}

export interface BenchServerOptions {
  projectRoot: string;
  store: string;
  env?: NodeJS.ProcessEnv;
  startTimeoutMs?: number;
}

export async function startBenchServer(options: BenchServerOptions): Promise<BenchServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(options.projectRoot, 'cli', 'atlas.ts'), 'serve', '--store', options.store, '--port', String(port), '--host', '127.0.0.1', '--no-samples'], {
    cwd: options.projectRoot,
    env: { ...process.env, ATLAS_RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn', NODE_ENV: 'production', ...options.env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-4000); });
  const url = `http://127.0.0.1:${port}`;
  const spawned = performance.now();
  try {
    await waitReady(url, child, options.startTimeoutMs ?? 180_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${stderr}`);
  }
  return {
    url,
    pid: child.pid!,
    readySeconds: Math.round((performance.now() - spawned) / 100) / 10,
    memory: () => readMemory(child.pid!),
    stop: () => stopChild(child),
  };
}

async function waitReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`atlas serve exited with ${child.exitCode}`);
    const status = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(5000) }).then((response) => response.status, () => 0);
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`atlas serve not ready after ${timeoutMs} ms`);
}

function readMemory(pid: number): { rssMiB: number; peakRssMiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rssMiB: Math.round(kib('VmRSS') / 1024), peakRssMiB: Math.round(kib('VmHWM') / 1024) };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
