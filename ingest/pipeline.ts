/**
 * Runs the stages: read → parse → segment → extract → embed → write, one document at a time,
 * with progress and a per-file account of what was skipped and why. A file that fails is reported
 * and the run goes on; nothing already stored is touched by a failing file.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { createError, isAtlasError, wrapError } from '../errors/catalogue.ts';
import type { DocumentRecord, ItemRecord } from '../graph/model.ts';
import type { GraphStore, WriteStatus } from '../graph/store.ts';
import { splitPassages } from './embed/index.ts';
import type { PassageEmbedder } from './embed/index.ts';
import type { Extractor } from './extract/index.ts';
import { createProgressReporter } from './progress.ts';
import type { ProgressReporter } from './progress.ts';
import { listInputFiles, readSourceText } from './read/files.ts';
import type { ExtractedDocument, Parser, Segmenter } from './types.ts';

export interface TextStages {
  parser: Parser;
  segmenter: Segmenter;
  extractor: Extractor;
}

/** parse → segment → extract, without store or model. */
export function extractText(stages: TextStages, text: string, source: string): ExtractedDocument {
  const parsed = stages.parser.parse(text, source);
  const extractions = stages.extractor.extract(parsed);
  return {
    ...parsed,
    hash: sha256(text.replace(/\s+/g, '')),
    items: parsed.items.map((item, index) => ({
      ...item,
      ...extractions[index]!,
      tokens: stages.segmenter.cutForSearch(`${item.title} ${item.text}`),
    })),
  };
}

/** Stable document id from its source name: re-ingesting the same file replaces its old version. */
export function documentIdFor(source: string): string {
  const normalized = path.relative(process.cwd(), path.resolve(source)).split(path.sep).join('/');
  return `doc-${sha256(normalized).slice(0, 16)}`;
}

/** embed: cut items into passages, embed them (cached by hash) and build the store record. */
export async function toDocumentRecord(doc: ExtractedDocument, segmenter: Segmenter, embedder: PassageEmbedder): Promise<DocumentRecord> {
  const id = documentIdFor(doc.source);
  const passagesByItem = doc.items.map((item) => splitPassages(`${item.title}。${item.text}`));
  const vectors = await embedder.embedPassages(passagesByItem.flat());
  let next = 0;
  const items: ItemRecord[] = doc.items.map((item, index) => ({
    id: `${id}:${item.ordinal}`,
    ordinal: item.ordinal,
    section: item.section,
    title: item.title,
    office: item.office,
    text: item.text,
    date: doc.date,
    year: item.year,
    region: item.region.region,
    regionCandidates: item.region.candidates,
    regionMention: item.region.mention,
    subRegion: item.region.subRegion,
    practices: item.practices,
    candidatePractices: item.candidatePractices,
    outcomes: item.outcomes,
    policies: item.policies,
    passages: passagesByItem[index]!.map((passage) => ({
      index: passage.index,
      text: passage.text,
      hash: passage.hash,
      tokens: segmenter.cutForSearch(passage.text),
      embedding: vectors[next++]!,
    })),
  }));
  const { source, title, issue, date, publisher, hash } = doc;
  return { id, source, title, issue, date, publisher, hash, items };
}

export interface IngestSummary {
  documents: Record<WriteStatus, number>;
  items: number;
  regions: number;
  practices: number;
  outcomes: number;
  skipped: { file: string; reason: string }[];
  failed: { file: string; reason: string }[];
  seconds: number;
}

export interface IngestOptions {
  stages: TextStages;
  embedder: PassageEmbedder;
  store: GraphStore;
  progress?: (totalDocuments: number) => ProgressReporter;
}

export async function ingestPaths(inputs: string[], options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const { files, skipped } = await listInputFiles(inputs);
  const progress = (options.progress ?? ((total) => createProgressReporter({ totalDocuments: total })))(files.length);
  const summary: IngestSummary = {
    documents: { created: 0, replaced: 0, unchanged: 0 },
    items: 0, regions: 0, practices: 0, outcomes: 0, skipped, failed: [], seconds: 0,
  };
  const regions = new Set<string>();
  const practices = new Set<string>();
  const sourceByHash = await storedSourcesByHash(options.store);
  for (const file of files) {
    try {
      const source = await readSourceText(file);
      const extracted = extractText(options.stages, source.text, source.source);
      if (extracted.items.length === 0) throw createError('INPUT_NO_ITEMS', file);
      const storedAs = sourceByHash.get(extracted.hash);
      if (storedAs !== undefined && documentIdFor(storedAs) !== documentIdFor(source.source)) {
        throw createError('INPUT_DUPLICATE', file, storedAs);
      }
      const record = await toDocumentRecord(extracted, options.stages.segmenter, options.embedder);
      const result = await options.store.writeDocument(record);
      sourceByHash.set(record.hash, record.source);
      summary.documents[result.status]++;
      summary.items += record.items.length;
      for (const item of record.items) {
        if (item.region) regions.add(item.region.code);
        for (const practice of item.practices) practices.add(practice.name);
        summary.outcomes += item.outcomes.length;
      }
      progress.advance(record.items.length, path.basename(file));
    } catch (error) {
      // One bad file must not stop the run; anything uncatalogued is reported as internal.
      const reason = isAtlasError(error) ? error.userMessage : wrapError('INTERNAL', error).userMessage + ` (${error instanceof Error ? error.message : String(error)})`;
      summary.failed.push({ file, reason });
      progress.advance(0, path.basename(file));
    }
  }
  progress.done();
  summary.regions = regions.size;
  summary.practices = practices.size;
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** Content hash → source of every stored document: the same text under a second name is refused. */
async function storedSourcesByHash(store: GraphStore): Promise<Map<string, string>> {
  const bySource = new Map<string, string>();
  const pageSize = 500;
  for (let offset = 0; ; offset += pageSize) {
    const page = await store.listDocuments({ first: pageSize, offset });
    for (const doc of page.nodes) if (!bySource.has(doc.hash)) bySource.set(doc.hash, doc.source);
    if (offset + pageSize >= page.total) return bySource;
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
