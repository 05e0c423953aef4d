// complaints (issue 10) — G2: every stage of a complaint, oldest first, who by role and when (Astana time).
import { graphql, readFragment, type FragmentOf } from '@oryndau/client';
import { ComplaintStatusBadge, useEnumLabel, useFormat, useRoleLabel, useTranslation } from '@oryndau/ui';

export const ComplaintTimelineFragment = graphql(`
  fragment ComplaintTimeline_complaint on Complaint {
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

export function ComplaintTimeline({ complaint }: { complaint: FragmentOf<typeof ComplaintTimelineFragment> }) {
  const data = readFragment(ComplaintTimelineFragment, complaint);
  const { t } = useTranslation();
  const label = useEnumLabel();
  const roleLabel = useRoleLabel();
  const format = useFormat();
  return (
    <ol className="pt-timeline">
      {data.stages.map((s, i) => (
        <li key={`${s.at}-${s.stage}-${i}`} className={i === data.stages.length - 1 ? 'pt-timeline__item pt-timeline__item--current' : 'pt-timeline__item'} data-stage={s.stage}>
          <time className="pt-timeline__time" dateTime={s.at}>
            {format.dateTime(s.at)}
          </time>
          <p className="pt-timeline__title">{label('complaintStageKind', s.stage)}</p>
          <ComplaintStatusBadge status={s.status} />
          {s.actorRole && <p className="pt-timeline__note">{t('app.complaints.by', { role: roleLabel(s.actorRole) })}</p>}
        </li>
      ))}
    </ol>
  );
}
