import type { TestServer } from '../support/test-server';

// Plans through the API, exactly as a person makes them (see factories/people.ts for plans straight into the tables).
export const PLAN_FIELDS = `id outcode age active localAuthority { code name } person { id }
  goals { id lifeArea description baselineScore latestScore }
  needs { slug } preferences { languages deliveryModes maxTravelKm prefersPeerSupport accessibility }`;

export const planInput = (overrides: Record<string, unknown> = {}) => ({
  outcode: 'M14',
  goals: [
    { lifeArea: 'SOCIAL_CONNECTION', description: 'See friends every week', baselineScore: 3 },
    { lifeArea: 'WORK_AND_LEARNING', description: 'Start a college course', baselineScore: 2 },
  ],
  needCategorySlugs: ['peer-support', 'learning-and-skills'],
  preferences: { languages: ['en', 'ur'], deliveryModes: ['GROUP'], maxTravelKm: 8, prefersPeerSupport: true, accessibility: ['step-free access'] },
  ...overrides,
});

export async function apiCreatePlan(server: TestServer, token: string, overrides: Record<string, unknown> = {}) {
  const r = await server.gql(`mutation($input: CreateSupportPlanInput!) { createSupportPlan(input: $input) { ${PLAN_FIELDS} } }`, { input: planInput(overrides) }, { token });
  if (!r.data) throw new Error(`createSupportPlan failed: ${JSON.stringify(r.errors)}`);
  return r.data.createSupportPlan as { id: string; goals: { id: string }[]; localAuthority: { code: string } };
}

export const code = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions?.code;
