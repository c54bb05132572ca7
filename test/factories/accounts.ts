import { randomUUID } from 'node:crypto';
import type { TestServer } from '../support/test-server';
import { issueToken } from '../../server/src/modules/account/token';
import { Role } from '../../server/src/modules/account/role';

export interface TestAccount {
  id: string;
  email: string;
  token: string;
  role: Role;
}

let n = 0;
const uniqueEmail = (prefix: string) => `${prefix}-${++n}-${randomUUID().slice(0, 8)}@test.example`;

/** Signs up through the API (PERSON or PROVIDER), exactly as a visitor would. */
export async function signUp(server: TestServer, accountType: 'PERSON' | 'PROVIDER', name = 'Test Person'): Promise<TestAccount> {
  const email = uniqueEmail(accountType.toLowerCase());
  const r = await server.gql(
    `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id role } } }`,
    { input: { email, password: 'correct horse battery', name, accountType } },
  );
  if (!r.data) throw new Error(`sign-up failed: ${JSON.stringify(r.errors)}`);
  return { id: r.data.signUp.user.id, email, token: r.data.signUp.token, role: r.data.signUp.user.role };
}

/** Admins and commissioners cannot sign up: insert the row and issue a token as the server would. */
export async function insertAccount(server: TestServer, role: Role, localAuthorityCode: string | null = null): Promise<TestAccount> {
  const email = uniqueEmail(role.toLowerCase());
  const [row] = await server.ds.query(
    `INSERT INTO app_user (email, name, role, password_hash, local_authority_code) VALUES ($1, $2, $3, 'not-a-hash', $4) RETURNING id`,
    [email, `Test ${role}`, role, localAuthorityCode],
  );
  const token = issueToken(server.runtime.config.authSecret, { id: row.id, role, localAuthorityCode }, 3600);
  return { id: row.id, email, token, role };
}

export const admin = (s: TestServer) => insertAccount(s, Role.ADMIN);
export const commissioner = (s: TestServer, la = 'E08000003') => insertAccount(s, Role.COMMISSIONER, la);
