import { graphql } from '@/gql';

export const COMPARE_OFFERING_QUERY = graphql(`
  query CompareOffering($id: ID!) {
    offering(id: $id) {
      id
      title
      status
      pricePence
      priceUnit
      sessionMinutes
      deliveryModes
      languages
      accessibility
      lifeAreas
      remote
      baseOutcode
      rating {
        average
        count
      }
      nextAvailableSlot {
        id
        startsAt
      }
      provider {
        id
        name
        kind
        verified
        peerLed
      }
    }
  }
`);

export const DISTRICT_QUERY = graphql(`
  query District($outcode: String!) {
    postcodeDistrict(outcode: $outcode) {
      outcode
      latitude
      longitude
      localAuthority {
        code
        name
      }
    }
  }
`);
