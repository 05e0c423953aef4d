// admit (issue 9): whether a bailiff's licence lets them receive cases (L9, CH2: only a valid licence), and, when
// not, why — suspended since, revoked on, terminated, superseded, or no licence at all. Tones in ./tones.ts.
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../badges.tsx';
import type { LicenceStatus } from './enums.ts';
import { useFormat } from './format.ts';
import { LICENCE_ELIGIBILITY_TONE } from './tones.ts';

export interface EligibilityLicence {
  status: LicenceStatus;
  suspendedAt?: string | null;
  revokedAt?: string | null;
}

export function LicenceEligibility({ licence }: { licence: EligibilityLicence | null | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (licence?.status === 'ACTIVE') {
    return (
      <span className="or-eligibility" data-eligible="true">
        <StatusBadge tone={LICENCE_ELIGIBILITY_TONE.eligible}>{t('licenceEligibility.eligible')}</StatusBadge>
      </span>
    );
  }
  const reason = licence?.status ?? 'NONE';
  const since = licence?.status === 'SUSPENDED' ? licence.suspendedAt : licence?.status === 'REVOKED' ? licence.revokedAt : null;
  return (
    <span className="or-eligibility" data-eligible="false" data-reason={reason}>
      <StatusBadge tone={LICENCE_ELIGIBILITY_TONE.notEligible}>{t('licenceEligibility.notEligible')}</StatusBadge>{' '}
      <span>{t(`licenceEligibility.reason.${reason}`, { date: since ? format.date(since) : '—' })}</span>
    </span>
  );
}
