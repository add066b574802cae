/**
 * Text normalisation shared by the reader and the parser: one newline convention and one kind of
 * space, so later stages never have to think about BOMs, CRLF, NBSP or ideographic spaces.
 */

/** Zero-width characters that PDF and web extraction leave inside words. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/** Every other horizontal space (NBSP, ideographic space, en/em spaces, tabs) becomes " ". */
const ODD_SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/**
 * Pinyin a conversion site printed after characters it was unsure of ("網(wǎng)格", "區(qū)"): it splits
 * every name it sits in, so it goes. Only toned or ü syllables count, so a Latin word in brackets stays.
 */
const INLINE_PINYIN = /(?<=\p{Script=Han})[(（](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]/gu;

/**
 * Indents a page set with ideographic spaces that a wrong code page turned into question marks
 * ("????天山网讯…", "…新“入行”。 ????陈垌村…"): a run of two or more at a line's start or after a
 * space or a sentence's end is that lost indent, so it becomes a space and the line opens on its
 * first word again. A question mark inside a sentence (咋办?”) is a single one and stays.
 */
const LOST_INDENT = /(?<=^|[ \t\u3000\u00a0。！；;|])\?{2,}/gm;

/** Normalises newlines and spaces, drops inline pinyin and lost indents, and trims trailing spaces from every line. */
export function normalizeText(text: string): string {
  return text
    .replace(INLINE_PINYIN, '')
    .replace(LOST_INDENT, ' ')
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
