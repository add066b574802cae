/**
 * Bytes → text. Bulletins arrive as UTF-8 (with or without BOM), UTF-16 and old GBK/GB18030
 * files; the encoding is detected from the bytes, not assumed.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: the only other encoding research offices still send is GBK (a subset of GB18030).
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** Chinese UTF-16 without BOM: ASCII characters leave a zero byte on one side of most pairs. */
function guessBomlessUtf16(bytes: Uint8Array): TextEncoding | null {
  const sample = Math.min(bytes.length - (bytes.length % 2), 2000);
  if (sample < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = sample / 2;
  if (zeroOdd > pairs * 0.2 && zeroEven < pairs * 0.02) return 'utf-16le';
  if (zeroEven > pairs * 0.2 && zeroOdd < pairs * 0.02) return 'utf-16be';
  return null;
}

/** True when decoded text looks like binary junk rather than writing. */
export function looksBinary(text: string): boolean {
  if (text.length === 0) return false;
  let control = 0;
  for (const ch of text.slice(0, 4000)) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0xfffd || (code < 0x20 && ch !== '\n' && ch !== '\r' && ch !== '\t')) control++;
  }
  return control / Math.min(text.length, 4000) > 0.05;
}
