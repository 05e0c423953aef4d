// Generic form pieces @oryndau/ui does not have yet: a fieldset with a legend, a checkbox with a hint, and a
// group of radio buttons each with an explanation. Same look as the ui's <Field> (styles in ../portal.css).
// Candidates for @oryndau/ui; kept here because this app owns only apps/portal.
import { useId, type ReactNode } from 'react';

export function Fieldset({ legend, lead, children, className }: { legend: ReactNode; lead?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <fieldset className={['pt-fieldset', className].filter(Boolean).join(' ')}>
      <legend className="pt-fieldset__legend">{legend}</legend>
      {lead && <p className="pt-fieldset__lead">{lead}</p>}
      {children}
    </fieldset>
  );
}

export interface CheckboxProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** A short tag after the label, e.g. "required for this package". */
  tag?: ReactNode;
  tagTone?: 'required' | 'optional';
  checked: boolean;
  onChange: (checked: boolean) => void;
  value?: string;
}

export function Checkbox({ name, label, hint, tag, tagTone = 'optional', checked, onChange, value }: CheckboxProps) {
  const id = `pt-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="pt-choice">
      <input
        id={id}
        className="pt-choice__input"
        type="checkbox"
        name={name}
        value={value}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={hintId}
      />
      <label className="pt-choice__label" htmlFor={id}>
        {label}
        {tag && <span className={`pt-tag pt-tag--${tagTone}`}>{tag}</span>}
      </label>
      {hint && (
        <p className="pt-choice__hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}

export interface RadioOption<V extends string> {
  value: V;
  label: ReactNode;
  hint?: ReactNode;
}

export interface RadioGroupProps<V extends string> {
  /** The input's path without `input.`, as for <Field>. */
  name: string;
  legend: ReactNode;
  options: readonly RadioOption<V>[];
  value: V | null;
  onChange: (value: V) => void;
  /** Messages of user errors on this field. */
  errors?: readonly string[];
}

export function RadioGroup<V extends string>({ name, legend, options, value, onChange, errors = [] }: RadioGroupProps<V>) {
  const base = `pt-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const errorId = errors.length > 0 ? `${base}-error` : undefined;
  return (
    <fieldset className={errors.length > 0 ? 'pt-radios or-field or-field--error' : 'pt-radios or-field'} aria-describedby={errorId}>
      <legend className="or-field__label">{legend}</legend>
      {errors.length > 0 && (
        <p className="or-field__error" id={errorId}>
          {errors.join(' ')}
        </p>
      )}
      {options.map((option) => {
        const id = `${base}-${option.value}`;
        return (
          <div className="pt-choice pt-choice--radio" key={option.value}>
            <input
              id={id}
              className="pt-choice__input"
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              aria-describedby={option.hint ? `${id}-hint` : undefined}
            />
            <label className="pt-choice__label" htmlFor={id}>
              {option.label}
            </label>
            {option.hint && (
              <p className="pt-choice__hint" id={`${id}-hint`}>
                {option.hint}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
