// complaints (issue 10): the portal's complaint operations, shared by the pages that use them.
import { graphql } from '@oryndau/client';
import { UserErrorFragment } from '@oryndau/ui';

export const FileComplaintMutation = graphql(
  `
    mutation PortalFileComplaint($input: FileComplaintInput!) {
      fileComplaint(input: $input) {
        userErrors {
          ...UserErrorFields
        }
        accessCode
        complaint {
          id
          number
          dueOn
          status
        }
      }
    }
  `,
  [UserErrorFragment],
);

export const IssueStatusAccessCodeMutation = graphql(
  `
    mutation PortalIssueStatusAccessCode($input: IssueStatusAccessCodeInput!) {
      issueStatusAccessCode(input: $input) {
        userErrors {
          ...UserErrorFields
        }
        number
        accessCode
      }
    }
  `,
  [UserErrorFragment],
);

export const PublicStatusCheckQuery = graphql(
  `
    query PortalPublicStatusCheck($number: String!, $accessCode: String!) {
      publicStatusCheck(number: $number, accessCode: $accessCode) {
        userErrors {
          ...UserErrorFields
        }
        status {
          number
          itemKind
          stage
          stageAt
          dueOn
          decided
          overdue
        }
      }
    }
  `,
  [UserErrorFragment],
);

/** The path of a complaint's page, of its decision, and of the form (for an application, about something). */
export const complaintPath = (id: string) => `/complaints/${encodeURIComponent(id)}`;
export const complaintDecisionPath = (id: string) => `/complaints/${encodeURIComponent(id)}/decision`;
export const newComplaintPath = (applicationId: string, about?: string) => `/complaints/new?application=${encodeURIComponent(applicationId)}${about ? `&about=${about}` : ''}`;
