import { graphql } from '@/gql';

export const COUNCILS_QUERY = graphql(`
  query ConsoleCouncils {
    commissioningAuthorities {
      code
      councilName
    }
  }
`);

export const CREATE_COMMISSIONER_MUTATION = graphql(`
  mutation ConsoleCreateCommissioner($input: CreateCommissionerInput!) {
    createCommissioner(input: $input) {
      id
      name
    }
  }
`);

export const AREA_BUDGET_FIELDS = graphql(`
  fragment AreaBudget on Budget {
    id
    fundingSource
    allocatedPence
    committedPence
    spentPence
    availablePence
    periodStartDate
    periodEndDate
  }
`);

export const AREA_PLANS_QUERY = graphql(`
  query ConsoleAreaPlans($after: String, $outcode: String, $reference: String, $localAuthorityCode: String) {
    areaPlans(first: 20, after: $after, outcode: $outcode, reference: $reference, localAuthorityCode: $localAuthorityCode) {
      edges {
        node {
          id
          reference
          outcode
          active
          createdAt
          budgets {
            ...AreaBudget
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

export const ALLOCATE_MUTATION = graphql(`
  mutation ConsoleAllocateBudget($input: AllocateBudgetInput!) {
    allocateBudget(input: $input) {
      id
    }
  }
`);

export const ADJUST_MUTATION = graphql(`
  mutation ConsoleAdjustBudget($input: AdjustBudgetInput!) {
    adjustBudget(input: $input) {
      id
    }
  }
`);

export const SCHEME_QUERY = graphql(`
  query ConsoleScheme($code: String!) {
    allocationScheme(localAuthorityCode: $code) {
      version
      pencePerPoint
      publishedAt
      note
      localAuthority {
        councilName
      }
      rates {
        lifeArea
        somePoints
        substantialPoints
        criticalPoints
      }
    }
  }
`);

export const PUBLISH_MUTATION = graphql(`
  mutation ConsolePublishScheme($input: PublishAllocationVersionInput!) {
    publishAllocationVersion(input: $input) {
      version
    }
  }
`);
