// The API's user errors in the UI language. An error carries a stable `key` ("input.tooLong"), the values of
// its message (`params`: { max: 300 }) and the path of the field at fault; the text is the dictionary's
// `errorMessage.<key>` (../i18n/*.ts), with the params and `{{field}}` (the label of that field) put in.
// An error whose key this build does not know falls back to the translated name of its `code` followed by
// the API's own (English) message, so that nothing is hidden; no app reads the English message to decide.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { userErrorFieldName, type UserErrorLike } from '@oryndau/client';
import { formatDate, isDateOnly } from '../format.ts';
import { isLanguage, type Language } from '../i18n/core.ts';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The label of a form field by its name (the path without `input.`, e.g. "debtor.idNumber"). */
export type FieldLabel = (name: string) => string | null | undefined;

/** Scalars of `params`; a "YYYY-MM-DD" value is written as a date of the UI language. */
function paramsOf(error: UserErrorLike, language: Language): Record<string, string | number | boolean> {
  const params = error.params;
  if (!params || typeof params !== 'object' || Array.isArray(params)) return {};
  const out: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(params as Record<string, unknown>)) {
    if (typeof value === 'string') out[name] = isDateOnly(value) ? formatDate(value, language) : value;
    else if (typeof value === 'number' || typeof value === 'boolean') out[name] = value;
  }
  return out;
}

/** The message of one user error in `language`, `t` being the i18next translator of that language. */
export function userErrorMessage(error: UserErrorLike, t: Translate, language: Language, fieldLabel?: FieldLabel): string {
  const name = userErrorFieldName(error);
  const field = (name && fieldLabel?.(name)) || name || '';
  if (error.key) {
    const text = t(`errorMessage.${error.key}`, { ...paramsOf(error, language), field, defaultValue: '' });
    if (text) return text;
  }
  const code = t(`enum.userErrorCode.${error.code}`, { defaultValue: '' });
  return code ? `${code}: ${error.message}` : error.message;
}

/** The errors with `message` in the UI language (the other fields unchanged), for `<Form userErrors>`. */
export function localizeUserErrors(errors: readonly UserErrorLike[], t: Translate, language: Language, fieldLabel?: FieldLabel): UserErrorLike[] {
  return errors.map((error) => ({ ...error, message: userErrorMessage(error, t, language, fieldLabel) }));
}

/**
 * `localize(result.data?.verbNoun.userErrors)`: the errors in the UI language, or null when there are none.
 * `labels` names the form's fields (by name, or a function of the name) for messages such as “Fill in …”.
 */
export function useUserErrors(labels?: FieldLabel | Readonly<Record<string, string>>): (errors: readonly UserErrorLike[] | null | undefined) => UserErrorLike[] | null {
  const { t, i18n } = useTranslation();
  const fieldLabel: FieldLabel | undefined = typeof labels === 'object' ? (name) => labels[name] : labels;
  const language: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'kk';
  return useCallback((errors) => (errors && errors.length > 0 ? localizeUserErrors(errors, t as Translate, language, fieldLabel) : errors ? [] : null), [t, language, fieldLabel]);
}
