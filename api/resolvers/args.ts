/** GraphQL arguments (types generated from api/schema.graphql) translated into service inputs, nulls dropped. */
import type { SearchFilterInput } from '../services/types.ts';
import type { InputMaybe, SearchFilter } from './generated/resolvers-types.ts';

/** GraphQL sends explicit nulls; the services expect absent keys. Blank strings count as absent. */
export function toFilter(arg: InputMaybe<SearchFilter> | undefined): SearchFilterInput {
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
