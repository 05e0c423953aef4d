// Helpers for the API's error contract: mutations return `userErrors { code field message }` where
// `field` is the path of the input at fault (e.g. ["input", "debtor", "iin"]); transport and
// authorization problems arrive as GraphQL errors with `extensions.code`.
import type { CombinedError } from 'urql';

export interface UserErrorLike {
  readonly code: string;
  readonly field?: readonly string[] | null;
  /** English, for developers: show the text of `key` with `params` instead */
  readonly message: string;
  /** stable machine name of the message ("input.required"), the key of the apps' dictionaries */
  readonly key?: string | null;
  /** the DOMAIN.md rule the error enforces ("A1") */
  readonly rule?: string | null;
  /** the values the message is built from */
  readonly params?: unknown;
}

/**
 * The form-field name of a user error: its path without the leading `input` argument, joined with
 * dots (["input", "debtor", "iin"] → "debtor.iin"); null when the error is not tied to a field.
 */
export function userErrorFieldName(error: Pick<UserErrorLike, 'field'>): string | null {
  const path = error.field ?? [];
  const rest = path[0] === 'input' ? path.slice(1) : path;
  return rest.length > 0 ? rest.join('.') : null;
}

/** The GraphQL error codes (`extensions.code`) in a combined urql error. */
export function graphQLErrorCodes(error: CombinedError | undefined | null): string[] {
  if (!error) return [];
  return error.graphQLErrors.flatMap((e) => {
    const code = e.extensions?.['code'];
    return typeof code === 'string' ? [code] : [];
  });
}

/** True when the API refused the request for want of a valid token. */
export function isUnauthenticated(error: CombinedError | undefined | null): boolean {
  if (!error) return false;
  const status = (error.response as { status?: number } | undefined)?.status;
  return status === 401 || graphQLErrorCodes(error).includes('UNAUTHENTICATED');
}
