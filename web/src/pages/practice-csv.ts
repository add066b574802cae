/**
 * The practice page's table as CSV: one row per number of each adopting place's items — the
 * practice's own numbers first, then the rest marked 其他数据 — with the practice each belongs to;
 * an item without numbers gets one row; no row twice.
 */
import { toCsv, uniqueRows } from '../csv.ts';
import { download } from '../dom.ts';
import { documentLabel, KIND_LABEL } from '../format.ts';
import type { Adoption, Outcome } from '../queries.ts';

type Row = (string | number | null)[];

export const CSV_HEADER = ['省份', '城市', '县区', '地区代码', '信息标题', '日期', '简报', '供稿单位', '数据归属', '所属做法', '类别', '数据', '数值', '单位'];

/** `practices`: the practices the page shows (their outcomes are 本做法). */
export function adoptionRows(adoptions: Adoption[], practices: string[]): Row[] {
  const asked = new Set(practices);
  const isOwn = (outcome: Outcome): boolean => outcome.practice !== null && asked.has(outcome.practice);
  const rows: Row[] = [];
  for (const adoption of adoptions) {
    const path = adoption.region?.path ?? [];
    const place: Row = [path[0] ?? '', path[1] ?? '', path.slice(2).join(' ') || '', adoption.region?.code ?? ''];
    const itemColumns = adoption.items.map((item): Row => [item.title, item.date, documentLabel(item.document), item.office]);
    for (const own of [true, false]) {
      adoption.items.forEach((item, index) => {
        for (const outcome of item.outcomes.filter((candidate) => isOwn(candidate) === own)) {
          rows.push([...place, ...itemColumns[index]!, own ? '本做法' : '其他数据', outcome.practice ?? '未归属', KIND_LABEL[outcome.kind], outcome.text, outcome.value, outcome.unit]);
        }
      });
    }
    adoption.items.forEach((item, index) => {
      if (item.outcomes.length === 0) rows.push([...place, ...itemColumns[index]!, '', '', '', '', null, '']);
    });
  }
  return uniqueRows(rows);
}

export function csvToDownload(practice: string, adoptions: Adoption[], practices: string[] = [practice]): void {
  download(toCsv(CSV_HEADER, adoptionRows(adoptions, practices)), `${practice}-各地做法.csv`);
}
