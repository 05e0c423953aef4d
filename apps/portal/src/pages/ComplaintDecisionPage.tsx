// complaints (issue 10) — G1: the decision on a complaint as a document: print it or save it as PDF from the
// browser's print dialog (the signed-documents module is not on main yet).
import { useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { Link, NodePageFallback, PageHeader, useTranslation } from '@oryndau/ui';
import { ComplaintDecision, ComplaintDecisionFragment } from '../features/complaints/ComplaintDecision.tsx';
import { complaintPath } from '../features/complaints/operations.ts';

const DecisionQuery = graphql(
  `
    query PortalComplaintDecision($id: ID!) {
      node(id: $id) {
        id
        ... on Complaint {
          number
          outcome
          ...ComplaintDecision_complaint
        }
      }
    }
  `,
  [ComplaintDecisionFragment],
);

export function ComplaintDecisionPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const [result, refetch] = useQuery({ query: DecisionQuery, variables: { id } });
  const node = result.data?.node;
  const c = node && 'number' in node ? node : null;
  if (!c) return <NodePageFallback result={result} refetch={refetch} notFound={t('app.complaints.notFound')} />;
  return (
    <>
      <PageHeader
        title={t('app.complaints.decisionTitle', { number: c.number })}
        actions={
          <span className="pt-no-print">
            <button type="button" className="or-button" onClick={() => window.print()}>
              {t('app.complaints.print')}
            </button>{' '}
            <Link to={complaintPath(c.id)} className="or-button or-button--secondary">
              {t('app.complaints.backToComplaint')}
            </Link>
          </span>
        }
      />
      {c.outcome ? <ComplaintDecision complaint={c} /> : <p>{t('app.complaints.noDecision')}</p>}
    </>
  );
}
