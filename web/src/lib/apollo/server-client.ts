import { HttpLink } from '@apollo/client';
import { ApolloClient, InMemoryCache, registerApolloClient } from '@apollo/client-integration-nextjs';

// Apollo Client for React Server Components: one client per request (registerApolloClient scopes it), so no
// cache or viewer data is shared between users. API_URL is read at request time, not baked in at build time.
export const { getClient, query } = registerApolloClient(
  () =>
    new ApolloClient({
      cache: new InMemoryCache(),
      link: new HttpLink({
        uri: process.env.API_URL || 'http://localhost:4000/graphql',
        fetchOptions: { cache: 'no-store' },
      }),
    }),
);
