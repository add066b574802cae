import { describe, expect, it } from 'vitest';
import { findCandidatePractices } from '../../../ingest/extract/candidates.ts';
import { createPracticeMatcher } from '../../../ingest/extract/practices.ts';
import { loadTaxonomy } from '../../../ingest/knowledge/taxonomy.ts';

const matcher = createPracticeMatcher(loadTaxonomy());
const candidateNames = (text: string): string[] => findCandidatePractices(text, matcher).map((candidate) => candidate.name);

// An invented bulletin item in the genre.
const item =
  '△松岭区：“三联三帮”推动软弱涣散村转化。建立“54321”帮扶机制，对排查出的村严格落实“四个一”整顿举措，' +
  '在社区建设“红领工作站”8个，推行“单元长”制度和社区“大党委”，摸清“家底”，' +
  '坚持“选得准、管得住、用得好”的思路，晒一晒“2023年干得怎么样”，组建“一对一”帮扶对子，' +
  '打造“为民服务直通车”，实施“千村 提升”行动，再次建立“54321”帮扶机制。';

describe('candidate practices', () => {
  it('takes quoted mechanisms with their following noun, deduplicated, in order', () => {
    expect(candidateNames(item)).toEqual([
      '三联三帮', '54321帮扶机制', '四个一整顿举措', '红领工作站', '为民服务直通车', '千村提升行动',
    ]);
  });

  it('keeps the text as written, quotes included', () => {
    const found = findCandidatePractices(item, matcher);
    expect(found.find((candidate) => candidate.name === '54321帮扶机制')?.matched).toBe('“54321”帮扶机制');
    expect(found.find((candidate) => candidate.name === '千村提升行动')?.matched).toBe('“千村提升”行动');
  });

  it('skips practices the taxonomy already knows', () => {
    expect(candidateNames('推行“单元长”制度，健全社区“大党委”，落实“三会一课”')).toEqual([]);
  });

  it('skips slogans, lists, colloquial words and quoted speech', () => {
    expect(candidateNames('摸清“家底”，按照“选得准、管得住”的要求，比一比“明年怎么干”，坚持“一对一”结对')).toEqual([]);
  });

  it('reads straight quotes and corner brackets', () => {
    expect(candidateNames('落实"三个报告"制度，设立「邻里议事亭」')).toEqual(['三个报告制度']);
  });
});
