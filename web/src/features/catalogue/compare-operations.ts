import { graphql } from '@/gql';

export const COMPARE_OFFERING_QUERY = graphql(`
  query CompareOffering($id: ID!) {
    offering(id: $id) {
      status
      ...CompareColumn
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
