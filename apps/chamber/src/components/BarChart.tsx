// A horizontal bar chart in plain CSS: one labelled bar per item, each with its value written out (the
// bars only repeat the numbers). @oryndau/ui has no chart.
import type { ReactNode } from 'react';

export interface BarChartItem {
  key: string;
  label: ReactNode;
  value: number;
  /** A muted bar, e.g. for a member who cannot receive cases now. */
  muted?: boolean;
  /** Shown under the label. */
  note?: ReactNode;
}

export interface BarChartProps {
  /** Names the chart for screen readers and as its visible title. */
  caption: ReactNode;
  items: readonly BarChartItem[];
  /** The value of a full bar; default the largest value. */
  max?: number;
  formatValue?: (value: number) => string;
  /** Marks the values with a line each, e.g. the mean. */
  reference?: { value: number; label: string };
}

export function BarChart({ caption, items, max, formatValue = String, reference }: BarChartProps) {
  const top = Math.max(max ?? 0, ...items.map((i) => i.value), reference?.value ?? 0, 1);
  const percent = (value: number) => `${Math.max(0, Math.min(100, (value / top) * 100))}%`;
  return (
    <figure className="ch-bars">
      <figcaption className="ch-bars__caption">{caption}</figcaption>
      <ul className="ch-bars__list">
        {items.map((item) => (
          <li key={item.key} className={item.muted ? 'ch-bars__row ch-bars__row--muted' : 'ch-bars__row'}>
            <span className="ch-bars__label">
              <span className="ch-bars__name">{item.label}</span>
              {item.note && <span className="ch-bars__note">{item.note}</span>}
            </span>
            <span className="ch-bars__track" aria-hidden="true">
              <span className="ch-bars__bar" style={{ width: percent(item.value) }} />
              {reference && <span className="ch-bars__reference" style={{ left: percent(reference.value) }} />}
            </span>
            <span className="ch-bars__value">{formatValue(item.value)}</span>
          </li>
        ))}
      </ul>
      {reference && (
        <p className="ch-bars__legend">
          <span className="ch-bars__legend-mark" aria-hidden="true" /> {reference.label}
        </p>
      )}
    </figure>
  );
}
