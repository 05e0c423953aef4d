// Enforcement intake at a justice office (E1–E4, G2): what the paper-intake page reads and the mutation it calls.
import { graphql } from '@oryndau/client';
import { UserErrorFragment } from '@oryndau/ui';

/** The officer's regions (a justice officer registers only in their own, E1) and their enforcement districts. */
export const IntakeReferenceQuery = graphql(`
  query DeskIntakeReference {
    viewer {
      id
      roles {
        role
        region { id }
      }
    }
    regions {
      id
      nameKk
      nameRu
      nameEn
      districts { id nameKk nameRu nameEn }
    }
  }
`);

export const RegisterPaperApplicationMutation = graphql(
  `
    mutation DeskRegisterPaperApplication($input: SubmitEnforcementApplicationInput!) {
      submitEnforcementApplication(input: $input) {
        accepted
        accessCode
        userErrors { ...UserErrorFields }
        application {
          id
          number
          status
          registeredAt
          missingDocuments
          executiveDocument {
            id
            routing
            proceeding { id decisionDueOn }
          }
        }
      }
    }
  `,
  [UserErrorFragment],
);
