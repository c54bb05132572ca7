import { graphql } from '@/gql';

export const BOOK_PAGE_QUERY = graphql(`
  query BookPage($id: ID!) {
    offering(id: $id) {
      id
      title
      status
      pricePence
      priceUnit
      sessionMinutes
      sessionCostPence
      provider {
        id
        name
      }
      slots {
        id
        startsAt
        endsAt
        remaining
      }
    }
    myPlans {
      id
      active
      outcode
      localAuthority {
        councilName
      }
      goals {
        id
        description
      }
      budgets {
        id
        fundingSource
        allocatedPence
        availablePence
        periodStartDate
        periodEndDate
      }
    }
  }
`);

export const REQUEST_BOOKING_MUTATION = graphql(`
  mutation RequestBooking($input: RequestBookingInput!) {
    requestBooking(input: $input) {
      id
      status
      totalPence
      paidFrom {
        id
        availablePence
      }
    }
  }
`);

export const CANCEL_BOOKING_MUTATION = graphql(`
  mutation CancelBooking($id: ID!, $reason: String) {
    cancelBooking(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const REVIEW_BOOKING_MUTATION = graphql(`
  mutation ReviewBooking($input: ReviewInput!) {
    reviewBooking(input: $input) {
      id
      rating
    }
  }
`);

export const CONFIRM_BOOKING_MUTATION = graphql(`
  mutation ConfirmBooking($id: ID!) {
    confirmBooking(id: $id) {
      id
      status
    }
  }
`);

export const DECLINE_BOOKING_MUTATION = graphql(`
  mutation DeclineBooking($id: ID!, $reason: String) {
    declineBooking(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const COMPLETE_BOOKING_MUTATION = graphql(`
  mutation CompleteBooking($id: ID!) {
    completeBooking(id: $id) {
      id
      status
    }
  }
`);

export const NO_SHOW_MUTATION = graphql(`
  mutation MarkNoShow($id: ID!, $reason: String) {
    markNoShow(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const BOOKING_CALENDAR_QUERY = graphql(`
  query BookingCalendar($id: ID!) {
    booking(id: $id) {
      id
      status
      startsAt
      endsAt
      offering {
        id
        title
        provider {
          name
        }
      }
    }
  }
`);
