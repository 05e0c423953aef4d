// Small pieces that show an executive document the same way on every page.
import { Link, StatusBadge } from '@oryndau/ui';
import { useEnumLabel, type DocumentStatus } from '../../lib/enums.ts';
import { DOCUMENT_STATUS_TONE } from '../../lib/tones.ts';

/** The court and the case number, linking to the document's page when `to` is given. */
export function CourtCase({ court, caseNumber, to }: { court: string; caseNumber: string; to?: string }) {
  return (
    <span className="ch-court-case">
      {to ? (
        <Link to={to} className="ch-court-case__number">
          {caseNumber}
        </Link>
      ) : (
        <span className="ch-court-case__number">{caseNumber}</span>
      )}
      <span className="ch-court-case__court">{court}</span>
    </span>
  );
}

export function DocumentStatusBadge({ status }: { status: DocumentStatus }) {
  const label = useEnumLabel();
  return (
    <span data-status={status}>
      <StatusBadge tone={DOCUMENT_STATUS_TONE[status]}>{label('documentStatus', status)}</StatusBadge>
    </span>
  );
}
