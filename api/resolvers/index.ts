/** All resolvers, assembled for the schema in api/schema.graphql and checked against its generated types. */
import type { AtlasContext } from './context.ts';
import type { Resolvers, ResolversParentTypes } from './generated/resolvers-types.ts';
import { mutationResolvers } from './mutation.ts';
import { queryResolvers } from './query.ts';
import { regionResolvers } from './regions.ts';
import {
  adoptionEventResolvers, candidatePracticeResolvers, documentResolvers, enumResolvers, itemResolvers, outcomeResolvers, practiceResolvers, reportCopyResolvers,
} from './types.ts';

export const resolvers = {
  Query: queryResolvers,
  Mutation: mutationResolvers,
  Item: itemResolvers,
  ReportCopy: reportCopyResolvers,
  Outcome: outcomeResolvers,
  Document: documentResolvers,
  Region: regionResolvers,
  Practice: practiceResolvers,
  CandidatePractice: candidatePracticeResolvers,
  AdoptionEvent: adoptionEventResolvers,
  ...enumResolvers,
} satisfies Resolvers<AtlasContext>;

/*
 * What `satisfies Resolvers` cannot see: a field left to the default resolver must be a property of
 * the parent value (the mapper type, codegen.ts) with the type the schema gives the field. For each
 * type whose parent is not derived from the schema (the roots and the mapped types), every field
 * is either resolved above or read from the parent; a field neither resolves nor finds on the parent
 * fails to compile here, naming the type and field.
 */

/** What a field's resolver may return (the ResolverFn member of the generated Resolver union). */
type ResultOf<TResolver> = TResolver extends (...args: never[]) => infer R ? R : never;

type Unresolved<TFieldResolvers, TImplemented> = Exclude<keyof TFieldResolvers, keyof TImplemented | `__${string}`>;

type FieldProblems<TParent, TFieldResolvers, TImplemented> = {
  [K in Unresolved<TFieldResolvers, TImplemented>]-?: K extends keyof TParent
    ? [TParent[K]] extends [ResultOf<TFieldResolvers[K]>] ? never : ['parent value has the wrong type for', K]
    : ['neither resolved nor on the parent value:', K];
}[Unresolved<TFieldResolvers, TImplemented>];

/** The roots and the types codegen.ts maps (add a type here when it gains a mapper). */
type Checked = 'Query' | 'Mutation' | 'Item' | 'Outcome' | 'Document' | 'Region' | 'Practice' | 'CandidatePractice' | 'AdoptionEvent' | 'ReportCopy';
type ParentOf<T extends Checked> = T extends 'Query' | 'Mutation' ? Record<never, never> : ResolversParentTypes[T];

type Problems = {
  [T in Checked]: FieldProblems<ParentOf<T>, NonNullable<Resolvers<AtlasContext>[T]>, (typeof resolvers)[T]> extends infer P
    ? [P] extends [never] ? never : [T, P]
    : never;
}[Checked];

type NoProblems<T extends true> = T;
export type ResolversComplete = NoProblems<[Problems] extends [never] ? true : Problems>;

export type { AtlasContext, AdminOperations, IngestedDocument, Upload } from './context.ts';
