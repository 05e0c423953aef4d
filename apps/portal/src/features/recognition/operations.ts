// The petitions of a party in whose favour a foreign judgment was given (LA4): filing, and presenting the
// recognised judgment for enforcement through the ordinary intake (CH1, CH2).
import { graphql } from '@oryndau/client';
import { UserErrorFragment } from '@oryndau/ui';

export const FileRecognitionPetitionMutation = graphql(
  `
    mutation PortalFileRecognitionPetition($input: FileRecognitionPetitionInput!) {
      fileRecognitionPetition(input: $input) {
        petition { id number status late filingDueOn }
        userErrors { ...UserErrorFields }
      }
    }
  `,
  [UserErrorFragment],
);

export const EnforceRecognisedJudgmentMutation = graphql(
  `
    mutation PortalEnforceRecognisedJudgment($input: EnforceRecognisedJudgmentInput!) {
      enforceRecognisedJudgment(input: $input) {
        petition { id status }
        application { id number }
        userErrors { ...UserErrorFields }
      }
    }
  `,
  [UserErrorFragment],
);

export const RecognitionReferenceQuery = graphql(`
  query PortalRecognitionReference {
    courts { id nameKk nameRu nameEn }
    foreignStates { id nameKk nameRu nameEn }
    legalAssistanceTreaties { id titleKk titleRu titleEn parties { id } }
    regions { id code nameKk nameRu nameEn districts { id code nameKk nameRu nameEn } }
  }
`);
