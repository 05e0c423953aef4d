// The error contract (see src/errors.ts): every mutation takes one `input` argument and returns a payload
// with `userErrors`. `payloadMutation` is the one place that runs a use case and maps its DomainError.
import { builder } from '../builder.ts';
import { DomainError, USER_ERROR_CODES, userErrorKey, type UserErrorCode, type UserErrorShape } from '../errors.ts';

export const UserErrorCodeEnum = builder.enumType('UserErrorCode', {
  description: 'Why a mutation refused its input. Nothing was changed when any user error is returned.',
  values: Object.fromEntries(
    Object.entries(USER_ERROR_CODES).map(([code, description]) => [code, { value: code as UserErrorCode, description }]),
  ) as Record<UserErrorCode, { value: UserErrorCode; description: string }>,
});

export const UserErrorRef = builder.objectRef<UserErrorShape>('UserError').implement({
  description: 'A problem with the input of a mutation, for the user to fix.',
  fields: (t) => ({
    code: t.field({ type: UserErrorCodeEnum, resolve: (e) => e.code }),
    field: t.stringList({
      nullable: true,
      description: 'Path to the input field at fault, e.g. ["input", "debtor", "iin"]; null when the error is not tied to one field.',
      resolve: (e) => e.field,
    }),
    message: t.exposeString('message', { description: 'A human-readable explanation, in English. Apps show their own text, from `key` and `params`.' }),
    key: t.string({
      description: 'Stable machine name of the message (e.g. "input.required", "attestation.applicationTooLate"), for localisation; the code in lower case when there is nothing more specific.',
      resolve: (e) => userErrorKey(e),
    }),
    rule: t.string({ nullable: true, description: 'The rule of the law the error enforces, by its id in DOMAIN.md (e.g. "A1", "E3"); null when none.', resolve: (e) => e.rule ?? null }),
    params: t.field({
      type: 'JSON',
      description: 'The values the message is built from, by name (e.g. { "lastDay": "2026-11-30", "max": 300 }): an object of strings, numbers, booleans or nulls. Empty when none.',
      resolve: (e) => e.params ?? {},
    }),
  }),
});

/** Runs `fn`; a DomainError becomes `{ userErrors }` with every other payload field null. */
export async function runForPayload<T extends object>(
  fn: () => Promise<T>,
): Promise<Partial<T> & { userErrors: UserErrorShape[] }> {
  try {
    const result = await fn();
    return { ...result, userErrors: [] };
  } catch (e) {
    if (e instanceof DomainError) return { userErrors: e.errors } as Partial<T> & { userErrors: UserErrorShape[] };
    throw e;
  }
}

/** What a mutation's resolver returns (`runForPayload`): the use case's result `T`, absent when there are user errors. */
export type Payload<T extends object> = Partial<T> & { userErrors: UserErrorShape[] };

/**
 * A mutation's payload type, typed by what its resolver returns, so that its fields read the result without casts:
 * `payloadRef<{ documentId: string }>('MarkOriginalReceivedPayload').implement({ fields: (t) => ({ userErrors: t.expose('userErrors', { type: [UserErrorRef] }), … }) })`.
 */
export function payloadRef<T extends object>(name: string) {
  return builder.objectRef<Payload<T>>(name);
}

