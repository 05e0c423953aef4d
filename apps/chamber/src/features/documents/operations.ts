// The two actions on one executive document, started from the queue and from the document's page alike:
// the paper original received (CH3), and the assignment of a bailiff (CH2).
import { graphql } from '@oryndau/client';
import { UserErrorFragment } from '@oryndau/ui';
import { AssignmentOutcomeFragment } from '../assignments/AssignmentOutcome.tsx';
import { QueueRowFragment } from '../queue/QueueTable.tsx';

export const MarkOriginalReceivedMutation = graphql(
  `
    mutation ChamberMarkOriginalReceived($input: MarkOriginalReceivedInput!) {
      markOriginalReceived(input: $input) {
        document { id caseNumber ...QueueRow_document }
        userErrors { ...UserErrorFields }
      }
    }
  `,
  [QueueRowFragment, UserErrorFragment],
);

export const AssignDocumentMutation = graphql(
  `
    mutation ChamberAssignDocument($input: AssignDocumentInput!) {
      assignDocument(input: $input) {
        assignment {
          id
          ...AssignmentOutcome_assignment
          document { id status viewerCanAssign currentAssignment { id } proceeding { id } assignments { id } }
        }
        userErrors { ...UserErrorFields }
      }
    }
  `,
  [AssignmentOutcomeFragment, UserErrorFragment],
);
