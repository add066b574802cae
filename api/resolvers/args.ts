/** GraphQL argument shapes and their translation into service inputs (nulls dropped). */
import type { SearchFilterInput, SearchMode } from '../services/types.ts';

export type Maybe<T> = T | null | undefined;

export interface SearchFilterArg {
  province?: Maybe<string>;
  city?: Maybe<string>;
  county?: Maybe<string>;
  practice?: Maybe<string>;
  category?: Maybe<string>;
  section?: Maybe<string>;
  yearFrom?: Maybe<number>;
  yearTo?: Maybe<number>;
}

export interface SearchArgs {
  query: string;
  filter?: Maybe<SearchFilterArg>;
  first?: Maybe<number>;
  after?: Maybe<string>;
  /** Already the internal value: the SearchMode enum maps HYBRID → 'hybrid'. */
  mode?: Maybe<SearchMode>;
}

export interface PageArgs {
  first?: Maybe<number>;
  after?: Maybe<string>;
}

/** GraphQL sends explicit nulls; the services expect absent keys. Blank strings count as absent. */
export function toFilter(arg: Maybe<SearchFilterArg>): SearchFilterInput {
  const filter: SearchFilterInput = {};
  if (!arg) return filter;
  const textKeys = ['province', 'city', 'county', 'practice', 'category', 'section'] as const;
  for (const key of textKeys) {
    const value = arg[key]?.trim();
    if (value) filter[key] = value;
  }
  if (typeof arg.yearFrom === 'number') filter.yearFrom = arg.yearFrom;
  if (typeof arg.yearTo === 'number') filter.yearTo = arg.yearTo;
  return filter;
}
