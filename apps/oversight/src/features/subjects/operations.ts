// Q1 (4), (5): the mutations that keep the plan's records (quality-control inspectors). Each returns its record;
// the subject page refetches its tables after a success (a new record is not in a list the cache holds).
import { graphql } from '@oryndau/client';
import { UserErrorFragment } from '@oryndau/ui';

export const RecordFineMutation = graphql(
  `mutation OversightRecordProviderFine($input: RecordProviderFineInput!) { recordProviderFine(input: $input) { userErrors { ...UserErrorFields } fine { id official decidedOn amountTenge note createdAt } } }`,
  [UserErrorFragment],
);
export const IssueRecommendationMutation = graphql(
  `mutation OversightIssueMonitoringRecommendation($input: IssueMonitoringRecommendationInput!) { issueMonitoringRecommendation(input: $input) { userErrors { ...UserErrorFields } recommendation { id text issuedOn dueOn implementedOn state viewerCanRecordImplementation createdAt } } }`,
  [UserErrorFragment],
);
export const RecordImplementationMutation = graphql(
  `mutation OversightRecordMonitoringImplementation($input: RecordMonitoringImplementationInput!) { recordMonitoringImplementation(input: $input) { userErrors { ...UserErrorFields } recommendation { id implementedOn state viewerCanRecordImplementation } } }`,
  [UserErrorFragment],
);
