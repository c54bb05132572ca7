import { Client } from 'pg';
import { startTestServer, type TestServer } from '../../support/test-server';
import { admin, commissioner, insertAccount, type TestAccount } from '../../factories/accounts';
import { sqlOffering, sqlProvider } from '../../factories/catalogue';
import { Role } from '../../../server/src/modules/account/role';
import { expireVerifications } from '../../../server/src/modules/notification/delivery/verification-expiry.task';

// Issue 16, part 1: evidence, checked and dated. "Checked provider" is derived from verified, unexpired evidence
// against what the provider must hold for what it offers (docs/safety.md), never set by hand.
let server: TestServer;
let root: TestAccount;
beforeAll(async () => {
  server = await startTestServer();
  root = await admin(server);
});
afterAll(() => server.stop());

const SUBMIT = `mutation($id: ID!, $input: VerificationInput!) { submitVerification(providerId: $id, input: $input) { id kind status reference expiresOn checkedAt } }`;
const REVIEW = `mutation($id: ID!, $approve: Boolean!, $note: String) { reviewVerification(id: $id, approve: $approve, note: $note) { id status checkedAt reviewNote } }`;
const PROVIDER = `query($id: ID!) { provider(id: $id) { verified requiredVerifications verifications { kind status reference expiresOn checkedAt } } }`;
const code = (r: { errors?: Array<{ extensions?: { code?: string } }> }) => r.errors?.[0]?.extensions?.code;
const inDays = (days: number) => new Date(Date.now() + days * 86400_000).toISOString().slice(0, 10);

async function providerOf(kind: string) {
  const owner = await insertAccount(server, Role.PROVIDER);
  const p = await sqlProvider(server.ds, { ownerId: owner.id, kind });
  return { owner, id: p.id };
}

async function submitAndApprove(providerId: string, token: string, kind: string, expiresOn: string | null = inDays(365)) {
  const sent = await server.gql(SUBMIT, { id: providerId, input: { kind, reference: `REF-${kind}`, expiresOn } }, { token });
  expect(sent.data).not.toBeNull();
  const ok = await server.gql(REVIEW, { id: sent.data!.submitVerification.id, approve: true }, { token: root.token });
  expect(ok.data!.reviewVerification.status).toBe('VERIFIED');
  return sent.data!.submitVerification.id as string;
}

const verified = async (id: string) => (await server.gql(PROVIDER, { id })).data!.provider.verified as boolean;

describe('what a provider must hold', () => {
  it('a personal assistant needs a DBS check and public liability insurance', async () => {
    const pa = await providerOf('PERSONAL_ASSISTANT');
    await sqlOffering(server.ds, pa.id, { categorySlug: 'personal-assistance', deliveryModes: ['HOME_VISIT'] });
    expect((await server.gql(PROVIDER, { id: pa.id })).data!.provider.requiredVerifications).toEqual(['DBS_CHECK', 'PUBLIC_LIABILITY_INSURANCE']);
    await submitAndApprove(pa.id, pa.owner.token, 'PUBLIC_LIABILITY_INSURANCE');
    expect(await verified(pa.id)).toBe(false);
    await submitAndApprove(pa.id, pa.owner.token, 'DBS_CHECK', null);
    expect(await verified(pa.id)).toBe(true);
  });

  it('an organisation giving personal care needs CQC registration, and a new offering can take the badge off', async () => {
    const agency = await providerOf('PRIVATE_COMPANY');
    await sqlOffering(server.ds, agency.id, { categorySlug: 'peer-support' });
    await submitAndApprove(agency.id, agency.owner.token, 'PUBLIC_LIABILITY_INSURANCE');
    expect(await verified(agency.id)).toBe(true);
    // Offering personal care at home: CQC registration and a DBS check are now needed, so it is not checked.
    await sqlOffering(server.ds, agency.id, { categorySlug: 'personal-assistance', deliveryModes: ['HOME_VISIT'] });
    const after = (await server.gql(PROVIDER, { id: agency.id })).data!.provider;
    expect(after.requiredVerifications).toEqual(['CQC_REGISTRATION', 'DBS_CHECK', 'PUBLIC_LIABILITY_INSURANCE']);
    expect(after.verified).toBe(false);
    await submitAndApprove(agency.id, agency.owner.token, 'CQC_REGISTRATION', null);
    await submitAndApprove(agency.id, agency.owner.token, 'DBS_CHECK', null);
    expect(await verified(agency.id)).toBe(true);
  });

  it('talking therapies need a checked qualification; a group needs only insurance', async () => {
    const therapist = await providerOf('MICRO_ENTERPRISE');
    await sqlOffering(server.ds, therapist.id, { categorySlug: 'talking-therapies', deliveryModes: ['ONLINE'] });
    await submitAndApprove(therapist.id, therapist.owner.token, 'PUBLIC_LIABILITY_INSURANCE');
    expect(await verified(therapist.id)).toBe(false);
    await submitAndApprove(therapist.id, therapist.owner.token, 'QUALIFICATION', null);
    expect(await verified(therapist.id)).toBe(true);
  });

  it('a rejected piece does not count, and rejecting needs a note', async () => {
    const group = await providerOf('CHARITY');
    const sent = await server.gql(SUBMIT, { id: group.id, input: { kind: 'PUBLIC_LIABILITY_INSURANCE', reference: 'PL-9' } }, { token: group.owner.token });
    const id = sent.data!.submitVerification.id;
    expect(code(await server.gql(REVIEW, { id, approve: false }, { token: root.token }))).toBe('BAD_USER_INPUT');
    const rejected = await server.gql(REVIEW, { id, approve: false, note: 'The policy has lapsed; please send the renewal.' }, { token: root.token });
    expect(rejected.data!.reviewVerification).toMatchObject({ status: 'REJECTED', reviewNote: 'The policy has lapsed; please send the renewal.' });
    expect(code(await server.gql(REVIEW, { id, approve: true }, { token: root.token }))).toBe('CONFLICT');
    expect(await verified(group.id)).toBe(false);
    // The public does not see rejected evidence; the owner does, with its note.
    expect((await server.gql(PROVIDER, { id: group.id })).data!.provider.verifications).toEqual([]);
    const own = await server.gql(`query($id: ID!) { provider(id: $id) { verifications { status reviewNote reference } } }`, { id: group.id }, { token: group.owner.token });
    expect(own.data!.provider.verifications).toEqual([{ status: 'REJECTED', reviewNote: 'The policy has lapsed; please send the renewal.', reference: 'PL-9' }]);
  });
});

describe('who sees and does what', () => {
  it('shows the public what was checked and until when, never the reference; the owner and admins see it', async () => {
    const pa = await providerOf('PERSONAL_ASSISTANT');
    await submitAndApprove(pa.id, pa.owner.token, 'DBS_CHECK', null);
    const anyone = (await server.gql(PROVIDER, { id: pa.id })).data!.provider.verifications;
    expect(anyone).toEqual([expect.objectContaining({ kind: 'DBS_CHECK', status: 'VERIFIED', reference: null, expiresOn: null })]);
    expect(anyone[0].checkedAt).toEqual(expect.any(String));
    const person = await insertAccount(server, Role.PERSON);
    const other = await insertAccount(server, Role.PROVIDER);
    for (const token of [person.token, other.token]) {
      expect((await server.gql(PROVIDER, { id: pa.id }, { token })).data!.provider.verifications[0].reference).toBeNull();
    }
    for (const token of [pa.owner.token, root.token]) {
      expect((await server.gql(PROVIDER, { id: pa.id }, { token })).data!.provider.verifications[0].reference).toBe('REF-DBS_CHECK');
    }
  });

  it('lets only the owner or an admin submit, and only an admin review or read the queue', async () => {
    const group = await providerOf('CHARITY');
    const person = await insertAccount(server, Role.PERSON);
    const other = await insertAccount(server, Role.PROVIDER);
    const comm = await commissioner(server);
    const input = { kind: 'REFERENCES', reference: 'Two references' };
    const before = (await server.ds.query(`SELECT count(*)::int AS n FROM provider_verification`))[0].n;
    expect(code(await server.gql(SUBMIT, { id: group.id, input }))).toBe('UNAUTHENTICATED');
    expect(code(await server.gql(SUBMIT, { id: group.id, input }, { token: person.token }))).toBe('FORBIDDEN');
    expect(code(await server.gql(SUBMIT, { id: group.id, input }, { token: other.token }))).toBe('FORBIDDEN');
    expect(code(await server.gql(SUBMIT, { id: group.id, input }, { token: comm.token }))).toBe('FORBIDDEN');
    // Bad input is coded and writes nothing.
    expect(code(await server.gql(SUBMIT, { id: group.id, input: { ...input, reference: '  ' } }, { token: group.owner.token }))).toBe('BAD_USER_INPUT');
    expect(code(await server.gql(SUBMIT, { id: group.id, input: { ...input, expiresOn: '2099-02-30' } }, { token: group.owner.token }))).toBe('BAD_USER_INPUT');
    expect(code(await server.gql(SUBMIT, { id: group.id, input: { ...input, expiresOn: '2020-01-01' } }, { token: group.owner.token }))).toBe('BAD_USER_INPUT');
    expect(code(await server.gql(SUBMIT, { id: group.id, input: { ...input, expiresOn: 'next year' } }, { token: group.owner.token }))).toBe('BAD_USER_INPUT');
    expect(code(await server.gql(SUBMIT, { id: group.id, input: { ...input, reference: 'x'.repeat(101) } }, { token: group.owner.token }))).toBe('BAD_USER_INPUT');
    expect(code(await server.gql(SUBMIT, { id: 'nope', input }, { token: group.owner.token }))).toBe('BAD_USER_INPUT');
    expect((await server.ds.query(`SELECT count(*)::int AS n FROM provider_verification`))[0].n).toBe(before);

    const sent = await server.gql(SUBMIT, { id: group.id, input }, { token: group.owner.token });
    const id = sent.data!.submitVerification.id;
    for (const token of [group.owner.token, person.token, comm.token]) {
      expect(code(await server.gql(REVIEW, { id, approve: true }, { token }))).toBe('FORBIDDEN');
      expect(code(await server.gql(`{ verificationQueue { id } }`, {}, { token }))).toBe('FORBIDDEN');
    }
    const queue = await server.gql(`{ verificationQueue(first: 100) { id reference provider { id name } } }`, {}, { token: root.token });
    expect(queue.data!.verificationQueue).toContainEqual({ id, reference: 'Two references', provider: { id: group.id, name: 'Test Provider' } });
    const reviewed = await server.gql(REVIEW, { id, approve: true, note: 'Both referees called back.' }, { token: root.token });
    expect(reviewed.data!.reviewVerification.checkedAt).toEqual(expect.any(String));
    const [row] = await server.ds.query(`SELECT checked_by, review_note FROM provider_verification WHERE id = $1`, [id]);
    expect(row).toEqual({ checked_by: root.id, review_note: 'Both referees called back.' });
  });

  it('pages the queue oldest first by the last id', async () => {
    const group = await providerOf('CHARITY');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await server.gql(SUBMIT, { id: group.id, input: { kind: 'REFERENCES', reference: `R${i}` } }, { token: group.owner.token })).data!.submitVerification.id);
    const all = (await server.gql(`{ verificationQueue(first: 100) { id } }`, {}, { token: root.token })).data!.verificationQueue.map((v: { id: string }) => v.id);
    const at = all.indexOf(ids[0]);
    expect(all.slice(at, at + 3)).toEqual(ids);
    const next = await server.gql(`query($after: String) { verificationQueue(first: 2, after: $after) { id } }`, { after: ids[0] }, { token: root.token });
    expect(next.data!.verificationQueue.map((v: { id: string }) => v.id)).toEqual(ids.slice(1));
  });
});

describe('the daily expiry job, with the clock moved', () => {
  it('warns a month before, once, then expires the evidence and the badge goes', async () => {
    const pa = await providerOf('PERSONAL_ASSISTANT');
    await submitAndApprove(pa.id, pa.owner.token, 'DBS_CHECK', null);
    const insurance = await submitAndApprove(pa.id, pa.owner.token, 'PUBLIC_LIABILITY_INSURANCE', inDays(60));
    expect(await verified(pa.id)).toBe(true);
    const client = new Client({ connectionString: server.db.url });
    await client.connect();
    try {
      const notices = async () =>
        (await server.ds.query(`SELECT kind, title, event_key FROM notification WHERE user_id = $1 ORDER BY created_at`, [pa.owner.id])) as Array<{ kind: string; title: string; event_key: string }>;
      // Today: more than a month left, nothing to say.
      await expireVerifications(client, inDays(0));
      expect(await notices()).toEqual([]);
      // 35 days on: a month left. Twice on the same day, and the day after: one warning.
      await expireVerifications(client, inDays(35));
      await expireVerifications(client, inDays(35));
      await expireVerifications(client, inDays(36));
      expect(await notices()).toEqual([expect.objectContaining({ kind: 'VERIFICATION_EXPIRING', event_key: `verification:${insurance}:expiring` })]);
      expect((await notices())[0].title).toMatch(/^Your public liability insurance runs out on /);
      expect(await verified(pa.id)).toBe(true);
      // 61 days on: it has run out. EXPIRED, the badge is gone, the owner is told once.
      const ran = await expireVerifications(client, inDays(61));
      expect(ran.expired).toBe(1);
      await expireVerifications(client, inDays(62));
      expect((await server.ds.query(`SELECT status FROM provider_verification WHERE id = $1`, [insurance]))[0].status).toBe('EXPIRED');
      expect(await verified(pa.id)).toBe(false);
      expect((await notices()).map((n) => n.event_key)).toEqual([`verification:${insurance}:expiring`, `verification:${insurance}:expired`]);
      const pub = (await server.gql(PROVIDER, { id: pa.id })).data!.provider.verifications;
      expect(pub.map((v: { kind: string; status: string }) => `${v.kind} ${v.status}`).sort()).toEqual(['DBS_CHECK VERIFIED', 'PUBLIC_LIABILITY_INSURANCE EXPIRED']);
    } finally {
      await client.end();
    }
  });

  it('runs every day from the worker (graphile-worker cron)', async () => {
    const { CRONTAB, TASKS } = await import('../../../server/src/modules/notification/delivery/job-queue');
    expect(CRONTAB).toMatch(new RegExp(`^0 6 \\* \\* \\* ${TASKS.verificationExpiry}`));
  });
});
