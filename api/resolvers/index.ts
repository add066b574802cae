/** All resolvers, assembled for the schema in api/schema.graphql. */
import { mutationResolvers } from './mutation.ts';
import { queryResolvers } from './query.ts';
import { regionResolvers } from './regions.ts';
import {
  candidatePracticeResolvers, documentResolvers, enumResolvers, itemResolvers, outcomeResolvers, practiceResolvers,
} from './types.ts';

export const resolvers = {
  Query: queryResolvers,
  Mutation: mutationResolvers,
  Item: itemResolvers,
  Outcome: outcomeResolvers,
  Document: documentResolvers,
  Region: regionResolvers,
  Practice: practiceResolvers,
  CandidatePractice: candidatePracticeResolvers,
  ...enumResolvers,
};

export type { AtlasContext, AdminOperations, IngestedDocument } from './context.ts';
