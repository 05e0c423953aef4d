// The API's user errors carry a field path, a code and a message in English only (schema: UserError.message).
// So that a Kazakh or Russian speaker reads them in their language, the rules of the enforcement intake that
// the API states (apps/api/src/usecases/enforcement-intake.ts) are recognised by their message and said again
// from the dictionary; anything not recognised is shown exactly as the API wrote it, never hidden.
import type { UserErrorLike } from '@oryndau/client';

type Translate = (key: string, options?: Record<string, unknown>) => string;

const RULES: { match: RegExp; key: string; options?: (m: RegExpMatchArray) => Record<string, unknown> }[] = [
  { match: /is required\.$/, key: 'required' },
  { match: /is too long \(at most (\d+) characters\)/, key: 'tooLong', options: (m) => ({ max: m[1] }) },
  { match: /IIN\/BIN must be 12 digits/, key: 'idNumber' },
  { match: /^The debtor cannot be the claimant\.$/, key: 'debtorIsClaimant' },
  { match: /must be YYYY-MM-DD/, key: 'dateFormat' },
  { match: /cannot be issued in the future/, key: 'dateFuture' },
  { match: /non-property decision has no amount/, key: 'noAmount' },
  { match: /must be a positive number of tenge/, key: 'amountPositive' },
  { match: /at most two decimals/, key: 'amountDecimals' },
  { match: /^Unknown enforcement district\.$/, key: 'districtUnknown' },
];

/**
 * The user errors with their messages in the UI language where the rule is known. `fieldLabel` names a
 * field (by its path without `input.`) for messages such as "Fill in “Debtor: IIN or BIN”".
 */
export function localizeUserErrors(errors: readonly UserErrorLike[], t: Translate, fieldLabel: (name: string) => string | null): UserErrorLike[] {
  return errors.map((error) => {
    const path = error.field ?? [];
    const name = (path[0] === 'input' ? path.slice(1) : path).join('.');
    for (const rule of RULES) {
      const m = error.message.match(rule.match);
      if (!m) continue;
      const field = fieldLabel(name) ?? name;
      return { ...error, message: t(`app.fieldError.${rule.key}`, { field, ...rule.options?.(m) }) };
    }
    return error;
  });
}

/** A user error made in the browser, for values the API cannot even receive (an empty district or date). */
export function clientError(path: string[], message: string): UserErrorLike {
  return { code: 'INVALID_INPUT', field: ['input', ...path], message };
}
