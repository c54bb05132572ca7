import { graphql } from '@/gql';

export const MY_CONVERSATIONS_QUERY = graphql(`
  query MyConversations($after: String) {
    myConversations(first: 20, after: $after) {
      edges {
        node {
          id
          personName
          unreadCount
          lastMessageAt
          provider {
            id
            name
          }
          offering {
            id
            title
          }
          booking {
            id
            startsAt
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CONVERSATION_QUERY = graphql(`
  query ConversationPage($id: ID!) {
    conversation(id: $id) {
      id
      personName
      provider {
        id
        name
      }
      offering {
        id
        title
      }
      booking {
        id
        startsAt
      }
      messages(first: 100) {
        edges {
          node {
            id
            body
            sentAt
            fromProvider
            senderName
          }
        }
      }
    }
  }
`);

export const START_CONVERSATION_MUTATION = graphql(`
  mutation StartConversation($input: StartConversationInput!) {
    startConversation(input: $input) {
      id
    }
  }
`);

export const SEND_MESSAGE_MUTATION = graphql(`
  mutation SendMessage($conversationId: ID!, $body: String!) {
    sendMessage(conversationId: $conversationId, body: $body) {
      id
    }
  }
`);

export const MY_PLAN_IDS_QUERY = graphql(`
  query MyPlanIds {
    myPlans {
      id
    }
  }
`);
