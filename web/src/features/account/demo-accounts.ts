// The seeded demo accounts (server/src/db/seed/demo-accounts.ts), offered as one-press sign-ins only when the app runs
// as a demo (DEMO_SIGN_IN=1, set by `npm start`). Copied rather than imported: the web app knows the API only through
// schema.graphql.
export const DEMO_PASSWORD = 'demo-password';

export const DEMO_ACCOUNTS = [
  { email: 'person@demo.supportmarket.uk', label: 'a person with a budget (Sam)' },
  { email: 'provider@demo.supportmarket.uk', label: 'a provider (Priya)' },
  { email: 'commissioner@demo.supportmarket.uk', label: 'a council commissioner (Chris)' },
  { email: 'kent.commissioner@demo.supportmarket.uk', label: 'a county council commissioner (Jo, Kent)' },
  { email: 'admin@demo.supportmarket.uk', label: 'an admin (Alex)' },
] as const;

export const demoSignInEnabled = () => process.env.DEMO_SIGN_IN === '1';
