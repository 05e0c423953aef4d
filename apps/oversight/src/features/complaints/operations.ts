// complaints (issue 10): the handlers' operations on a complaint (C3, G1, C4), shared by the complaint pages.
import { graphql } from '@oryndau/client';
import { UserErrorFragment } from '@oryndau/ui';

export const ExtendComplaintMutation = graphql(
  `
    mutation OversightExtendComplaint($input: ExtendComplaintInput!) {
      extendComplaint(input: $input) {
        userErrors {
          ...UserErrorFields
        }
        complaint {
          id
          status
          dueOn
          extended
          extensionNotice
          viewerCanExtend
        }
      }
    }
  `,
  [UserErrorFragment],
);

export const DecideComplaintMutation = graphql(
  `
    mutation OversightDecideComplaint($input: DecideComplaintInput!) {
      decideComplaint(input: $input) {
        userErrors {
          ...UserErrorFields
        }
        complaint {
          id
          status
          outcome
          viewerCanDecide
          viewerCanExtend
          viewerCanDirectProposal
        }
      }
    }
  `,
  [UserErrorFragment],
);

export const DirectProposalMutation = graphql(
  `
    mutation OversightDirectProposal($input: DirectComplaintProposalInput!) {
      directComplaintProposal(input: $input) {
        userErrors {
          ...UserErrorFields
        }
        complaint {
          id
          proposals {
            id
            status
          }
        }
      }
    }
  `,
  [UserErrorFragment],
);

export const CheckProposalMutation = graphql(
  `
    mutation OversightCheckProposal($input: CheckComplaintProposalInput!) {
      checkComplaintProposal(input: $input) {
        userErrors {
          ...UserErrorFields
        }
        complaint {
          id
          proposals {
            id
            status
          }
        }
      }
    }
  `,
  [UserErrorFragment],
);

export const complaintPath = (id: string) => `/complaints/${encodeURIComponent(id)}`;
