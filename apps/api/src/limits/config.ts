// The limits every request is held to (issue 8, part 1: no request can stall the server). Each value has
// headroom over the largest operation the three apps send (apps/api/test/limits.test.ts parses every app
// document and checks it stays under every limit with that headroom), and is low enough that the worst
// query one can build under all of them together stays cheap (measured in the same test).
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../builder.ts';

export const LIMITS = {
  /**
   * Nesting of fields (GraphQL Armor max-depth; connections count edges and node). The deepest app
   * operation is 8 (a document's assignment's chamber's region's …); 12 leaves room and stops the
   * `bailiffs → chamber → bailiffs …` chains long before they matter (the cost stops them anyway).
   */
  depth: 12,
  /** Aliased fields per operation (GraphQL Armor max-aliases): the apps use none; 1,000 aliases of a list field ran 131 s. */
  aliases: 15,
  /** Directives per operation (GraphQL Armor max-directives): the apps use none. */
  directives: 10,
  /** Lexical tokens per document (graphql-js's own parser limit): the largest app operation has about 400. */
  tokens: 2_000,
  /** Cost points per operation (see cost.ts): the costliest app operation is about 1,700. */
  cost: 5_000,
  /** Ids per `nodes(ids:)` call, and elements of any list argument. */
  listLength: MAX_PAGE_SIZE,
  /** Bytes of a request body (query and variables). The largest legitimate request is a few kilobytes. */
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
