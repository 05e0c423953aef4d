// The limits every request is held to (issue 8, part 1: no request can stall the server). Each value has
// headroom over the largest operation the three apps send (apps/api/test/limits.test.ts parses every app
// document and checks it stays under every limit with that headroom), and is low enough that the worst
// query one can build under all of them together stays cheap (measured in the same test).
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../builder.ts';

export const LIMITS = {
  /**
   * Nesting of fields (GraphQL Armor max-depth; a connection's edges and node count as levels, and so do
   * inline fragments). The deepest app operations are 9 (PortalApplication, ChamberAssignments, ChamberQueue);
   * 12 leaves three levels of room. Long `bailiffs → chamber → bailiffs …` chains are stopped by the cost first.
   */
  depth: 12,
  /** Aliased fields per operation (GraphQL Armor max-aliases, its default): the apps use at most 2; 1,000 aliases of a list field ran 131 s. */
  aliases: 15,
  /** Directives per operation (GraphQL Armor max-directives): the apps send none (gql.tada strips its @_unmask). */
  directives: 10,
  /**
   * Lexical tokens per document (graphql-js's own parser limit, what Armor's max-tokens wraps): the largest app
   * operation has 188 (ChamberAssignment with its fragments); 1,000 (Armor's default) bounds parsing and the
   * validation rules whose work grows with the square of the fields (overlapping fields).
   */
  tokens: 1_000,
  /**
   * Cost points per operation (cost.ts). The costliest app operations: ChamberAssignAllWaiting 1,613 (500
   * assignments), ChamberBailiffs 1,502 (250 bailiffs with their licences), ChamberEvennessVerification 1,031;
   * 5,000 is three times the largest.
   */
  cost: 5_000,
  /** Ids per `nodes(ids:)` call, and elements of any list argument. */
  listLength: MAX_PAGE_SIZE,
  /**
   * Bytes of a request body (query and variables). The largest app document is 1.9 KB; the largest input, every
   * string at its bound, is under 40 KB even with every character escaped as \uXXXX.
   */
  bodyBytes: 128 * 1024,
  /** Milliseconds a request may run before it is answered with a timeout and its remaining database work is stopped. */
  requestTimeoutMs: 10_000,
  /** Default length bound of a string argument or input field (code points). */
  stringLength: 300,
  /** Length bound of free text (reasons, summaries, descriptions, findings). */
  textLength: 4_000,
} as const;

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

export type Limits = { -readonly [K in keyof typeof LIMITS]: number };
