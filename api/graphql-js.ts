/**
 * The graphql-js values the API uses, imported from the one file graphql-yoga itself loads.
 * graphql 16 ships index.js (CommonJS, what Node resolves for yoga) and index.mjs (what Vite
 * resolves for a bare 'graphql'); two copies make `instanceof GraphQLError` and schema checks
 * fail across them ("another module or realm"). Types may still come from 'graphql'.
 */
export {
  getNamedType, getNullableType, getOperationAST, GraphQLError, isCompositeType, isListType, Kind, validate, parse,
} from 'graphql/index.js';
