/**
 * Text normalisation shared by the reader and the parser: one newline convention and one kind of
 * space, so later stages never have to think about BOMs, CRLF, NBSP or ideographic spaces.
 */

/** Zero-width characters that PDF and web extraction leave inside words. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/** Every other horizontal space (NBSP, ideographic space, en/em spaces, tabs) becomes " ". */
const ODD_SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/** Normalises newlines and spaces, and trims trailing spaces from every line. */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029\f\v]/g, '\n')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .split('\n')
    .map((line) => line.replace(/ +$/, ''))
    .join('\n');
}

/** Text with all whitespace deleted: how extracted text is compared with the source. */
export function withoutWhitespace(text: string): string {
  return text.replace(/\s+/g, '');
}
