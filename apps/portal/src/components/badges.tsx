// Status badges of applications, executive documents and proceedings: the translated status, its colour,
// and the explanation as a tooltip. `data-status` carries the machine value for tests and styles.
import { StatusBadge, useTranslation } from '@oryndau/ui';
import { applicationStatusTone, documentStatusTone, proceedingStatusTone, useLabel } from '../labels.ts';

export function ApplicationStatusBadge({ status }: { status: string }) {
  const label = useLabel();
  const { t } = useTranslation();
  return (
    <span className="pt-status" data-status={status}>
      <StatusBadge tone={applicationStatusTone(status)} title={t(`app.statusHint.${status}`, { defaultValue: '' }) || undefined}>
        {label('status', status)}
      </StatusBadge>
    </span>
  );
}

export function DocumentStatusBadge({ status }: { status: string }) {
  const label = useLabel();
  return (
    <span className="pt-status" data-status={status}>
      <StatusBadge tone={documentStatusTone(status)}>{label('documentStatus', status)}</StatusBadge>
    </span>
  );
}

export function ProceedingStatusBadge({ status }: { status: string }) {
  const label = useLabel();
  return (
    <span className="pt-status" data-status={status}>
      <StatusBadge tone={proceedingStatusTone(status)}>{label('proceedingStatus', status)}</StatusBadge>
    </span>
  );
}
