/** A private Neo4j for the benchmark: fresh data folder (or the kept one of a resumed run), its own Bolt port, stopped at the end. */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface BenchNeo4j {
  uri: string;
  /** The server's data folder, whose size the report gives. */
  dataDir: string;
  stop(): Promise<void>;
}

export async function startNeo4j(options: { projectRoot: string; port: number; dataDir: string; heap: string; keep?: boolean }): Promise<BenchNeo4j> {
  if (!options.keep) rmSync(options.dataDir, { recursive: true, force: true });
  const env = { ...process.env, NEO4J_BOLT_PORT: String(options.port), NEO4J_DATA_DIR: options.dataDir, NEO4J_PASSWORD: '', NEO4J_HEAP: options.heap };
  const script = path.join(options.projectRoot, 'scripts', 'neo4j-dev.mjs');
  await run(process.execPath, [script, 'start'], { cwd: options.projectRoot, env, timeout: 300_000 });
  return {
    uri: `bolt://127.0.0.1:${options.port}`,
    dataDir: options.dataDir,
    async stop() {
      await run(process.execPath, [script, 'stop'], { cwd: options.projectRoot, env, timeout: 120_000 });
    },
  };
}
