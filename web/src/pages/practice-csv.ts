/** The practice page's table as CSV: one row per item of each adopting place. */
import { toCsv } from '../csv.ts';
import { download } from '../dom.ts';
import { documentLabel, KIND_LABEL } from '../format.ts';
import type { Adoption } from '../queries.ts';

export function adoptionRows(adoptions: Adoption[]): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  for (const adoption of adoptions) {
    const path = adoption.region?.path ?? [];
    for (const item of adoption.items) {
      const outcomes = item.outcomes.map((outcome) => `[${KIND_LABEL[outcome.kind]}] ${outcome.text}`).join('；');
      rows.push([path[0] ?? '', path[1] ?? '', path.slice(2).join(' ') || '', adoption.region?.code ?? '', item.title, item.date, documentLabel(item.document), item.office, outcomes]);
    }
  }
  return rows;
}

export function csvToDownload(practice: string, adoptions: Adoption[]): void {
  const header = ['省份', '城市', '县区', '地区代码', '信息标题', '日期', '简报', '供稿单位', '成效与数据'];
  download(toCsv(header, adoptionRows(adoptions)), `${practice}-各地做法.csv`);
}
