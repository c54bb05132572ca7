import { graphql } from '@/gql';

export const PORTAL_QUERY = graphql(`
  query ProviderPortal {
    myProviders {
      id
      name
      kind
      verified
      baseOutcode
      suspendedAt
      suspensionReason
      requiredVerifications
      verifications {
        ...CheckedFields
        reference
        reviewNote
      }
      offerings(first: 100) {
        edges {
          node {
            id
            title
            status
            pricePence
            priceUnit
            nextAvailableSlot {
              startsAt
            }
          }
        }
      }
    }
    providerBookings(status: REQUESTED, first: 10) {
      edges {
        node {
          ...ProviderBooking
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export const PROVIDER_BOOKINGS_QUERY = graphql(`
  query ProviderBookings($status: BookingStatus, $after: String) {
    providerBookings(status: $status, first: 30, after: $after) {
      edges {
        node {
          ...ProviderBooking
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const OFFERING_EDIT_QUERY = graphql(`
  query OfferingEdit($id: ID!, $slotsFrom: DateTimeISO, $slotsTo: DateTimeISO) {
    categories {
      slug
      name
    }
    offering(id: $id) {
      id
      title
      summary
      description
      status
      pricePence
      priceUnit
      sessionMinutes
      serviceRadiusKm
      baseOutcode
      deliveryModes
      languages
      accessibility
      category {
        slug
      }
      provider {
        id
        name
      }
      slots(from: $slotsFrom, to: $slotsTo) {
        id
        startsAt
        endsAt
        capacity
        remaining
      }
    }
  }
`);

export const CATEGORIES_QUERY = graphql(`
  query Categories {
    categories {
      slug
      name
    }
    myProviders {
      id
      name
    }
  }
`);

export const CREATE_PROVIDER_MUTATION = graphql(`
  mutation CreateProvider($input: CreateProviderInput!) {
    createProvider(input: $input) {
      id
    }
  }
`);

export const CREATE_OFFERING_MUTATION = graphql(`
  mutation CreateOffering($providerId: ID!, $input: OfferingInput!) {
    createOffering(providerId: $providerId, input: $input) {
      id
    }
  }
`);

export const UPDATE_OFFERING_MUTATION = graphql(`
  mutation UpdateOffering($id: ID!, $input: OfferingInput!) {
    updateOffering(id: $id, input: $input) {
      id
    }
  }
`);

export const PUBLISH_OFFERING_MUTATION = graphql(`
  mutation PublishOffering($id: ID!) {
    publishOffering(id: $id) {
      id
      status
    }
  }
`);

export const PAUSE_OFFERING_MUTATION = graphql(`
  mutation PauseOffering($id: ID!) {
    pauseOffering(id: $id) {
      id
      status
    }
  }
`);

export const ADD_SLOTS_MUTATION = graphql(`
  mutation AddSlots($offeringId: ID!, $slots: [SlotInput!]!) {
    addSlots(offeringId: $offeringId, slots: $slots) {
      id
    }
  }
`);
