// Forms that show the API's `userErrors` where they belong: an error summary at the top (linking to
// each field at fault) and each message again under its field. A user error's `field` is the input
// path (["input", "debtor", "iin"]); a <Field name="debtor.iin"> shows it.
import {
  createContext,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  type FormEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { graphql, userErrorFieldName, type UserErrorLike } from '@oryndau/client';
import { ErrorNotice } from './feedback.tsx';

/** Select it in every mutation payload: `userErrors { ...UserErrorFields }`. Unmasked: a plain shape. */
export const UserErrorFragment = graphql(`
  fragment UserErrorFields on UserError @_unmask {
    code
    field
    message
    key
    rule
    params
  }
`);

interface FormContextValue {
  idFor: (name: string) => string;
  errorsFor: (name: string) => readonly UserErrorLike[];
}

const FormContext = createContext<FormContextValue | null>(null);

interface FieldContextValue {
  id: string;
  name: string;
  describedBy: string | undefined;
  invalid: boolean;
}

const FieldContext = createContext<FieldContextValue | null>(null);

const safeId = (value: string) => value.replace(/[^A-Za-z0-9_-]/g, '-');

/** Groups user errors by field name (see userErrorFieldName); errors not tied to a field under "". */
export function groupUserErrors(errors: readonly UserErrorLike[]): Map<string, UserErrorLike[]> {
  const grouped = new Map<string, UserErrorLike[]>();
  for (const error of errors) {
    const name = userErrorFieldName(error) ?? '';
    grouped.set(name, [...(grouped.get(name) ?? []), error]);
  }
  return grouped;
}

export interface FormProps {
  onSubmit: () => void | Promise<unknown>;
  /** The `userErrors` of the last mutation. */
  userErrors?: readonly UserErrorLike[] | null;
  /** A transport or server error of the last mutation. */
  error?: CombinedError | null;
  submitLabel: ReactNode;
  submitting?: boolean;
  /** Extra buttons next to the submit button. */
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  'aria-label'?: string;
  'aria-labelledby'?: string;
}

export function Form({ onSubmit, userErrors, error, submitLabel, submitting = false, actions, children, className, ...aria }: FormProps) {
  const { t } = useTranslation();
  const formId = safeId(useId());
  const errors = useMemo(() => userErrors ?? [], [userErrors]);
  const grouped = useMemo(() => groupUserErrors(errors), [errors]);
  const context = useMemo<FormContextValue>(
    () => ({ idFor: (name) => `${formId}-${safeId(name)}`, errorsFor: (name) => grouped.get(name) ?? [] }),
    [formId, grouped],
  );
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) summaryRef.current?.focus();
  }, [errors]);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!submitting) void onSubmit();
  };

  return (
    <FormContext.Provider value={context}>
      <form className={['or-form', className].filter(Boolean).join(' ')} onSubmit={handleSubmit} noValidate aria-busy={submitting} {...aria}>
        {errors.length > 0 && (
          <div className="or-error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
            <p className="or-error-summary__title">{t('form.errorSummary')}</p>
            <ul>
              {errors.map((e, i) => {
                const name = userErrorFieldName(e);
                return (
                  <li key={`${name ?? ''}-${i}`}>{name ? <a href={`#${context.idFor(name)}`}>{e.message}</a> : e.message}</li>
                );
              })}
            </ul>
          </div>
        )}
        {error && <ErrorNotice error={error} />}
        {children}
        <div className="or-form__actions">
          <button type="submit" className="or-button" disabled={submitting}>
            {submitting ? t('form.submitting') : submitLabel}
          </button>
          {actions}
        </div>
      </form>
    </FormContext.Provider>
  );
}

export interface FieldProps {
  /** The input's path without `input.`, e.g. `login` or `debtor.iin`; user errors with that path show here. */
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  optional?: boolean;
  children: ReactNode;
}

export function Field({ name, label, hint, optional, children }: FieldProps) {
  const { t } = useTranslation();
  const form = useContext(FormContext);
  const fallbackId = safeId(useId());
  const id = form ? form.idFor(name) : `${fallbackId}-${safeId(name)}`;
  const errors = form?.errorsFor(name) ?? [];
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const field = useMemo(() => ({ id, name, describedBy, invalid: errors.length > 0 }), [id, name, describedBy, errors.length]);
  return (
    <FieldContext.Provider value={field}>
      <div className={errors.length > 0 ? 'or-field or-field--error' : 'or-field'}>
        <label className="or-field__label" htmlFor={id}>
          {label}
          {optional && <span className="or-field__optional"> ({t('form.optional')})</span>}
        </label>
        {hint && (
          <p className="or-field__hint" id={hintId}>
            {hint}
          </p>
        )}
        {errors.length > 0 && (
          <p className="or-field__error" id={errorId}>
            {errors.map((e) => e.message).join(' ')}
          </p>
        )}
        {children}
      </div>
    </FieldContext.Provider>
  );
}

function useFieldProps(props: { id?: string; name?: string; 'aria-describedby'?: string; 'aria-invalid'?: unknown }) {
  const field = useContext(FieldContext);
  return {
    id: props.id ?? field?.id,
    name: props.name ?? field?.name,
    'aria-describedby': props['aria-describedby'] ?? field?.describedBy,
    'aria-invalid': field?.invalid ? true : undefined,
  };
}

export function TextInput({ className, ...props }: InputHTMLAttributes<HTMLInputElement>) {
  const fieldProps = useFieldProps(props);
  return <input type="text" {...props} {...fieldProps} className={['or-input', className].filter(Boolean).join(' ')} />;
}

export function TextArea({ className, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const fieldProps = useFieldProps(props);
  return <textarea rows={4} {...props} {...fieldProps} className={['or-input', 'or-textarea', className].filter(Boolean).join(' ')} />;
}

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  options: readonly SelectOption[];
  /** Shown as an empty first option; defaults to "Choose…". Pass null for none. */
  placeholder?: string | null;
}

export function Select({ options, placeholder, className, ...props }: SelectProps) {
  const { t } = useTranslation();
  const fieldProps = useFieldProps(props);
  const empty = placeholder === undefined ? t('form.choose') : placeholder;
  return (
    <select {...props} {...fieldProps} className={['or-input', 'or-select', className].filter(Boolean).join(' ')}>
      {empty !== null && <option value="">{empty}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value} disabled={option.disabled}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
