// One error contract for the whole API (see README, "Errors"):
//  - a use case that refuses bad input or an impossible transition throws a DomainError;
//  - the GraphQL layer turns it into `userErrors { code field message key rule params }` on the mutation's
//    payload, after the transaction has rolled back, so a refused request changes nothing;
//  - anything else is an internal error: logged in full, masked to the client.
//
// Localisation: `message` is English, for logs and for developers. Apps render their own text from `key` (a
// stable machine name of the message, e.g. "input.required", "attestation.applicationTooLate") and `params`
// (the values the message is built from, e.g. { lastDay: "2026-11-30" }), and may name the law with `rule`
// (the rule id of DOMAIN.md, e.g. "A1"). No app parses the English message.

export const USER_ERROR_CODES = {
  INVALID_INPUT: 'The input is malformed or fails a rule.',
  NOT_FOUND: 'The referenced record does not exist or is not visible to you.',
  FORBIDDEN: 'You are not allowed to do this.',
  CONFLICT: 'The record was changed or already exists; reload and try again.',
  INVALID_STATE: 'The record is not in a state that allows this action.',
  INVALID_TRANSITION: 'The status change asked for is not allowed by the record’s life cycle (its transition table).',
  DEADLINE_PASSED: 'A statutory deadline for this action has passed.',
  UNKNOWN_USER: 'No such user.',
  NO_ELIGIBLE_BAILIFF: 'No private bailiff can lawfully take this document now.',
  // complaints (issue 10): the public status check's rate limit
  RATE_LIMITED: 'Too many requests of this kind; `params.retryAfterSeconds` says when to try again.',
} as const;

export type UserErrorCode = keyof typeof USER_ERROR_CODES;

/** Values a message is built from: plain scalars, so that any app can interpolate them. */
export type UserErrorParams = Record<string, string | number | boolean | null>;

export interface UserErrorShape {
  code: UserErrorCode;
  /** Path to the offending input field, e.g. ['input', 'debtor', 'iin']; null when not tied to a field. */
  field: string[] | null;
  message: string;
  /** Stable machine name of the message, for localisation; defaults to the code in lower case ("invalid_input"). */
  key?: string | null;
  /** The DOMAIN.md rule the error enforces ("A1", "E3"); null when it enforces none. */
  rule?: string | null;
  /** The values in the message, by name. */
  params?: UserErrorParams | null;
}

export interface UserErrorDetail {
  key?: string;
  rule?: string;
  params?: UserErrorParams;
}

export class DomainError extends Error {
  readonly errors: UserErrorShape[];
  constructor(code: UserErrorCode, message: string, field?: string[] | null, detail?: UserErrorDetail);
  constructor(errors: UserErrorShape[]);
  constructor(codeOrErrors: UserErrorCode | UserErrorShape[], message?: string, field?: string[] | null, detail?: UserErrorDetail) {
    const errors = Array.isArray(codeOrErrors)
      ? codeOrErrors
      : [{ code: codeOrErrors, message: message ?? USER_ERROR_CODES[codeOrErrors], field: field ?? null, key: detail?.key ?? null, rule: detail?.rule ?? null, params: detail?.params ?? null }];
    super(errors.map((e) => e.message).join('; '));
    this.name = 'DomainError';
    this.errors = errors;
  }
}

export function invalid(field: string[], message: string, detail?: UserErrorDetail): DomainError {
  return new DomainError('INVALID_INPUT', message, field, detail);
}

/** The key of an error: its own, or the code's ("INVALID_INPUT" → "invalid_input"). */
export function userErrorKey(e: UserErrorShape): string {
  return e.key ?? e.code.toLowerCase();
}
