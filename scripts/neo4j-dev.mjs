#!/usr/bin/env node
/**
 * A real Neo4j for development and tests, without Docker: builds and runs the embedded launcher
 * in graph/neo4j-dev (Neo4j 5.26 community + Bolt).
 *
 *   node scripts/neo4j-dev.mjs run    foreground (Ctrl-C stops it cleanly)
 *   node scripts/neo4j-dev.mjs start  background; writes <data>/../neo4j-dev.pid, waits until Bolt answers
 *   node scripts/neo4j-dev.mjs wait   waits until Bolt answers (timeout NEO4J_WAIT_SECONDS, default 120)
 *   node scripts/neo4j-dev.mjs stop   SIGTERM to the started server, waits for it to exit
 *   node scripts/neo4j-dev.mjs build  builds the launcher only
 *
 * Environment: NEO4J_DATA_DIR (default data/neo4j), NEO4J_BOLT_PORT (default 7687),
 * NEO4J_PASSWORD (unset = auth disabled), NEO4J_HEAP (JVM -Xmx, default 1g), NEO4J_PAGECACHE (page
 * cache, default 128m; the benchmark's large stores raise it), NEO4J_TX_LOG_RETENTION (rotated
 * transaction logs kept, default "256M size" instead of Neo4j's two days), NEO4J_CONF (a neo4j.conf-style
 * file of further settings, e.g. internal.dbms.index.lucene.merge_factor when measuring a load).
 * Tests then use NEO4J_URI=bolt://127.0.0.1:<port>.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';

const projectRoot = path.resolve(import.meta.dirname, '..');
const launcherDir = path.join(projectRoot, 'graph', 'neo4j-dev');
const classpathFile = path.join(launcherDir, 'target', 'classpath.txt');
const classesDir = path.join(launcherDir, 'target', 'classes');
const dataDir = path.resolve(projectRoot, process.env.NEO4J_DATA_DIR || 'data/neo4j');
const boltPort = Number(process.env.NEO4J_BOLT_PORT || 7687);
const pidFile = path.join(path.dirname(dataDir), `neo4j-dev-${boltPort}.pid`);
const logFile = path.join(path.dirname(dataDir), `neo4j-dev-${boltPort}.log`);
const uri = `bolt://127.0.0.1:${boltPort}`;
const waitSeconds = Number(process.env.NEO4J_WAIT_SECONDS || 120);

function newestMtime(folder) {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds when the classpath file is missing or older than the pom or the sources. */
function buildIfNeeded() {
  const sourcesChanged = () =>
    Math.max(statSync(path.join(launcherDir, 'pom.xml')).mtimeMs, newestMtime(path.join(launcherDir, 'src'))) >
    statSync(classpathFile).mtimeMs;
  if (existsSync(classpathFile) && existsSync(classesDir) && !sourcesChanged()) return;
  console.log('neo4j-dev: building the launcher with Maven (first time downloads Neo4j from Maven Central)…');
  const result = spawnSync('mvn', ['-q', '-B', 'package', '-DskipTests'], { cwd: launcherDir, stdio: 'inherit' });
  if (result.error !== undefined || result.status !== 0) {
    console.error(`neo4j-dev: Maven build failed${result.error ? `: ${result.error.message}` : ''} (is mvn installed?)`);
    process.exit(1);
  }
  // Maven leaves an unchanged classpath file untouched: mark the build as fresh ourselves.
  const now = new Date();
  utimesSync(classpathFile, now, now);
}

function javaArgs() {
  const classpath = `${classesDir}${path.delimiter}${readFileSync(classpathFile, 'utf8').trim()}`;
  // A small heap by default: the dev server shares a 2-core machine with the test runner.
  // NEO4J_HEAP raises it (the benchmark's 100k items need more) and then uses the parallel collector.
  const heap = process.env.NEO4J_HEAP || '1g';
  const collector = heap === '1g' ? '-XX:+UseSerialGC' : '-XX:+UseParallelGC';
  return ['-Xms256m', `-Xmx${heap}`, collector, '-cp', classpath, 'atlas.neo4jdev.Main'];
}

function launcherEnv() {
  return { ...process.env, NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(boltPort) };
}

function runningPid() {
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    rmSync(pidFile, { force: true });
    return null;
  }
}

async function waitForBolt() {
  const password = process.env.NEO4J_PASSWORD;
  const auth = password ? neo4j.auth.basic(process.env.NEO4J_USER || 'neo4j', password) : undefined;
  const deadline = Date.now() + waitSeconds * 1000;
  let lastError = null;
  while (Date.now() < deadline) {
    const driver = neo4j.driver(uri, auth, { connectionTimeout: 2000, logging: undefined });
    try {
      await driver.verifyConnectivity();
      await driver.close();
      console.log(`neo4j-dev: Bolt answers at ${uri} (NEO4J_URI=${uri})`);
      return;
    } catch (error) {
      lastError = error;
      await driver.close();
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  console.error(`neo4j-dev: no answer from ${uri} after ${waitSeconds}s: ${lastError?.message ?? 'unknown'}; see ${logFile}`);
  process.exit(1);
}

async function start() {
  const existing = runningPid();
  if (existing !== null) {
    console.log(`neo4j-dev: already running (pid ${existing})`);
    return waitForBolt();
  }
  buildIfNeeded();
  mkdirSync(dataDir, { recursive: true });
  const log = openSync(logFile, 'a');
  const child = spawn('java', javaArgs(), { env: launcherEnv(), detached: true, stdio: ['ignore', log, log] });
  closeSync(log);
  writeFileSync(pidFile, String(child.pid));
  child.unref();
  console.log(`neo4j-dev: started pid ${child.pid}, data ${dataDir}, log ${logFile}`);
  return waitForBolt();
}

async function stop() {
  const pid = runningPid();
  if (pid === null) {
    console.log('neo4j-dev: not running');
    return;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
      await new Promise((resolve) => setTimeout(resolve, 250));
    } catch {
      rmSync(pidFile, { force: true });
      console.log(`neo4j-dev: stopped pid ${pid}`);
      return;
    }
  }
  console.error(`neo4j-dev: pid ${pid} did not exit within 60 s`);
  process.exit(1);
}

function run() {
  buildIfNeeded();
  mkdirSync(dataDir, { recursive: true });
  const child = spawn('java', javaArgs(), { env: launcherEnv(), stdio: 'inherit' });
  // Forward Ctrl-C / SIGTERM so the launcher's shutdown hook closes the store cleanly.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill('SIGTERM'));
  child.on('exit', (code) => process.exit(code ?? 0));
}

const commands = { start, stop, wait: waitForBolt, run, build: buildIfNeeded };
const command = process.argv[2];
if (command === undefined || !(command in commands)) {
  console.error(`usage: node scripts/neo4j-dev.mjs ${Object.keys(commands).join('|')}`);
  process.exit(2);
}
await commands[command]();
