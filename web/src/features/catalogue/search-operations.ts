import { graphql } from '@/gql';

export const SEARCH_QUERY = graphql(`
  query Search($filter: OfferingFilter, $sort: OfferingSort, $first: Int, $after: String, $withResults: Boolean!) {
    categories {
      slug
      name
      description
    }
    offerings(filter: $filter, sort: $sort, first: $first, after: $after) @include(if: $withResults) {
      resultCount(limit: 1000) {
        count
        hasMore
      }
      edges {
        node {
          ...OfferingCard
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** The signed-in person's district, the search's starting point when they have not chosen one. */
export const HOME_DISTRICT_QUERY = graphql(`
  query HomeDistrict {
    myPlans {
      id
      active
      outcode
      budgets {
        id
        fundingSource
        periodStartDate
        periodEndDate
      }
    }
  }
`);
