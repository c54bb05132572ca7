import { HttpLink } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ApolloClient, InMemoryCache, registerApolloClient } from '@apollo/client-integration-nextjs';
import { cookies, headers } from 'next/headers';
import { SESSION_COOKIE } from '../session-cookie';

const CLIENT_HEADER = 'x-sm-client';

// Apollo Client for React Server Components and Server Actions: one client per request (registerApolloClient scopes
// it), so no cache or viewer data is shared between users. API_URL is read at request time, not baked in at build
// time. The browser never talks to the API: the session token lives in an httpOnly cookie on the web origin and is
// forwarded server-to-server as a bearer token.
export const { getClient, query } = registerApolloClient(() => {
  const auth = new SetContextLink(async (prev) => {
    const token = (await cookies()).get(SESSION_COOKIE)?.value;
    // The client's address as scripts/web-server.mjs signed it, passed on unchanged so the API rate-limits each web
    // client on its own (the web server cannot forge it without the secret, and neither can the client).
    const client = (await headers()).get(CLIENT_HEADER);
    return {
      headers: {
        ...prev.headers,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(client ? { [CLIENT_HEADER]: client } : {}),
      },
    };
  });
  return new ApolloClient({
    cache: new InMemoryCache(),
    // Pages are rendered per request and often right after a mutation: always ask the API.
    defaultOptions: {
      query: { fetchPolicy: 'no-cache' },
      mutate: { fetchPolicy: 'no-cache' },
    },
    link: auth.concat(
      new HttpLink({
        uri: process.env.API_URL || 'http://localhost:4000/graphql',
        fetchOptions: { cache: 'no-store' },
      }),
    ),
  });
});
