import { startTestServer, type TestServer } from '../../support/test-server';
import { admin, signUp } from '../../factories/accounts';
import { apiCreateProvider } from '../../factories/catalogue';

// Finding 11 of issue 13: a verified provider stayed verified after renaming itself "NHS Greater Manchester Crisis Team".
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const UPDATE = `mutation($id: ID!, $input: UpdateProviderInput!) { updateProvider(id: $id, input: $input) { name verified } }`;

it('takes the verified mark off when a provider changes its name or kind, and keeps it for other edits', async () => {
  const owner = await signUp(server, 'PROVIDER');
  const root = await admin(server);
  const { id } = await apiCreateProvider(server, owner.token);
  // "Checked" comes from evidence (issue 16): the insurance it must hold, sent and approved.
  await server.gql(
    `mutation($id: ID!, $input: VerificationInput!) { submitVerification(providerId: $id, input: $input) { id } }`,
    { id, input: { kind: 'PUBLIC_LIABILITY_INSURANCE', reference: 'PL-77', expiresOn: '2099-12-31' } },
    { token: owner.token },
  );
  await server.gql(`mutation($id: ID!) { verifyProvider(id: $id) { id } }`, { id }, { token: root.token });
  const described = await server.gql(UPDATE, { id, input: { description: 'Now meeting on Tuesdays too.' } }, { token: owner.token });
  expect(described.data!.updateProvider.verified).toBe(true);
  const renamed = await server.gql(UPDATE, { id, input: { name: 'NHS Greater Manchester Crisis Team' } }, { token: owner.token });
  expect(renamed.data!.updateProvider).toEqual({ name: 'NHS Greater Manchester Crisis Team', verified: false });
  // The evidence went back to the admins' queue, to be checked against the new name.
  const queue = await server.gql(`{ verificationQueue { id provider { id } status } }`, {}, { token: root.token });
  expect(queue.data!.verificationQueue.filter((v: { provider: { id: string } }) => v.provider.id === id)).toHaveLength(1);
  await server.gql(`mutation($id: ID!) { verifyProvider(id: $id) { id } }`, { id }, { token: root.token });
  const byAdmin = await server.gql(UPDATE, { id, input: { name: 'Mind the Gap Peer Group' } }, { token: root.token });
  expect(byAdmin.data!.updateProvider.verified).toBe(true);
});
