import { startTestServer, type TestServer } from '../../support/test-server';
import { admin, signUp } from '../../factories/accounts';
import { SIGN_IN_FAILED } from '../../../server/src/modules/account/account.service';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id email name role localAuthority { code } } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token user { id role } } }`;
const VIEWER = `{ viewer { id email role } }`;

describe('accounts', () => {
  it('signs up a person, stores an Argon2id hash, and the token identifies them', async () => {
    const r = await server.gql(SIGN_UP, { input: { email: 'Alex@Example.org', password: 'a long enough password', name: 'Alex', accountType: 'PERSON' } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.signUp.user).toMatchObject({ email: 'alex@example.org', name: 'Alex', role: 'PERSON', localAuthority: null });
    const [row] = await server.ds.query(`SELECT password_hash FROM app_user WHERE email = 'alex@example.org'`);
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    const me = await server.gql(VIEWER, {}, { token: r.data!.signUp.token });
    expect(me.data!.viewer).toEqual({ id: r.data!.signUp.user.id, email: 'alex@example.org', role: 'PERSON' });
  });

  it('sets an httpOnly session cookie on sign-in that authenticates later requests', async () => {
    await signUp(server, 'PERSON');
    await server.gql(SIGN_UP, { input: { email: 'cookie@example.org', password: 'a long enough password', name: 'C', accountType: 'PROVIDER' } });
    const r = await server.gql(SIGN_IN, { input: { email: 'cookie@example.org', password: 'a long enough password' } });
    const cookie = r.headers.get('set-cookie')!;
    expect(cookie).toMatch(/sm_session=v1\./);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await server.gql(VIEWER, {}, { headers: { cookie: cookie.split(';')[0] } });
    expect(me.data!.viewer.role).toBe('PROVIDER');
  });

  it('makes no second account with the same email, whatever its case, and does not say so (see account-rights.test.ts)', async () => {
    const input = { email: 'twice@example.org', password: 'a long enough password', name: 'T', accountType: 'PERSON' };
    expect((await server.gql(SIGN_UP, { input })).errors).toBeUndefined();
    const again = await server.gql(SIGN_UP, { input: { ...input, email: 'TWICE@example.org' } });
    expect(again.errors).toBeUndefined();
    const [{ n }] = await server.ds.query(`SELECT count(*)::int AS n FROM app_user WHERE email = 'twice@example.org'`);
    expect(n).toBe(1);
  });

  it('answers a wrong email and a wrong password with the same message', async () => {
    await server.gql(SIGN_UP, { input: { email: 'same@example.org', password: 'a long enough password', name: 'S', accountType: 'PERSON' } });
    const wrongPassword = await server.gql(SIGN_IN, { input: { email: 'same@example.org', password: 'not the password' } });
    const wrongEmail = await server.gql(SIGN_IN, { input: { email: 'nobody@example.org', password: 'a long enough password' } });
    for (const r of [wrongPassword, wrongEmail]) {
      expect(r.data).toBeNull();
      expect(r.errors![0]).toMatchObject({ message: SIGN_IN_FAILED, extensions: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('rate-limits repeated failures for one email, even with the right password afterwards', async () => {
    await server.gql(SIGN_UP, { input: { email: 'target@example.org', password: 'a long enough password', name: 'T', accountType: 'PERSON' } });
    for (let i = 0; i < 5; i++) {
      const r = await server.gql(SIGN_IN, { input: { email: 'target@example.org', password: `guess ${i} guess` } });
      expect(r.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    }
    const blocked = await server.gql(SIGN_IN, { input: { email: 'target@example.org', password: 'a long enough password' } });
    expect(blocked.errors![0].extensions!.code).toBe('RATE_LIMITED');
  });

  it('refuses bad sign-up input with BAD_USER_INPUT and writes nothing', async () => {
    const before = (await server.ds.query(`SELECT count(*)::int AS n FROM app_user`))[0].n;
    const cases = [
      { email: 'not-an-email', password: 'a long enough password', name: 'X', accountType: 'PERSON' },
      { email: 'short@example.org', password: 'short', name: 'X', accountType: 'PERSON' },
      { email: 'long@example.org', password: 'a long enough password', name: 'x'.repeat(121), accountType: 'PERSON' },
      { email: 'blank@example.org', password: 'a long enough password', name: '   ', accountType: 'PERSON' },
    ];
    for (const input of cases) {
      const r = await server.gql(SIGN_UP, { input });
      expect(r.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(r.errors)).not.toMatch(/stack|at \w+ \(/);
    }
    const self = await server.gql(SIGN_UP, { input: { email: 'x@example.org', password: 'a long enough password', name: 'X', accountType: 'ADMIN' } });
    expect(self.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect((await server.ds.query(`SELECT count(*)::int AS n FROM app_user`))[0].n).toBe(before);
  });

  it('treats a forged or tampered token as signed out', async () => {
    const person = await signUp(server, 'PERSON');
    const [v, body, sig] = person.token.split('.');
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString());
    const forged = `${v}.${Buffer.from(JSON.stringify({ ...claims, role: 'ADMIN' })).toString('base64url')}.${sig}`;
    expect((await server.gql(VIEWER, {}, { token: forged })).data!.viewer).toBeNull();
    expect((await server.gql(VIEWER, {}, { token: 'garbage' })).data!.viewer).toBeNull();
    const r = await server.gql(`mutation { verifyProvider(id: "00000000-0000-4000-8000-000000000000") { id } }`, {}, { token: forged });
    expect(r.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('createCommissioner', () => {
  const CREATE = `mutation($input: CreateCommissionerInput!) { createCommissioner(input: $input) { id role localAuthority { code name } } }`;
  const input = (email: string, la = 'E08000003') => ({ email, password: 'a long enough password', name: 'Council Officer', localAuthorityCode: la });

  it('lets an admin create a commissioner for a local authority, who can then sign in', async () => {
    const a = await admin(server);
    const r = await server.gql(CREATE, { input: input('officer@council.example') }, { token: a.token });
    expect(r.data!.createCommissioner).toMatchObject({ role: 'COMMISSIONER', localAuthority: { code: 'E08000003', name: 'Manchester' } });
    const s = await server.gql(SIGN_IN, { input: { email: 'officer@council.example', password: 'a long enough password' } });
    expect(s.data!.signIn.user.role).toBe('COMMISSIONER');
  });

  it('is refused to everyone but admins', async () => {
    const person = await signUp(server, 'PERSON');
    const provider = await signUp(server, 'PROVIDER');
    expect((await server.gql(CREATE, { input: input('a@council.example') })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await server.gql(CREATE, { input: input('b@council.example') }, { token: person.token })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await server.gql(CREATE, { input: input('c@council.example') }, { token: provider.token })).errors![0].extensions!.code).toBe('FORBIDDEN');
    const rows = await server.ds.query(`SELECT 1 FROM app_user WHERE email LIKE '%@council.example' AND email <> 'officer@council.example'`);
    expect(rows).toHaveLength(0);
  });

  it('refuses an unknown local authority', async () => {
    const a = await admin(server);
    const r = await server.gql(CREATE, { input: input('d@council.example', 'E99999999') }, { token: a.token });
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'localAuthorityCode' });
  });
});
