import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { almatyDate, formatDate, formatDateTime, isDateOnly } from './format.ts';
import { useLanguage } from './i18n/core.ts';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

/** A status as a coloured label; the text carries the meaning, the colour only repeats it. */
export function StatusBadge({ tone = 'neutral', children, title }: { tone?: BadgeTone; children: ReactNode; title?: string }) {
  return (
    <span className={`or-badge or-badge--${tone}`} title={title}>
      {children}
    </span>
  );
}

export type DeadlineState = 'upcoming' | 'today' | 'overdue';

/**
 * Where a deadline stands on `now`, in Asia/Almaty: a `Date` deadline ("YYYY-MM-DD") is overdue from
 * the next day; a `DateTime` deadline from that instant.
 */
export function deadlineState(due: string, now: Date = new Date()): DeadlineState {
  const today = almatyDate(now);
  if (isDateOnly(due)) return due < today ? 'overdue' : due === today ? 'today' : 'upcoming';
  if (new Date(due).getTime() < now.getTime()) return 'overdue';
  return almatyDate(due) === today ? 'today' : 'upcoming';
}

export interface DeadlineBadgeProps {
  /** The due date (`Date`, "YYYY-MM-DD") or instant (`DateTime`). */
  due: string;
  /**
   * The API's verdict when it gives one (it knows working days, suspensions and extensions); otherwise
   * it is computed from `due` and the current time.
   */
  overdue?: boolean | null;
  /** The task is done: no warning colours. */
  done?: boolean;
  now?: Date;
}

export function DeadlineBadge({ due, overdue, done = false, now }: DeadlineBadgeProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const computed = deadlineState(due, now);
  // The API's verdict wins both ways (a deadline may have been extended or suspended).
  const state: DeadlineState =
    overdue === true ? 'overdue' : overdue === false && computed === 'overdue' ? 'upcoming' : computed;
  const date = isDateOnly(due) ? formatDate(due, language) : formatDateTime(due, language);
  const tone: BadgeTone = done ? 'neutral' : state === 'overdue' ? 'danger' : state === 'today' ? 'warning' : 'info';
  const key = done ? 'deadline.due' : state === 'overdue' ? 'deadline.overdue' : state === 'today' ? 'deadline.dueToday' : 'deadline.due';
  return (
    <span className={`or-badge or-badge--${tone} or-deadline`} data-state={done ? 'done' : state}>
      <time dateTime={due}>{t(key, { date })}</time>
    </span>
  );
}
