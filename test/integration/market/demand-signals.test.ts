import { CLIENT_HEADER, signClientAddress } from '../../../server/src/http/client-address';
import { signUp } from '../../factories/accounts';
import { startTestServer, type TestServer } from '../../support/test-server';

// Finding 4 of issue 13: 100 anonymous zero-result searches near B1 naming all 18 kinds of support took Birmingham's
// unmet searches from 0 to 100 in every category; sign-ups and reportUnmetNeed were unlimited.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ signUpsPerClientPerHour: 10 });
});
afterAll(() => server.stop());

const SEARCH = `query($filter: OfferingFilter) { offerings(filter: $filter, first: 5) { edges { node { id } } } }`;
const UNMET = `mutation($input: UnmetNeedInput!) { reportUnmetNeed(input: $input) }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token } }`;
const from = (address: string) => ({ headers: { [CLIENT_HEADER]: signClientAddress(server.runtime.config.clientAddressSecret, address) } });

async function unmetSearchesByCategory(la: string): Promise<Map<string, number>> {
  await server.runtime.services.demand.flush();
  const rows: { slug: string; n: number }[] = await server.ds.query(
    `SELECT c.slug, count(*)::int AS n FROM search_event e CROSS JOIN unnest(e.category_ids) AS u(category_id) JOIN category c ON c.id = u.category_id
      WHERE e.local_authority_code = $1 AND e.result_count = 0 GROUP BY c.slug`,
    [la],
  );
  return new Map(rows.map((r) => [r.slug, r.n]));
}

describe('demand signals', () => {
  it('100 zero-result searches naming every kind of support count for none of them, and repeats count once', async () => {
    const slugs: string[] = (await server.ds.query(`SELECT slug FROM category ORDER BY position`)).map((r: { slug: string }) => r.slug);
    expect(slugs.length).toBeGreaterThan(10);
    for (let i = 0; i < 100; i++) await server.gql(SEARCH, { filter: { nearOutcode: 'B1', categorySlugs: slugs } }, from('203.0.113.40'));
    expect([...(await unmetSearchesByCategory('E08000025')).values()].reduce((a, b) => a + b, 0)).toBe(0);

    for (let i = 0; i < 10; i++) await server.gql(SEARCH, { filter: { nearOutcode: 'B1', categorySlugs: slugs.slice(0, 2) } }, from('203.0.113.40'));
    const after = await unmetSearchesByCategory('E08000025');
    expect(after.get(slugs[0])).toBe(1);
    expect(after.get(slugs[1])).toBe(1);
    // Another client's same search is its own signal.
    await server.gql(SEARCH, { filter: { nearOutcode: 'B1', categorySlugs: slugs.slice(0, 2) } }, from('198.51.100.41'));
    expect((await unmetSearchesByCategory('E08000025')).get(slugs[0])).toBe(2);
  });

  it('counts one report of the same need per account, and refuses more than five different ones a day', async () => {
    const person = await signUp(server, 'PERSON');
    const count = async () => (await server.ds.query(`SELECT count(*)::int AS n FROM unmet_need`))[0].n as number;
    const before = await count();
    for (let i = 0; i < 3; i++) {
      const r = await server.gql(UNMET, { input: { categorySlug: 'peer-support', outcode: 'B1', description: 'A hearing voices group' } }, { token: person.token });
      expect(r.data!.reportUnmetNeed).toBe(true);
    }
    expect(await count()).toBe(before + 1);
    // Repeats do not count toward the daily limit; four more different needs do, and a sixth is refused.
    for (const [categorySlug, outcode] of [['befriending', 'B1'], ['befriending', 'M1'], ['peer-support', 'M1'], ['peer-support', 'LS1']]) {
      expect((await server.gql(UNMET, { input: { categorySlug, outcode, description: 'Someone to talk to' } }, { token: person.token })).data!.reportUnmetNeed).toBe(true);
    }
    const sixth = await server.gql(UNMET, { input: { categorySlug: 'befriending', outcode: 'LS1', description: 'A group' } }, { token: person.token });
    expect(sixth.errors![0].extensions!.code).toBe('RATE_LIMITED');
    expect(await count()).toBe(before + 5);
  });

  it('lets one client make ten accounts an hour, not more', async () => {
    const answers = [];
    for (let i = 0; i < 12; i++) {
      answers.push(await server.gql(SIGN_UP, { input: { email: `many-${i}@example.org`, password: 'a long enough password', name: 'M', accountType: 'PERSON' } }, from('203.0.113.77')));
    }
    expect(answers.slice(0, 10).every((a) => a.data?.signUp.token)).toBe(true);
    expect(answers[10].errors![0].extensions!.code).toBe('RATE_LIMITED');
    const elsewhere = await server.gql(SIGN_UP, { input: { email: 'other@example.org', password: 'a long enough password', name: 'O', accountType: 'PERSON' } }, from('198.51.100.78'));
    expect(elsewhere.data!.signUp.token).toBeTruthy();
  });
});
