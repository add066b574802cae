/** What every reader gives back, apart from the registry that picks one (formats.ts), so readers import no registry. */
export type SourceFormat = 'text' | 'docx' | 'pdf' | 'html';

export interface ReadResult {
  text: string;
  /** Character encoding the bytes were decoded from ("utf-8", "gb18030", …; "pdf" for PDF text layers). */
  encoding: string;
}

export type SourceReader = (bytes: Uint8Array, file: string) => Promise<ReadResult>;
