// G2: the stages of the applicant's petition, each with who (by role) and when.
import { graphql, readFragment, type FragmentOf } from '@oryndau/client';
import { useEnumLabel, useFormat, useRoleLabel, useTranslation } from '@oryndau/ui';

export const PetitionStagesFragment = graphql(`
  fragment PortalPetitionStage on LegalAssistanceStage {
    stage
    actorRole
    at
  }
`);

export function PetitionStages({ stages }: { stages: readonly FragmentOf<typeof PetitionStagesFragment>[] }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const role = useRoleLabel();
  const format = useFormat();
  return (
    <ol className="pt-petition-stages" aria-label={t('app.recognition.stages')}>
      {stages.map((raw) => {
        const s = readFragment(PetitionStagesFragment, raw);
        return (
          <li key={`${s.stage}-${s.at}`} data-stage={s.stage}>
            <strong>{label('legalAssistanceStageKind', s.stage)}</strong> — {format.dateTime(s.at)}
            {s.actorRole ? ` · ${role(s.actorRole)}` : ''}
          </li>
        );
      })}
    </ol>
  );
}
