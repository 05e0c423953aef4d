// Wraps every field resolver of the built schema once, for two guards that must hold everywhere:
//  - the request's deadline (timeout.ts): once it has passed, no resolver of a query starts, so a query that is
//    answered with a timeout stops its database work instead of running on (what is in flight is bounded by
//    PostgreSQL's statement_timeout). A mutation runs to its end: its change commits or not as a whole, and its
//    payload must say which;
//  - the input policy (input-policy.ts) on every field that takes arguments: a mutation with a payload
//    answers its violations as `userErrors` without running, any other field as a BAD_USER_INPUT error.
import {
  defaultFieldResolver,
  getNamedType,
  GraphQLError,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import type { UserErrorShape } from '../errors.ts';
import { argumentsChecker } from './input-policy.ts';
import { timeoutError } from './timeout.ts';

const guarded = new WeakSet<GraphQLSchema>();

function badUserInput(errors: UserErrorShape[]): GraphQLError {
  const first = errors[0]!;
  return new GraphQLError(`Invalid argument ${first.field?.join('.') ?? ''}: ${first.message}`, {
    extensions: { code: 'BAD_USER_INPUT', field: first.field, key: first.key, params: first.params },
  });
}

export function applyGuards(schema: GraphQLSchema): GraphQLSchema {
  if (guarded.has(schema)) return schema;
  guarded.add(schema);
  const mutation = schema.getMutationType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve: GraphQLFieldResolver<unknown, { signal?: AbortSignal }> = field.resolve ?? defaultFieldResolver;
      const check = argumentsChecker(type.name, field.name, field.args);
      const returned = getNamedType(field.type);
      const payload = type === mutation && isObjectType(returned) && 'userErrors' in returned.getFields();
      field.resolve = check
        ? (source, args, ctx, info) => {
            if (ctx?.signal?.aborted && info.operation.operation !== 'mutation') throw timeoutError();
            const errors = check(args);
            if (errors.length) {
              if (payload) return { userErrors: errors };
              throw badUserInput(errors);
            }
            return resolve(source, args, ctx, info);
          }
        : (source, args, ctx, info) => {
            if (ctx?.signal?.aborted && info.operation.operation !== 'mutation') throw timeoutError();
            return resolve(source, args, ctx, info);
          };
    }
  }
  return schema;
}
