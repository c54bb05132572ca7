import { graphql } from '@/gql';

export const CHECKED_FIELDS = graphql(`
  fragment CheckedFields on Verification {
    id
    kind
    status
    checkedAt
    expiresOn
  }
`);

export const RAISE_CONCERN_MUTATION = graphql(`
  mutation RaiseConcern($input: RaiseConcernInput!) {
    raiseConcern(input: $input) {
      id
    }
  }
`);

export const CONCERN_ABOUT_QUERY = graphql(`
  query ConcernAbout($providerId: ID!) {
    provider(id: $providerId) {
      id
      name
    }
  }
`);

export const MY_CONCERNS_QUERY = graphql(`
  query MyConcerns($status: ConcernStatus, $after: String) {
    concerns(status: $status, first: 50, after: $after) {
      edges {
        node {
          id
          status
          description
          raisedAt
          acknowledgeBy
          acknowledgedAt
          closedAt
          outcome
          overdue
          provider {
            id
            name
          }
          offering {
            id
            title
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CONCERN_QUERY = graphql(`
  query ConcernDetail($id: ID!) {
    concern(id: $id) {
      id
      status
      description
      raisedAt
      acknowledgeBy
      acknowledgedAt
      closedAt
      outcome
      overdue
      bookingStartsAt
      provider {
        id
        name
        suspendedAt
      }
      offering {
        id
        title
      }
      raisedBy {
        name
        email
        contact
      }
      history {
        status
        at
        actorName
        note
      }
    }
  }
`);

export const UPDATE_CONCERN_MUTATION = graphql(`
  mutation UpdateConcern($id: ID!, $status: ConcernStatus!, $note: String) {
    updateConcern(id: $id, status: $status, note: $note) {
      id
      status
    }
  }
`);

export const VERIFICATION_QUEUE_QUERY = graphql(`
  query VerificationQueue($after: String) {
    verificationQueue(first: 50, after: $after) {
      id
      kind
      reference
      expiresOn
      submittedAt
      provider {
        id
        name
        kind
        requiredVerifications
      }
    }
  }
`);

export const REVIEW_VERIFICATION_MUTATION = graphql(`
  mutation ReviewVerification($id: ID!, $approve: Boolean!, $note: String) {
    reviewVerification(id: $id, approve: $approve, note: $note) {
      id
      status
    }
  }
`);

export const SUBMIT_VERIFICATION_MUTATION = graphql(`
  mutation SubmitVerification($providerId: ID!, $input: VerificationInput!) {
    submitVerification(providerId: $providerId, input: $input) {
      id
      status
    }
  }
`);

export const ADMIN_PROVIDER_QUERY = graphql(`
  query AdminProvider($id: ID!) {
    provider(id: $id) {
      id
      name
      kind
      baseOutcode
      verified
      suspendedAt
      suspensionReason
      requiredVerifications
      verifications {
        ...CheckedFields
        reference
      }
    }
  }
`);

export const SUSPEND_PROVIDER_MUTATION = graphql(`
  mutation SuspendProvider($id: ID!, $reason: String!) {
    suspendProvider(id: $id, reason: $reason) {
      id
      suspendedAt
    }
  }
`);

export const LIFT_SUSPENSION_MUTATION = graphql(`
  mutation LiftProviderSuspension($id: ID!) {
    liftProviderSuspension(id: $id) {
      id
      suspendedAt
    }
  }
`);
