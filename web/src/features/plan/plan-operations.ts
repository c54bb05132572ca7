import { graphql } from '@/gql';

export const MY_PLAN_QUERY = graphql(`
  query MyPlan {
    myPlans {
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

// Asked separately from MY_PLAN_QUERY: together they would pass the API's query cost limit.
export const PLAN_MONEY_QUERY = graphql(`
  query PlanMoney($planId: ID!) {
    supportPlan(id: $planId) {
      id
      budgets {
        ...BudgetPanel
      }
      bookings(first: 20) {
        edges {
          node {
            ...PersonBooking
          }
        }
      }
    }
  }
`);

export const MATCHES_QUERY = graphql(`
  query Matches($planId: ID!) {
    matches(planId: $planId, first: 5) {
      score
      sessionCostPence
      offering {
        id
        title
        pricePence
        priceUnit
        provider {
          name
        }
      }
      reasons {
        factor
        explanation
        score
        weight
      }
    }
  }
`);

export const STATEMENT_CSV_QUERY = graphql(`
  query StatementCsv {
    myPlans {
      budgets {
        id
        statementCsv
      }
    }
  }
`);

export const RECORD_OUTCOME_MUTATION = graphql(`
  mutation RecordOutcome($input: RecordOutcomeInput!) {
    recordOutcome(input: $input) {
      id
      latestScore
    }
  }
`);

export const WELLBEING_MUTATION = graphql(`
  mutation RecordWellbeingCheck($input: WellbeingCheckInput!) {
    recordWellbeingCheck(input: $input) {
      id
      rawScore
      metricScore
    }
  }
`);

export const CREATE_PLAN_MUTATION = graphql(`
  mutation CreateSupportPlan($input: CreateSupportPlanInput!) {
    createSupportPlan(input: $input) {
      id
    }
  }
`);

export const ADD_GOAL_MUTATION = graphql(`
  mutation AddGoal($planId: ID!, $input: GoalInput!) {
    addGoal(planId: $planId, input: $input) {
      id
    }
  }
`);

export const CALCULATOR_QUERY = graphql(`
  query Calculator($input: NeedsAssessmentInput!, $withResult: Boolean!) {
    commissioningAuthorities {
      code
      name
      councilName
    }
    indicativeBudget(input: $input) @include(if: $withResult) {
      annualPence
      points
      pencePerPoint
      explanation
      schemeVersion
      localAuthority {
        name
      }
      breakdown {
        lifeArea
        level
        points
        pence
      }
    }
  }
`);

export const STAYING_SAFE_QUERY = graphql(`
  query StayingSafe($planId: ID!) {
    supportPlan(id: $planId) {
      id
      reference
      stayingSafe {
        risksTaken
        whatHelps
        contacts {
          name
          phone
        }
        updatedAt
      }
    }
  }
`);

export const SET_STAYING_SAFE_MUTATION = graphql(`
  mutation SetStayingSafe($planId: ID!, $input: StayingSafeInput!) {
    setStayingSafe(planId: $planId, input: $input) {
      updatedAt
    }
  }
`);
