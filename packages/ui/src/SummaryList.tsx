// A description list of facts (the `or-summary-list` look), skipping empty values. frontend (issue 7): shared by the apps.
import type { ReactNode } from 'react';

export interface SummaryItem {
  key: string;
  label: ReactNode;
  value: ReactNode;
}

/** Items may be left out with `condition && { … }`. */
export function SummaryList({ items }: { items: readonly (SummaryItem | false | null | undefined | '')[] }) {
  const shown = items.filter((item): item is SummaryItem => !!item && item.value !== null && item.value !== undefined && item.value !== '');
  return (
    <dl className="or-summary-list">
      {shown.map((item) => (
        <div key={item.key} data-fact={item.key}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
