/**
 * Bad input is refused file by file with a catalogued error saying why, never an uncaught
 * exception: empty files, junk under a bulletin's name, truncated containers, huge files, unknown types.
 */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAtlasError } from '../../../../errors/catalogue.ts';
import type { ErrorCode } from '../../../../errors/catalogue.ts';
import { MAX_FILE_BYTES, readSourceBytes, readSourceText } from '../../../../ingest/read/files.ts';
import { CITY_BULLETIN, hasCjkFont, makeDocx, makePdf } from './make-inputs.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'atlas-bad-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const write = (name: string, bytes: Uint8Array | string): string => {
  const file = path.join(folder, name);
  writeFileSync(file, bytes);
  return file;
};
/** Deterministic junk: bytes of a linear congruential sequence, all 256 values. */
const junk = (length: number): Buffer => {
  const bytes = Buffer.alloc(length);
  let state = 12345;
  for (let i = 0; i < length; i++) bytes[i] = (state = (state * 1103515245 + 12345) >>> 0) >>> 24;
  return bytes;
};

async function refusal(file: string): Promise<{ code: ErrorCode; message: string }> {
  try {
    await readSourceText(file);
  } catch (error) {
    if (isAtlasError(error)) return { code: error.code, message: error.userMessage };
    throw new Error(`uncatalogued error for ${file}: ${String(error)}`);
  }
  throw new Error(`${file} was read`);
}

describe('refusing bad input', () => {
  it('an empty file, or one with only whitespace, is INPUT_EMPTY', async () => {
    expect((await refusal(write('empty.txt', ''))).code).toBe('INPUT_EMPTY');
    expect((await refusal(write('blank.md', ' \n\u3000\n'))).code).toBe('INPUT_EMPTY');
    expect((await refusal(write('empty.docx', ''))).code).toBe('INPUT_EMPTY');
  });

  it.each(['junk.txt', 'junk.docx', 'junk.pdf', 'junk.html'])('binary junk named %s is INPUT_UNREADABLE', async (name) => {
    const { code, message } = await refusal(write(name, junk(4096)));
    expect(code).toBe('INPUT_UNREADABLE');
    expect(message).toContain(name);
  });

  it('a truncated .docx is INPUT_UNREADABLE, naming the damage', async () => {
    const whole = await makeDocx(CITY_BULLETIN);
    const { code, message } = await refusal(write('truncated.docx', whole.subarray(0, Math.floor(whole.length / 2))));
    expect(code).toBe('INPUT_UNREADABLE');
    expect(message).toMatch(/docx/);
  });

  it('a zip that is not a Word document is INPUT_UNREADABLE', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip().file('hello.txt', '你好');
    const { code, message } = await refusal(write('other.docx', await zip.generateAsync({ type: 'uint8array' })));
    expect({ code, notWord: message.includes('word/document.xml') }).toEqual({ code: 'INPUT_UNREADABLE', notWord: true });
  });

  it.skipIf(!hasCjkFont)('a truncated .pdf is INPUT_UNREADABLE, never a crash', async () => {
    const whole = await makePdf(CITY_BULLETIN);
    for (const fraction of [0.05, 0.3, 0.6]) {
      const { code } = await refusal(write(`truncated-${fraction}.pdf`, whole.subarray(0, Math.floor(whole.length * fraction))));
      expect(code).toBe('INPUT_UNREADABLE');
    }
  });

  it('a file over MAX_FILE_BYTES is refused by its size before reading', async () => {
    const file = path.join(folder, 'huge.txt');
    writeFileSync(file, '');
    truncateSync(file, 50 * 1024 * 1024); // sparse: instant, takes no disk
    const { code, message } = await refusal(file);
    expect({ code, bySize: message.includes(`${MAX_FILE_BYTES / 1024 / 1024} MB`) }).toEqual({ code: 'INPUT_UNREADABLE', bySize: true });
  });

  it('an unknown type is INPUT_UNSUPPORTED, as is an old .doc by its bytes', async () => {
    expect((await refusal(write('table.xlsx', 'PK\u0003\u0004'))).code).toBe('INPUT_UNSUPPORTED');
    expect((await refusal(write('photo.jpg', junk(100)))).code).toBe('INPUT_UNSUPPORTED');
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), junk(100)]);
    const { code, message } = await refusal(write('old.docx', ole));
    expect({ code, says: message.includes('.doc') }).toEqual({ code: 'INPUT_UNREADABLE', says: true });
  });

  it('a missing file is INPUT_NOT_FOUND', async () => {
    expect((await refusal(path.join(folder, 'absent.txt'))).code).toBe('INPUT_NOT_FOUND');
  });

  it('bytes already in memory are checked the same way', async () => {
    await expect(readSourceBytes(new Uint8Array(0), 'upload.txt')).rejects.toMatchObject({ code: 'INPUT_EMPTY' });
    await expect(readSourceBytes(junk(512), 'upload.pdf')).rejects.toMatchObject({ code: 'INPUT_UNREADABLE' });
  });
});
