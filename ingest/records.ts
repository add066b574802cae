/**
 * From text to store records: parse → segment → extract (extractText), then embed
 * (toDocumentRecords). Several documents are embedded in one call so the model sees full,
 * length-sorted batches instead of one short tail per document.
 */
import { createHash } from 'node:crypto';
import type { DocumentRecord, ItemRecord } from '../graph/model.ts';
import { documentIdFor } from './document-ids.ts';
// passages.ts directly, not the embed barrel: text-pool workers import this module, and the
// barrel would load onnxruntime-node, which is not safe to load in worker threads.
import type { PassageEmbedder } from '../language/embed/cached-embedder.ts';
import { splitPassages } from '../language/embed/passages.ts';
import type { Extractor } from '../language/extract/index.ts';
import { timeStage, timeStageAsync } from './timings.ts';
import type { StageTimings } from './timings.ts';
import type { ExtractedDocument, Parser, Passage, Segmenter } from '../language/types.ts';

export interface SegmentedPassage extends Passage {
  tokens: string[];
}

export interface TextStages {
  parser: Parser;
  segmenter: Segmenter;
  extractor: Extractor;
}

/** The document hash: whitespace-blind, so re-wrapped or re-extracted text of one bulletin is the same document. */
export function contentHash(text: string): string {
  return sha256(text.replace(/\s+/g, ''));
}

/**
 * parse → extract, without store or model. Segmentation comes later, once per passage: the index
 * is built from passage tokens, and cutting whole items too would segment every text twice.
 */
export function extractText(stages: TextStages, text: string, source: string, timings?: StageTimings): ExtractedDocument {
  const parsed = timeStage(timings, 'parse', () => stages.parser.parse(text, source));
  const extractions = timeStage(timings, 'extract', () => stages.extractor.extract(parsed));
  return {
    ...parsed,
    hash: contentHash(text),
    items: parsed.items.map((item, index) => ({ ...item, ...extractions[index]! })),
  };
}

/** segment: the passages of every item, with their search-mode tokens. */
export function segmentPassages(doc: ExtractedDocument, segmenter: Segmenter, timings?: StageTimings): SegmentedPassage[][] {
  return doc.items.map((item) => {
    const passages = splitPassages(`${item.title}。${item.text}`);
    return timeStage(timings, 'segment', () => passages.map((passage) => ({ ...passage, tokens: segmenter.cutForSearch(passage.text) })));
  });
}

/** embed: cut items into passages, embed them (cached by hash) and build the store record. */
export async function toDocumentRecord(doc: ExtractedDocument, segmenter: Segmenter, embedder: PassageEmbedder, timings?: StageTimings): Promise<DocumentRecord> {
  const [record] = await toDocumentRecords([doc], segmenter, embedder, timings);
  return record!;
}

/** The records of several documents, their passages embedded in one call. */
export async function toDocumentRecords(
  docs: readonly ExtractedDocument[],
  segmenter: Segmenter,
  embedder: PassageEmbedder,
  timings?: StageTimings,
): Promise<DocumentRecord[]> {
  return embedDocuments(docs.map((doc) => ({ doc, passages: segmentPassages(doc, segmenter, timings) })), embedder, timings);
}

/** A document after parse → extract → segment: what embedding needs. */
export interface SegmentedDocument {
  doc: ExtractedDocument;
  /** Per item, its passages with their tokens. */
  passages: SegmentedPassage[][];
}

/** embed: the records of documents already segmented (by this thread or a text-pool worker). */
export async function embedDocuments(entries: readonly SegmentedDocument[], embedder: PassageEmbedder, timings?: StageTimings): Promise<DocumentRecord[]> {
  const passagesByDoc = entries.map((entry) => entry.passages);
  const vectors = await timeStageAsync(timings, 'embed', () => embedder.embedPassages(passagesByDoc.flat(2)));
  let next = 0;
  return entries.map(({ doc }, docIndex) => {
    const id = documentIdFor(doc.source);
    const items: ItemRecord[] = doc.items.map((item, index) => ({
      id: `${id}:${item.ordinal}`,
      ordinal: item.ordinal,
      section: item.section,
      title: item.title,
      office: item.office,
      text: item.text,
      // The item's own printed date first, else its bulletin's.
      date: item.date ?? doc.date,
      year: item.year,
      region: item.region.region,
      regionCandidates: item.region.candidates,
      regionMention: item.region.mention,
      regionEvidence: item.region.evidence,
      subRegion: item.region.subRegion,
      practices: item.practices,
      candidatePractices: item.candidatePractices,
      outcomes: item.outcomes,
      policies: item.policies,
      passages: passagesByDoc[docIndex]![index]!.map((passage) => ({
        index: passage.index,
        text: passage.text,
        hash: passage.hash,
        tokens: passage.tokens,
        embedding: vectors[next++]!,
      })),
    }));
    const { source, title, issue, date, publisher, hash } = doc;
    return { id, source, title, issue, date, publisher, hash, items };
  });
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
