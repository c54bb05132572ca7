import { graphql } from '@/gql';

export const PROVIDER_PAGE_QUERY = graphql(`
  query ProviderPage($id: ID!) {
    provider(id: $id) {
      id
      name
      description
      kind
      verified
      peerLed
      website
      verifications {
        ...CheckedFields
      }
      baseOutcode
      contact {
        ...ContactFields
      }
      rating {
        average
        count
      }
      offerings(first: 50) {
        edges {
          node {
            ...OfferingCard
            status
          }
        }
      }
    }
  }
`);
