import { graphql } from '@/gql';

export const REVIEW_FIELDS = graphql(`
  fragment ReviewFields on Review {
    id
    rating
    comment
    authorName
    offeringTitle
    createdAt
  }
`);

export const REVIEW_PAGE_FIELDS = graphql(`
  fragment ReviewPageFields on ReviewConnection {
    edges {
      node {
        ...ReviewFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);

export const OFFERING_REVIEWS_QUERY = graphql(`
  query OfferingReviews($id: ID!, $after: String) {
    offering(id: $id) {
      id
      reviews(first: 10, after: $after) {
        ...ReviewPageFields
      }
    }
  }
`);

export const PROVIDER_REVIEWS_QUERY = graphql(`
  query ProviderReviews($id: ID!, $after: String) {
    provider(id: $id) {
      id
      reviews(first: 10, after: $after) {
        ...ReviewPageFields
      }
    }
  }
`);

export const REPORT_REVIEW_MUTATION = graphql(`
  mutation ReportReview($input: ReportReviewInput!) {
    reportReview(input: $input) {
      id
    }
  }
`);

export const MODERATION_QUERY = graphql(`
  query ReviewModeration($reportedAfter: String, $hiddenAfter: String) {
    reportedReviews(first: 20, after: $reportedAfter) {
      edges {
        node {
          ...ReviewFields
          reports {
            reason
            reportedAt
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    hiddenReviews(first: 20, after: $hiddenAfter) {
      edges {
        node {
          ...ReviewFields
          hiddenAt
          hiddenReason
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const HIDE_REVIEW_MUTATION = graphql(`
  mutation HideReview($input: HideReviewInput!) {
    hideReview(input: $input) {
      id
    }
  }
`);

export const UNHIDE_REVIEW_MUTATION = graphql(`
  mutation UnhideReview($id: ID!) {
    unhideReview(id: $id) {
      id
    }
  }
`);

export const KEEP_REVIEW_MUTATION = graphql(`
  mutation KeepReview($id: ID!) {
    keepReview(id: $id) {
      id
    }
  }
`);
