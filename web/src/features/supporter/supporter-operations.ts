import { graphql } from '@/gql';

export const MY_SUPPORTER_ROLES_QUERY = graphql(`
  query MySupporterRoles {
    mySupporterRoles {
      id
      planId
      personName
      relationship
      access
      status
      invitedAt
      authorisedReason
    }
  }
`);

export const CIRCLE_QUERY = graphql(`
  query Circle($planId: ID!) {
    supportPlan(id: $planId) {
      id
      supporters {
        id
        name
        email
        relationship
        access
        status
        invitedAt
        authorisedReason
      }
      readLog {
        id
        readerName
        readerRole
        relationship
        readAt
      }
    }
  }
`);

export const INVITE_SUPPORTER_MUTATION = graphql(`
  mutation InviteSupporter($input: InviteSupporterInput!) {
    inviteSupporter(input: $input) {
      id
      status
    }
  }
`);

export const ACCEPT_INVITATION_MUTATION = graphql(`
  mutation AcceptSupporterInvitation($id: ID!) {
    acceptSupporterInvitation(id: $id) {
      id
      planId
      status
    }
  }
`);

export const REVOKE_SUPPORTER_MUTATION = graphql(`
  mutation RevokeSupporter($id: ID!) {
    revokeSupporter(id: $id) {
      id
      status
    }
  }
`);

// The plan of the person a supporter acts for: the same parts as My plan's own query.
export const ACTING_PLAN_QUERY = graphql(`
  query ActingPlan($planId: ID!) {
    supportPlan(id: $planId) {
      id
      active
      outcode
      localAuthority {
        code
        name
      }
      needs {
        slug
        name
      }
      goals {
        ...GoalPanel
      }
      wellbeingChecks {
        id
        rawScore
        metricScore
        recordedAt
      }
    }
  }
`);

export const ACTING_BOOK_PLAN_QUERY = graphql(`
  query ActingBookPlan($planId: ID!) {
    supportPlan(id: $planId) {
      id
      active
      outcode
      localAuthority {
        councilName
      }
      goals {
        id
        description
      }
      budgets {
        id
        fundingSource
        allocatedPence
        availablePence
        periodStartDate
        periodEndDate
      }
    }
  }
`);

export const ACTING_STATEMENT_CSV_QUERY = graphql(`
  query ActingStatementCsv($planId: ID!) {
    supportPlan(id: $planId) {
      id
      budgets {
        id
        statementCsv
      }
    }
  }
`);
