// G2: every stage of an application as entered in the monitoring system, oldest first, with its date and
// time in Asia/Almaty (T1) whatever the browser's zone, who acted by role (not by name), and the note recorded with it.
import { graphql, readFragment, type FragmentOf } from '@oryndau/client';
import { ApplicationStatusBadge, useEnumLabel, useFormat, useTranslation } from '@oryndau/ui';

export const StageTimelineFragment = graphql(`
  fragment StageTimeline_application on ServiceApplication {
    id
    stages {
      stage
      actorRole
      status
      at
      note
    }
  }
`);

export function StageTimeline({ application }: { application: FragmentOf<typeof StageTimelineFragment> }) {
  const data = readFragment(StageTimelineFragment, application);
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  if (data.stages.length === 0) return <p className="or-muted">{t('app.application.timelineEmpty')}</p>;
  return (
    <ol className="pt-timeline">
      {data.stages.map((stage, index) => (
        <li
          key={`${stage.at}-${stage.stage}-${index}`}
          className={index === data.stages.length - 1 ? 'pt-timeline__item pt-timeline__item--current' : 'pt-timeline__item'}
          data-stage={stage.stage}
        >
          <time className="pt-timeline__time" dateTime={stage.at}>
            {format.dateTime(stage.at)}
          </time>
          <p className="pt-timeline__title">{label('applicationStageKind', stage.stage)}</p>
          {stage.actorRole && <p className="pt-timeline__actor">{t(`role.${stage.actorRole}`)}</p>}
          <ApplicationStatusBadge status={stage.status} />
          {stage.note && <p className="pt-timeline__note">{stage.note}</p>}
        </li>
      ))}
    </ol>
  );
}
