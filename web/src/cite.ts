/**
 * How an item is cited: the place and title, then the bulletin (《title》 issue), its date and its
 * publisher — what a research office writes under a 市外参考 entry or in a footnote.
 */
export interface CitedBulletin {
  title: string | null;
  issue: string | null;
  date: string | null;
  publisher?: string | null;
  source: string;
}

/** 《安庆组工信息》第8期（2020-06-28）; a bulletin without a masthead by its file name. */
export function bulletinLine(doc: CitedBulletin): string {
  const name = doc.title ? `《${doc.title.replace(/^《|》$/g, '')}》` : fileName(doc.source);
  return `${name}${doc.issue ?? ''}${doc.date ? `（${doc.date}）` : ''}`;
}

export function citation(item: { title: string; region: { name: string } | null; regionMention: string | null }, doc: CitedBulletin): string {
  const place = item.region?.name ?? item.regionMention;
  const head = place && !item.title.includes(place) ? `${place}：${item.title}` : item.title;
  return `${head}。见${bulletinLine(doc)}${doc.publisher ? `，${doc.publisher}` : ''}。`;
}

function fileName(source: string): string {
  const name = source.replace(/^upload:/, '').split(/[\\/]/).pop() ?? source;
  return `“${name.replace(/\.[a-z0-9]+$/i, '')}”`;
}
