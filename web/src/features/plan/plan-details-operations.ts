import { graphql } from '@/gql';

// What the plan holds that drives matches (issue 15): read for the form, written by updateSupportPlan.
export const PLAN_DETAILS_QUERY = graphql(`
  query PlanDetails($planId: ID!) {
    supportPlan(id: $planId) {
      id
      outcode
      age
      needs {
        slug
      }
      preferences {
        languages
        deliveryModes
        maxTravelKm
        prefersPeerSupport
        accessibility
      }
    }
    categories {
      slug
      name
    }
  }
`);

export const UPDATE_PLAN_MUTATION = graphql(`
  mutation UpdateSupportPlan($id: ID!, $input: UpdateSupportPlanInput!) {
    updateSupportPlan(id: $id, input: $input) {
      id
    }
  }
`);

/** A person's own money: a new self-funded pot... */
export const ADD_OWN_MONEY_MUTATION = graphql(`
  mutation AddOwnMoney($input: AllocateBudgetInput!) {
    allocateBudget(input: $input) {
      id
      availablePence
    }
  }
`);

/** ...or more money in the one they have. */
export const TOP_UP_OWN_MONEY_MUTATION = graphql(`
  mutation TopUpOwnMoney($input: AdjustBudgetInput!) {
    adjustBudget(input: $input) {
      id
      availablePence
    }
  }
`);

export const REPORT_UNMET_NEED_MUTATION = graphql(`
  mutation ReportUnmetNeed($input: UnmetNeedInput!) {
    reportUnmetNeed(input: $input)
  }
`);

/** The council that commissions adult social care where the person lives: who to ask for a needs assessment. */
export const CARE_COUNCIL_QUERY = graphql(`
  query CareCouncil($outcode: String!) {
    postcodeDistrict(outcode: $outcode) {
      outcode
      commissioningAuthority {
        code
        name
        councilName
      }
    }
  }
`);
