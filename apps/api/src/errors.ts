// One error contract for the whole API (see README, "Errors"):
//  - a use case that refuses bad input or an impossible transition throws a DomainError;
//  - the GraphQL layer turns it into `userErrors { code field message }` on the mutation's payload,
//    after the transaction has rolled back, so a refused request changes nothing;
//  - anything else is an internal error: logged in full, masked to the client.

export const USER_ERROR_CODES = {
  INVALID_INPUT: 'The input is malformed or fails a rule.',
  NOT_FOUND: 'The referenced record does not exist or is not visible to you.',
  FORBIDDEN: 'You are not allowed to do this.',
  CONFLICT: 'The record was changed or already exists; reload and try again.',
  INVALID_STATE: 'The record is not in a state that allows this action.',
  DEADLINE_PASSED: 'A statutory deadline for this action has passed.',
  UNKNOWN_USER: 'No such user.',
  NO_ELIGIBLE_BAILIFF: 'No private bailiff can lawfully take this document now.',
} as const;

export type UserErrorCode = keyof typeof USER_ERROR_CODES;

export interface UserErrorShape {
  code: UserErrorCode;
  /** Path to the offending input field, e.g. ['input', 'debtor', 'iin']; null when not tied to a field. */
  field: string[] | null;
  message: string;
}

export class DomainError extends Error {
  readonly errors: UserErrorShape[];
  constructor(code: UserErrorCode, message: string, field?: string[] | null);
  constructor(errors: UserErrorShape[]);
  constructor(codeOrErrors: UserErrorCode | UserErrorShape[], message?: string, field?: string[] | null) {
    const errors = Array.isArray(codeOrErrors)
      ? codeOrErrors
      : [{ code: codeOrErrors, message: message ?? USER_ERROR_CODES[codeOrErrors], field: field ?? null }];
    super(errors.map((e) => e.message).join('; '));
    this.name = 'DomainError';
    this.errors = errors;
  }
}

export function invalid(field: string[], message: string): DomainError {
  return new DomainError('INVALID_INPUT', message, field);
}
