/**
 * Document ids. A file's id comes from its absolute path, so the same file keeps its id (and an
 * edited file replaces its old version) whichever folder atlas runs in. An upload has no path on
 * this machine: its source is its name under `upload:`, and its id comes from that.
 * Stores written before ids were absolute hold ids made from the path relative to the folder atlas
 * ran in; `legacyDocumentIdFor` gives that id so the pipeline can retire such a copy once the file
 * is stored under its own id.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';

const UPLOAD_SCHEME = 'upload:';

const idOf = (key: string): string => `doc-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
const slashed = (file: string): string => file.split(path.sep).join('/');

/** The source an uploaded file is stored under: its base name, marked as an upload. */
export function uploadSource(name: string): string {
  return `${UPLOAD_SCHEME}${path.basename(name.replaceAll('\\', '/'))}`;
}

export function isUploadSource(source: string): boolean {
  return source.startsWith(UPLOAD_SCHEME);
}

/** Stable id of a stored document: an upload's from its marked name, a file's from its absolute path. */
export function documentIdFor(source: string): string {
  return idOf(isUploadSource(source) ? source : slashed(path.resolve(source)));
}

/** The id the same source was given when ids were relative to the working folder (an upload: its bare name). */
export function legacyDocumentIdFor(source: string): string {
  const file = isUploadSource(source) ? source.slice(UPLOAD_SCHEME.length) : source;
  return idOf(slashed(path.relative(process.cwd(), path.resolve(file))));
}

/** Is a stored id this source's, now or as it was before ids were absolute? */
export function isOwnId(id: string, source: string): boolean {
  return id === documentIdFor(source) || id === legacyDocumentIdFor(source);
}
