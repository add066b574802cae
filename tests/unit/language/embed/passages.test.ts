import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PASSAGE_CHARS, splitPassages, splitSentences } from '../../../../language/embed/index.ts';

// An invented item in the genre: a county's practice and its results, in five sentences.
const ITEM = [
  '青岚县推行“楼栋管家”制度，把党支部建在楼栋上。',
  '全县选派党员楼栋长416名，覆盖小区83个；',
  '建立“居民吐槽、支部回应”机制！',
  '今年以来收集诉求1280条，办结率96.5%。',
  '群众满意度明显提升？',
].join('');

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('splitSentences', () => {
  it('cuts after 。！？； and keeps each sentence with its punctuation', () => {
    expect(splitSentences(ITEM)).toEqual([
      '青岚县推行“楼栋管家”制度，把党支部建在楼栋上。',
      '全县选派党员楼栋长416名，覆盖小区83个；',
      '建立“居民吐槽、支部回应”机制！',
      '今年以来收集诉求1280条，办结率96.5%。',
      '群众满意度明显提升？',
    ]);
  });

  it('keeps a closing quote with the sentence it ends', () => {
    expect(splitSentences('书记说：“要把事办实。”随后召开会议。')).toEqual(['书记说：“要把事办实。”', '随后召开会议。']);
  });

  it('treats a line break as a sentence end', () => {
    expect(splitSentences('一、强化组织引领\n松溪镇成立联合党委。')).toEqual(['一、强化组织引领\n', '松溪镇成立联合党委。']);
  });
});

describe('splitPassages', () => {
  it('keeps a short item as one passage hashed by its text', () => {
    const passages = splitPassages(ITEM);
    expect(passages).toEqual([{ index: 0, text: ITEM, hash: sha256(ITEM) }]);
    expect(DEFAULT_PASSAGE_CHARS).toBe(400);
  });

  it('cuts at sentence ends and repeats one sentence across each cut', () => {
    const passages = splitPassages(ITEM, { maxChars: 60 });
    expect(passages.map((passage) => passage.text)).toEqual([
      '青岚县推行“楼栋管家”制度，把党支部建在楼栋上。全县选派党员楼栋长416名，覆盖小区83个；',
      '全县选派党员楼栋长416名，覆盖小区83个；建立“居民吐槽、支部回应”机制！',
      '建立“居民吐槽、支部回应”机制！今年以来收集诉求1280条，办结率96.5%。群众满意度明显提升？',
    ]);
    expect(passages.map((passage) => passage.index)).toEqual([0, 1, 2]);
    for (const passage of passages) {
      expect(passage.text.length).toBeLessThanOrEqual(60);
      expect(passage.hash).toBe(sha256(passage.text));
    }
  });

  it('shares no sentence when overlap is zero, so the passages rebuild the text', () => {
    const passages = splitPassages(ITEM, { maxChars: 60, overlapSentences: 0 });
    expect(passages.map((passage) => passage.text).join('')).toBe(ITEM);
    expect(passages).toHaveLength(2);
  });

  it('drops the shared sentence when it leaves no room for the next one', () => {
    const text = '甲'.repeat(30) + '。' + '乙'.repeat(35) + '。';
    expect(splitPassages(text, { maxChars: 40 }).map((passage) => passage.text)).toEqual(['甲'.repeat(30) + '。', '乙'.repeat(35) + '。']);
  });

  it('hard-splits a sentence longer than the window, at a clause end when one is near', () => {
    const clause = '镇村干部下沉网格开展走访'; // 12 characters
    const sentence = `${clause}，${clause}，${clause}，${clause}。`; // 52 characters
    const passages = splitPassages(sentence, { maxChars: 30, overlapSentences: 0 });
    expect(passages.map((passage) => passage.text)).toEqual([`${clause}，${clause}，`, `${clause}，${clause}。`]);
  });

  it('hard-splits at the window size when a sentence has no clause end', () => {
    const passages = splitPassages('党'.repeat(25), { maxChars: 10 });
    expect(passages.map((passage) => passage.text.length)).toEqual([10, 10, 5]);
  });

  it('never cuts a character outside the basic plane in two', () => {
    const rare = '𠀋'; // two UTF-16 units
    const passages = splitPassages(`${'党'.repeat(9)}${rare}${'建'.repeat(5)}`, { maxChars: 10 });
    expect(passages.map((passage) => passage.text)).toEqual(['党'.repeat(9), `${rare}${'建'.repeat(5)}`]);
  });

  it('keeps every passage of a long item within 400 characters', () => {
    const paragraph = '白沙街道推行“五社联动”，整合社区、社会组织、社工、社区志愿者和社会慈善资源，累计服务居民3200余人次。';
    const passages = splitPassages(Array.from({ length: 30 }, () => paragraph).join('\n'));
    expect(passages.length).toBeGreaterThan(1);
    for (const passage of passages) expect(passage.text.length).toBeLessThanOrEqual(400);
    expect(passages.map((passage) => passage.index)).toEqual(passages.map((_, index) => index));
  });

  it('returns no passage for blank text', () => {
    expect(splitPassages('  \n ')).toEqual([]);
  });
});
