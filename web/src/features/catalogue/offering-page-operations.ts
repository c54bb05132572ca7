import { graphql } from '@/gql';

export const OFFERING_PAGE_QUERY = graphql(`
  query OfferingPage($id: ID!) {
    offering(id: $id) {
      ...OfferingDetails
      slots {
        id
        startsAt
        endsAt
        remaining
      }
    }
  }
`);
