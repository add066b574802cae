/**
 * One synthetic item: a headline naming the locality and the practice, a lead paragraph, numbered
 * points (①②③ or 一是/二是) and outcomes in numbers. Layout (markers, wraps, furniture) is added
 * later by the document writer; this module only decides the words.
 */
import type { PracticeDefinition } from '../../graph/model.ts';
import {
  ACTIONS,
  APPROACHES,
  FILLER_SENTENCES,
  GOALS,
  MANNERS,
  COUNT_PREFIXES,
  OUTCOME_OPENERS,
  OUTCOMES,
  POINT_HEADINGS,
  POINT_OUTCOME_OPENERS,
  PURPOSES,
  RESULTS,
  TERM_SENTENCES,
  TIME_OPENERS,
  VERBS,
  type OutcomeTemplate,
} from './phrases.ts';
import type { Place } from './places.ts';
import type { Random } from './random.ts';

export interface ItemDraft {
  place: Place;
  practice: PracticeDefinition;
  /** Headline as the parser should return it (no marker, no 。). */
  title: string;
  /** Body paragraphs, unwrapped; the first is the lead. */
  paragraphs: string[];
  /** Contributing office: 望江县委组织部, 中共阿里地委组织部. */
  office: string;
  outcomeCount: number;
}

export interface ItemStyle {
  /** Numbers printed with PDF-extraction spaces ("37 个"). */
  pdfSpaces: boolean;
  /**
   * Headlines may separate their two halves with a space ("推行单元长制 激活治理末梢"). Not in PDF
   * text, nor in △title。body lines, where a space between Chinese characters reads as PDF noise.
   */
  spacedTitles: boolean;
  /** Longest headline the layout can print on one line. */
  titleMax: number;
}

const CIRCLED = ['①', '②', '③', '④', '⑤', '⑥'] as const;
const ORDINALS = ['一是', '二是', '三是', '四是', '五是', '六是'] as const;

/** Longest body the item aims for; shorter targets make single-passage items. */
const BODY_MIN = 250;
const BODY_MAX = 1200;

function fill(template: string, term: string, unit: string, subject: string): string {
  return template.replaceAll('{T}', term).replaceAll('{U}', unit).replaceAll('{P}', subject);
}

/** 96.5, 37, or a rounded 1200 when followed by 余. */
function formatNumber(template: OutcomeTemplate, random: Random, rounded: boolean): string {
  if (template.decimals) {
    const value = template.min + random.next() * (template.max - template.min);
    return value.toFixed(template.decimals);
  }
  const value = random.int(template.min, template.max);
  if (!rounded || value < 100) return String(value);
  const step = 10 ** (String(value).length - 2);
  return String(Math.round(value / step) * step);
}

/** "共排查整顿后进党组织37个", "群众满意度达96.5%", or "培训党员 1200 余人次" in PDF style. */
function outcomeClause(random: Random, style: ItemStyle, used: Set<OutcomeTemplate>): string {
  const available = OUTCOMES.filter((template) => !used.has(template));
  const template = random.pick(available.length > 0 ? available : OUTCOMES);
  used.add(template);
  const about = template.approximate === true && random.chance(0.5) ? '余' : '';
  const number = formatNumber(template, random, about !== '');
  const prefix = template.level ? '' : random.pick(COUNT_PREFIXES);
  if (style.pdfSpaces) return `${prefix}${template.before} ${number} ${about}${template.unit}`;
  return `${prefix}${template.before}${number}${about}${template.unit}`;
}

function quoted(term: string, random: Random): string {
  return random.chance(0.5) ? `“${term}”` : term;
}

function headline(term: string, random: Random, style: ItemStyle, prefix: string): string {
  const q = quoted(term, random);
  const goal = random.pick(GOALS);
  const verb = random.pick(VERBS);
  const sep = style.spacedTitles ? random.pick([' ', ' ', '，']) : random.pick(['，', '']);
  const cores = [`${verb}${q}${sep}${goal}`, `以${q}为抓手${sep}${goal}`, `${goal}${sep}${verb}${q}`, `${q}${sep}${goal}`, `${verb}${q}见实效`];
  const core = random.pick(cores);
  const title = `${prefix}：${core}`;
  return title.length <= style.titleMax ? title : `${prefix}：${verb}${q}`;
}

/** The party committee of a unit: 望江县委, 安庆市委, 阿克苏地委 (not 地区委). */
export function committeeOf(name: string): string {
  return name.endsWith('地区') ? `${name.slice(0, -2)}地委` : `${name}委`;
}

function officeOf(place: Place, random: Random): string {
  const committee = committeeOf(place.ref.name);
  return `${random.chance(0.4) || place.ref.name.endsWith('地区') ? '中共' : ''}${committee}组织部`;
}

export function composeItem(random: Random, place: Place, practice: PracticeDefinition, style: ItemStyle): ItemDraft {
  const term = random.chance(0.5) || practice.aliases.length === 0 ? practice.name : random.pick(practice.aliases);
  const prefix = place.printed + (place.township ?? '');
  const title = headline(term, random, style, prefix);
  const unit = place.unit;
  const subject = place.township ?? place.ref.name;
  const self = `该${place.township ? place.township.replace(/^.*?(镇|乡|街道)$/u, '$1') : unit}`;
  const used = new Set<OutcomeTemplate>();
  let outcomeCount = 0;

  const lead = [
    `${random.pick(TIME_OPENERS)}${subject}${random.pick(APPROACHES)}，${random.pick(VERBS)}${quoted(term, random)}，${random.pick(PURPOSES)}。`,
  ];
  if (random.chance(0.5)) lead.push(`所谓${quoted(term, random)}，就是${practice.description.replace(/[。.]?$/, '。')}`);

  const target = random.int(BODY_MIN, BODY_MAX);
  const pointCount = Math.min(5, 2 + Math.floor(target / 350));
  const circled = random.chance(0.7);
  const headings = random.shuffle(POINT_HEADINGS).slice(0, pointCount);
  const points = headings.map((heading, i) => [circled ? `${CIRCLED[i]}${heading}。` : `${ORDINALS[i]}${heading}，`]);
  const fillers = random.shuffle([...FILLER_SENTENCES, ...TERM_SENTENCES]);

  const closingCount = random.int(1, 3);
  const closingClauses: string[] = [];
  for (let i = 0; i < closingCount; i++) closingClauses.push(outcomeClause(random, style, used));
  outcomeCount += closingCount;
  const closing = `${fill(random.pick(OUTCOME_OPENERS), term, unit, self)}${closingClauses.join('，')}，${random.pick(PURPOSES)}。`;

  let size = lead.join('').length + closing.length + points.reduce((sum, p) => sum + (p[0] as string).length, 0);
  let turn = 0;
  let fillerAt = 0;
  while (size < target || turn < pointCount) {
    const point = points[turn % pointCount] as string[];
    let sentence: string;
    if (random.chance(0.1)) {
      sentence = `${random.pick(POINT_OUTCOME_OPENERS)}${self}${outcomeClause(random, style, used)}。`;
      outcomeCount++;
    } else if (random.chance(0.5)) {
      const action = fill(random.pick(ACTIONS), quoted(term, random), unit, self);
      sentence = `${action}，${random.pick(MANNERS)}，${random.pick(RESULTS)}。`;
    } else {
      sentence = fill(fillers[fillerAt % fillers.length] as string, quoted(term, random), unit, self);
      fillerAt++;
    }
    point.push(sentence);
    size += sentence.length;
    turn++;
  }

  const pointTexts = points.map((parts) => parts.join(''));
  const inlinePoints = !circled || random.chance(0.4);
  const body = inlinePoints ? [lead.join('') + pointTexts.join('')] : [lead.join(''), ...pointTexts];
  return { place, practice, title, paragraphs: [...body, closing], office: officeOf(place, random), outcomeCount };
}
