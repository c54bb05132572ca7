import { graphql } from '@/gql';

export const SIGN_IN_MUTATION = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      token
      user {
        id
        role
      }
    }
  }
`);

export const SIGN_UP_MUTATION = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
      user {
        id
        role
      }
    }
  }
`);

export const VIEWER_QUERY = graphql(`
  query Viewer {
    viewer {
      id
      name
      email
      role
      localAuthority {
        code
        name
        councilName
      }
    }
  }
`);
