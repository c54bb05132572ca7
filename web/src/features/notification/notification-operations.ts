import { graphql } from '@/gql';

export const UNREAD_COUNT_QUERY = graphql(`
  query UnreadNotifications {
    notifications(first: 1, unreadOnly: true) {
      unreadCount
    }
  }
`);

export const NOTIFICATIONS_QUERY = graphql(`
  query NotificationsPage($after: String) {
    notifications(first: 30, after: $after) {
      unreadCount
      edges {
        node {
          id
          kind
          title
          body
          link
          createdAt
          readAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    notificationPreferences {
      email
      reminders
    }
  }
`);

export const MARK_READ_MUTATION = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const SET_PREFERENCES_MUTATION = graphql(`
  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {
    setNotificationPreferences(input: $input) {
      email
      reminders
    }
  }
`);
