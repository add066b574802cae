/** Issue 12.5: a stored item carries its own printed date, else its bulletin's; an undated one none. */
import { describe, expect, it } from 'vitest';
import { createHashingEmbedder } from '../../../../language/embed/index.ts';
import type { PassageEmbedder } from '../../../../language/embed/index.ts';
import { extractText, toDocumentRecord } from '../../../../ingest/records.ts';
import { createTextStages } from '../../../../ingest/stages.ts';

const stages = createTextStages();
const hashing = createHashingEmbedder();
/** Passages embedded by the hashing test double, no store cache. */
const embedder: PassageEmbedder = { embedPassages: (passages) => hashing.embed(passages.map((passage) => passage.text)) };

const record = async (text: string, source: string) => toDocumentRecord(extractText(stages, text, source), stages.segmenter, embedder);

describe('the date of a stored item', () => {
  it('is its own dateline’s, else its bulletin’s', async () => {
    const doc = await record(['北岙组工', '第 4 期', '2023年6月2日', '',
      '△南屿县：村级议事会换届', '2023年4月18日，南屿县完成全部村级议事会换届，共选出成员560名。', '',
      '△东港区：小区党支部全覆盖', '东港区在全部小区建立党支部，共建成138个。'].join('\n'), '北岙组工第4期.txt');
    expect(doc.items.map((item) => [item.date, item.year])).toEqual([['2023-04-18', 2023], ['2023-06-02', 2023]]);
  });

  it('is null with a null year when nothing dates it, and the document is called by its source', async () => {
    const doc = await record(['△南屿县：村级议事会换届', '南屿县完成全部村级议事会换届，共选出成员560名。'].join('\n'), 'folder/无日期稿.txt');
    expect(doc.title).toBe('无日期稿');
    expect(doc.items.map((item) => [item.date, item.year])).toEqual([[null, null]]);
  });
});
