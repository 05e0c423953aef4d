// complaints (issue 10): the handlers' operations on a complaint (C3, G1, C4), shared by the complaint pages.
import { graphql } from '@oryndau/client';
import { UserErrorFragment } from '@oryndau/ui';

/** frontend (issue 7): what a handler's change may alter on a complaint, refreshed in the cache by every
 * operation below (status, terms, outcome, what the viewer may do next, the proposals' states). */
export const ComplaintChangedFragment = graphql(`
  fragment OversightComplaintChanged_complaint on Complaint {
    id
    status
    dueOn
    extended
    extensionNotice
    outcome
    viewerCanDecide
    viewerCanExtend
    viewerCanDirectProposal
    proposals {
      id
      status
    }
  }
`);

export const ExtendComplaintMutation = graphql(
  `
    mutation OversightExtendComplaint($input: ExtendComplaintInput!) {
      extendComplaint(input: $input) {
        userErrors {
          ...UserErrorFields
        }
        complaint {
          ...OversightComplaintChanged_complaint
        }
      }
    }
  `,
  [UserErrorFragment, ComplaintChangedFragment],
);

export const DecideComplaintMutation = graphql(
  `
    mutation OversightDecideComplaint($input: DecideComplaintInput!) {
      decideComplaint(input: $input) {
        userErrors {
          ...UserErrorFields
        }
        complaint {
          ...OversightComplaintChanged_complaint
        }
      }
    }
  `,
  [UserErrorFragment, ComplaintChangedFragment],
);

export const DirectProposalMutation = graphql(
  `
    mutation OversightDirectProposal($input: DirectComplaintProposalInput!) {
      directComplaintProposal(input: $input) {
        userErrors {
          ...UserErrorFields
        }
        complaint {
          ...OversightComplaintChanged_complaint
        }
      }
    }
  `,
  [UserErrorFragment, ComplaintChangedFragment],
);

export const CheckProposalMutation = graphql(
  `
    mutation OversightCheckProposal($input: CheckComplaintProposalInput!) {
      checkComplaintProposal(input: $input) {
        userErrors {
          ...UserErrorFields
        }
        complaint {
          ...OversightComplaintChanged_complaint
        }
      }
    }
  `,
  [UserErrorFragment, ComplaintChangedFragment],
);

export const complaintPath = (id: string) => `/complaints/${encodeURIComponent(id)}`;
