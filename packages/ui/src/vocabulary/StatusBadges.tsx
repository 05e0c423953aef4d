// The status of a record as a badge: its label (./labels.ts) in the colour decided once (./tones.ts).
// `.or-status[data-status]` carries the machine value, for tests and styles; `title` may explain it.
import { StatusBadge, type BadgeTone } from '../badges.tsx';
import { useEnumLabel, type EnumGroup, type EnumValue } from './labels.ts';
import type { ApplicationStatus, DocumentStatus, InspectionStatus, LicenceStatus, ProceedingStatus } from './enums.ts';
import type { ComplaintProposalStatus, ComplaintStatus } from './enums.ts'; // complaints (issue 10)
import { COMPLAINT_PROPOSAL_STATUS_TONE, COMPLAINT_STATUS_TONE } from './tones.ts'; // complaints (issue 10)
import { APPLICATION_STATUS_TONE, DOCUMENT_STATUS_TONE, INSPECTION_STATUS_TONE, LICENCE_STATUS_TONE, PROCEEDING_STATUS_TONE } from './tones.ts';

function EnumBadge<G extends EnumGroup>({ group, status, tones, title }: { group: G; status: EnumValue<G>; tones: Record<EnumValue<G>, BadgeTone>; title?: string }) {
  const label = useEnumLabel();
  return (
    <span className="or-status" data-status={status}>
      <StatusBadge tone={tones[status] ?? 'neutral'} title={title || undefined}>
        {label(group, status)}
      </StatusBadge>
    </span>
  );
}

interface BadgeProps<S> {
  status: S;
  title?: string;
}

export const ApplicationStatusBadge = ({ status, title }: BadgeProps<ApplicationStatus>) => <EnumBadge group="applicationStatus" status={status} tones={APPLICATION_STATUS_TONE} title={title} />;
export const DocumentStatusBadge = ({ status, title }: BadgeProps<DocumentStatus>) => <EnumBadge group="documentStatus" status={status} tones={DOCUMENT_STATUS_TONE} title={title} />;
export const ProceedingStatusBadge = ({ status, title }: BadgeProps<ProceedingStatus>) => <EnumBadge group="proceedingStatus" status={status} tones={PROCEEDING_STATUS_TONE} title={title} />;
export const LicenceStatusBadge = ({ status, title }: BadgeProps<LicenceStatus>) => <EnumBadge group="licenceStatus" status={status} tones={LICENCE_STATUS_TONE} title={title} />;
export const InspectionStatusBadge = ({ status, title }: BadgeProps<InspectionStatus>) => <EnumBadge group="inspectionStatus" status={status} tones={INSPECTION_STATUS_TONE} title={title} />;
// complaints (issue 10)
export const ComplaintStatusBadge = ({ status, title }: BadgeProps<ComplaintStatus>) => <EnumBadge group="complaintStatus" status={status} tones={COMPLAINT_STATUS_TONE} title={title} />;
export const ComplaintProposalStatusBadge = ({ status, title }: BadgeProps<ComplaintProposalStatus>) => <EnumBadge group="complaintProposalStatus" status={status} tones={COMPLAINT_PROPOSAL_STATUS_TONE} title={title} />;
