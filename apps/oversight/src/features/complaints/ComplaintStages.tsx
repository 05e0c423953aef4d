// complaints (issue 10) — G2: every stage of a complaint, who by role and when.
import { graphql, readFragment, type FragmentOf } from '@oryndau/client';
import { ComplaintStatusBadge, useEnumLabel, useFormat, useRoleLabel } from '@oryndau/ui';

export const ComplaintStagesFragment = graphql(`
  fragment ComplaintStages_complaint on Complaint {
    id
    stages {
      stage
      status
      at
      actorRole
      note
    }
  }
`);

export function ComplaintStages({ complaint }: { complaint: FragmentOf<typeof ComplaintStagesFragment> }) {
  const c = readFragment(ComplaintStagesFragment, complaint);
  const label = useEnumLabel();
  const roleLabel = useRoleLabel();
  const format = useFormat();
  return (
    <ol className="ov-stages">
      {c.stages.map((s, i) => (
        <li key={`${s.at}-${i}`} data-stage={s.stage}>
          <time dateTime={s.at}>{format.dateTime(s.at)}</time> — <strong>{label('complaintStageKind', s.stage)}</strong> <ComplaintStatusBadge status={s.status} />
          {s.actorRole && <span className="or-muted"> · {roleLabel(s.actorRole)}</span>}
          {s.note && <p className="or-muted">{s.note}</p>}
        </li>
      ))}
    </ol>
  );
}
