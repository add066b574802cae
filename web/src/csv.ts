/** CSV for spreadsheets: quoted cells, CRLF, and a BOM so Excel reads the Chinese as UTF-8. */

export function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): Blob {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return new Blob(['\uFEFF', lines.join('\r\n'), '\r\n'], { type: 'text/csv;charset=utf-8' });
}

/** Rows without repeats (an item stored twice, or one claim read twice), first occurrence kept. */
export function uniqueRows<T extends (string | number | null | undefined)[]>(rows: T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = JSON.stringify(row);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
