// The inspection mutations the oversight pages share (issue 10): each returns the inspection's life fragment,
// so that Graphcache updates the page in place.
import { graphql } from '@oryndau/client';
import { UserErrorFragment } from '@oryndau/ui';
import { InspectionLifeFragment } from './InspectionLife.tsx';

export const PlanInspectionMutation = graphql(
  `mutation OversightPlanInspection($input: PlanInspectionInput!) { planInspection(input: $input) { userErrors { ...UserErrorFields } inspection { id status startsOn } } }`,
  [UserErrorFragment],
);
export const ApprovePlanMutation = graphql(
  `mutation OversightApprovePlan($input: ApproveInspectionPlanInput!) { approveInspectionPlan(input: $input) { userErrors { ...UserErrorFields } plan { id approvedAt approvedLate viewerCanApprove } } }`,
  [UserErrorFragment],
);
export const OpenUnscheduledMutation = graphql(
  `mutation OversightOpenUnscheduled($input: OpenUnscheduledInspectionInput!) { openUnscheduledInspection(input: $input) { userErrors { ...UserErrorFields } inspection { id ...InspectionLife_inspection } } }`,
  [UserErrorFragment, InspectionLifeFragment],
);
export const SendNoticeMutation = graphql(
  `mutation OversightSendNotice($input: SendInspectionNoticeInput!) { sendInspectionNotice(input: $input) { userErrors { ...UserErrorFields } inspection { id ...InspectionLife_inspection } } }`,
  [UserErrorFragment, InspectionLifeFragment],
);
export const StartMutation = graphql(
  `mutation OversightStartInspection($input: StartInspectionInput!) { startInspection(input: $input) { userErrors { ...UserErrorFields } inspection { id ...InspectionLife_inspection } } }`,
  [UserErrorFragment, InspectionLifeFragment],
);
export const SuspendMutation = graphql(
  `mutation OversightSuspendInspection($input: SuspendInspectionInput!) { suspendInspection(input: $input) { userErrors { ...UserErrorFields } inspection { id ...InspectionLife_inspection } } }`,
  [UserErrorFragment, InspectionLifeFragment],
);
export const ChangeInspectorsMutation = graphql(
  `mutation OversightChangeInspectors($input: ChangeInspectionInspectorsInput!) { changeInspectionInspectors(input: $input) { userErrors { ...UserErrorFields } inspection { id ...InspectionLife_inspection } } }`,
  [UserErrorFragment, InspectionLifeFragment],
);
export const ResumeMutation = graphql(
  `mutation OversightResumeInspection($input: ResumeInspectionInput!) { resumeInspection(input: $input) { userErrors { ...UserErrorFields } inspection { id ...InspectionLife_inspection } } }`,
  [UserErrorFragment, InspectionLifeFragment],
);
export const DraftMutation = graphql(
  `mutation OversightSendDraft($input: SendDraftCertificateInput!) { sendDraftCertificate(input: $input) { userErrors { ...UserErrorFields } inspection { id ...InspectionLife_inspection } } }`,
  [UserErrorFragment, InspectionLifeFragment],
);
export const ObjectionsMutation = graphql(
  `mutation OversightObjections($input: RecordInspectionObjectionsInput!) { recordInspectionObjections(input: $input) { userErrors { ...UserErrorFields } inspection { id ...InspectionLife_inspection } } }`,
  [UserErrorFragment, InspectionLifeFragment],
);
export const CertificateMutation = graphql(
  `mutation OversightCertificate($input: SendInspectionCertificateInput!) { sendInspectionCertificate(input: $input) { userErrors { ...UserErrorFields } inspection { id ...InspectionLife_inspection } } }`,
  [UserErrorFragment, InspectionLifeFragment],
);
export const FollowUpMutation = graphql(
  `mutation OversightFollowUp($input: RecordRecommendationResultInput!) { recordRecommendationResult(input: $input) { userErrors { ...UserErrorFields } inspection { id ...InspectionLife_inspection } } }`,
  [UserErrorFragment, InspectionLifeFragment],
);
export const InvalidMutation = graphql(
  `mutation OversightInvalid($input: DeclareInspectionInvalidInput!) { declareInspectionInvalid(input: $input) { userErrors { ...UserErrorFields } inspection { id ...InspectionLife_inspection } } }`,
  [UserErrorFragment, InspectionLifeFragment],
);
