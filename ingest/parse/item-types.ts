/** The shapes item finding works with, shared by items.ts and roundup-starts.ts (so neither imports the other's code). */
import type { Line } from './lines.ts';

export type ItemKind =
  | 'marker'
  | 'bylined'
  | 'numbered'
  | 'placeHeadline'
  | 'placeParagraph'
  /** A paragraph that opens one report (with a place or a dateline), or the headline right above it. */
  | 'lead'
  | 'bracketed'
  | 'leading'
  | 'article'
  /** The report's own introduction before its numbered parts: it names the document, it is no item. */
  | 'preamble';

export interface ItemGroup {
  kind: ItemKind;
  section: string | null;
  /** Headline lines printed above the item (bylined and place-headline items). */
  headline: Line[];
  /** Office from a byline line, when one is printed. */
  office: string | null;
  /** The item's lines after its headline; for marker items the first holds the marker. */
  lines: Line[];
}

export type Role = 'text' | 'start' | 'headline' | 'byline' | 'section';

export interface Start {
  kind: ItemKind;
  headline: Line[];
  office: string | null;
  /** Position of the byline that signs this headline, if any. */
  bylineAt?: number;
  /** What of the start line belongs to the body when its headline is part of the line (【XX】 text). */
  rest?: Line;
}

/** Structure found beyond item starts: named sections (一、 parts) and whether text before them counts. */
export interface Layout {
  sectionNames: Map<number, string>;
  /** Items sit in numbered parts: what precedes the first part is the report's preamble. */
  preambleOnly: boolean;
}

/** What a scan for item starts reads and fills in. */
export interface StartScan {
  lines: Line[];
  roles: Role[];
  /** Filled by the scan: line index → the item starting there. */
  starts: Map<number, Start>;
  headingMaxLength: number;
  /** Whether the text before line k ends a paragraph (a new block may start at k). */
  closesBefore: (k: number) => boolean;
}
