import { graphql } from '@/gql';

export const MARKET_QUERY = graphql(`
  query Market($la: String!, $isAdmin: Boolean!) {
    commissioningAuthorities @include(if: $isAdmin) {
      code
      name
      councilName
    }
    marketPrices(localAuthorityCode: $la) {
      ...PriceRow
    }
    marketTrends(localAuthorityCode: $la) {
      ...TrendMonth
    }
    marketDistricts(localAuthorityCode: $la) {
      ...DistrictRow
    }
    marketSupplyByOutcode(localAuthorityCode: $la) {
      outcode
      offerings
    }
    marketGaps(localAuthorityCode: $la) {
      ...GapRow
    }
    marketDiversity(localAuthorityCode: $la) {
      asOf
      hhi
      providerCount
      spentPence
      peerLedProviderShare
      peerLedSpendShare
      byKind {
        kind
        providers
        spendShare
      }
    }
    outcomesByCategory(localAuthorityCode: $la) {
      category {
        slug
        name
      }
      people
      meanScoreChange
      spentPence
      suppressed
    }
  }
`);
