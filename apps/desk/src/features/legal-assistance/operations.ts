// The mutations of legal assistance that the desk's pages share.
import { graphql } from '@oryndau/client';
import { UserErrorFragment } from '@oryndau/ui';

export const RegisterIncomingOrderMutation = graphql(
  `
    mutation DeskRegisterIncomingOrder($input: RegisterIncomingOrderInput!) {
      registerIncomingOrder(input: $input) {
        order { id number status }
        userErrors { ...UserErrorFields }
      }
    }
  `,
  [UserErrorFragment],
);

export const ForwardIncomingOrderMutation = graphql(
  `
    mutation DeskForwardIncomingOrder($input: ForwardIncomingOrderInput!) {
      forwardIncomingOrder(input: $input) {
        order { id status }
        userErrors { ...UserErrorFields }
      }
    }
  `,
  [UserErrorFragment],
);

export const RecordOrderExecutionMutation = graphql(
  `
    mutation DeskRecordOrderExecution($input: RecordOrderExecutionInput!) {
      recordOrderExecution(input: $input) {
        order { id status }
        userErrors { ...UserErrorFields }
      }
    }
  `,
  [UserErrorFragment],
);

export const SendIncomingOrderResultMutation = graphql(
  `
    mutation DeskSendIncomingOrderResult($input: SendIncomingOrderResultInput!) {
      sendIncomingOrderResult(input: $input) {
        order { id status }
        userErrors { ...UserErrorFields }
      }
    }
  `,
  [UserErrorFragment],
);

export const PrepareOutgoingOrderMutation = graphql(
  `
    mutation DeskPrepareOutgoingOrder($input: PrepareOutgoingOrderInput!) {
      prepareOutgoingOrder(input: $input) {
        order { id number status }
        userErrors { ...UserErrorFields }
      }
    }
  `,
  [UserErrorFragment],
);

export const SendOutgoingOrderMutation = graphql(
  `
    mutation DeskSendOutgoingOrder($input: SendOutgoingOrderInput!) {
      sendOutgoingOrder(input: $input) {
        order { id status }
        userErrors { ...UserErrorFields }
      }
    }
  `,
  [UserErrorFragment],
);

export const HandleOutgoingOrderMutation = graphql(
  `
    mutation DeskHandleOutgoingOrder($input: HandleOutgoingOrderInput!) {
      handleOutgoingOrder(input: $input) {
        order { id status }
        userErrors { ...UserErrorFields }
      }
    }
  `,
  [UserErrorFragment],
);

export const RecordOutgoingAnswerMutation = graphql(
  `
    mutation DeskRecordOutgoingAnswer($input: RecordOutgoingAnswerInput!) {
      recordOutgoingAnswer(input: $input) {
        order { id status }
        userErrors { ...UserErrorFields }
      }
    }
  `,
  [UserErrorFragment],
);

export const DecideRecognitionPetitionMutation = graphql(
  `
    mutation DeskDecideRecognitionPetition($input: DecideRecognitionPetitionInput!) {
      decideRecognitionPetition(input: $input) {
        petition { id status }
        userErrors { ...UserErrorFields }
      }
    }
  `,
  [UserErrorFragment],
);

/** The reference data the forms choose from. */
export const LegalReferenceQuery = graphql(`
  query DeskLegalReference {
    courts { id code nameKk nameRu nameEn }
    foreignStates { id code nameKk nameRu nameEn languages }
    legalAssistanceTreaties { id code titleKk titleRu titleEn parties { id } }
    viewerCourts { id nameKk nameRu nameEn }
    viewerJudicialDepartments { id kind nameKk nameRu nameEn }
  }
`);
