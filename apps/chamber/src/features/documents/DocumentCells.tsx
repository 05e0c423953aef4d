// Small pieces that show an executive document the same way on every page.
import { Link } from '@oryndau/ui';

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
