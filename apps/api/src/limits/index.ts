// The limits of issue 8, part 1, as Apollo Server options: GraphQL Armor's validation rules for depth, aliases
// and directives; graphql-js's own parser limit for tokens; and a plugin that prices the operation once its
// variables are known (cost.ts), refuses it above the limit and reports the price in `extensions.cost`.
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode, type ValidationContext, type ValidationRule } from 'graphql';
import { LIMITS, type Limits } from './config.ts';
import { operationCost } from './cost.ts';
import { timeoutError } from './timeout.ts';

export { LIMITS, type Limits } from './config.ts';

/** Armor's rules report through the validation context (a thrown error would escape graphql-js's validate). */
const report = [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }))];

export function limitRules(limits: Limits = LIMITS): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.depth, ignoreIntrospection: true, exposeLimits: true, propagateOnRejection: false, onReject: report }),
    maxAliasesRule({ n: limits.aliases, exposeLimits: true, propagateOnRejection: false, onReject: report }),
    maxDirectivesRule({ n: limits.directives, exposeLimits: true, propagateOnRejection: false, onReject: report }),
  ];
}

/** The deadlines of requests that run a mutation, known once Apollo has resolved the operation (Apollo clones the context: the signal is the one object it shares). */
const mutations = new WeakSet<AbortSignal>();
export function isMutation(signal: AbortSignal): boolean {
  return mutations.has(signal);
}

export interface CostExtension {
  requestedQueryCost: number;
  maximumAvailable: number;
}

// Read path (bench:read): Apollo's document store hands every request of the same query text the same parsed
// document, so a price is computed once per document, operation and variables (bounded per document).
const costs = new WeakMap<DocumentNode, Map<string, number>>();
function cachedCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number {
  let byVariables = costs.get(document);
  if (!byVariables) costs.set(document, (byVariables = new Map()));
  const key = `${operation.name?.value ?? ''}|${JSON.stringify(variables)}`;
  let cost = byVariables.get(key);
  if (cost === undefined) {
    const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
    cost = operationCost(schema, operation, fragments, variables);
    if (byVariables.size >= 64) byVariables.delete(byVariables.keys().next().value!);
    byVariables.set(key, cost);
  }
  return cost;
}

/** Prices the operation once Apollo has resolved it (variables known), refuses it above the limit, reports the price. */
export function costPlugin(limits: Limits = LIMITS): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let cost: CostExtension | null = null;
      return {
        async didResolveOperation(rc) {
          if (!rc.operation) return;
          // past the deadline already: nothing runs (the client has been answered with the timeout); a mutation
          // that begins before it is run to its end (server.ts)
          const signal = (rc.contextValue as { signal?: AbortSignal }).signal;
          if (signal?.aborted) throw timeoutError();
          if (signal && rc.operation.operation === 'mutation') mutations.add(signal);
          const variables = rc.request.variables && typeof rc.request.variables === 'object' ? (rc.request.variables as Record<string, unknown>) : {};
          cost = { requestedQueryCost: cachedCost(rc.schema, rc.document, rc.operation, variables), maximumAvailable: limits.cost };
          if (cost.requestedQueryCost > limits.cost) {
            throw new GraphQLError(
              `The query costs ${cost.requestedQueryCost} points, more than the ${limits.cost} allowed: ask for smaller pages (first) or fewer nested lists.`,
              { extensions: { code: 'QUERY_TOO_COSTLY', cost, http: { status: 400 } } },
            );
          }
        },
        async willSendResponse(rc) {
          if (!cost || rc.response.body.kind !== 'single') return;
          const result = rc.response.body.singleResult;
          result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}
