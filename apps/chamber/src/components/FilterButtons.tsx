// A group of toggle buttons to filter a list (one choice at a time). @oryndau/ui has no segmented control.
import type { ReactNode } from 'react';

export interface FilterOption<T extends string> {
  value: T;
  label: ReactNode;
}

export function FilterButtons<T extends string>({
  label,
  options,
  value,
  onChange,
  name,
}: {
  label: string;
  options: readonly FilterOption<T>[];
  value: T;
  onChange: (value: T) => void;
  /** A stable hook: `data-filter` of the group. */
  name: string;
}) {
  return (
    <div className="ch-filter" role="group" aria-label={label} data-filter={name}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className="ch-filter__option"
          aria-pressed={option.value === value}
          data-value={option.value}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
