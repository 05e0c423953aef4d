// A figure with its label, optionally a link to the list behind it. @oryndau/ui has no statistic tile.
import type { ReactNode } from 'react';
import { Link } from '@oryndau/ui';

export interface StatTileProps {
  label: ReactNode;
  value: ReactNode;
  hint?: ReactNode;
  to?: string;
  linkLabel?: ReactNode;
  tone?: 'neutral' | 'info' | 'warning' | 'danger' | 'success';
  /** A stable hook for tests and analytics. */
  id?: string;
}

export function StatTile({ label, value, hint, to, linkLabel, tone = 'neutral', id }: StatTileProps) {
  return (
    <div className={`ch-stat ch-stat--${tone}`} data-stat={id}>
      <p className="ch-stat__label">{label}</p>
      <p className="ch-stat__value">{value}</p>
      {hint && <p className="ch-stat__hint">{hint}</p>}
      {to && linkLabel && (
        <Link to={to} className="ch-stat__link">
          {linkLabel}
        </Link>
      )}
    </div>
  );
}

export function StatGrid({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <div className="ch-stats" role="group" aria-label={label}>
      {children}
    </div>
  );
}
