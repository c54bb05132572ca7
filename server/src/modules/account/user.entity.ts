import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from './role';

@ObjectType()
export class User {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  name: string;

  @Field(() => Role)
  role: Role;

  /** Resolved to a LocalAuthority by the field resolver. */
  localAuthorityCode: string | null;

  createdAt: Date;

  /** Revocation state of the account's tokens (see token.ts tokenStillValid); never exposed. */
  tokenGeneration: number;
  keptSessionId: string | null;
  /** Set when the account was deleted: the row stays, emptied of personal data (erase-account.ts). */
  deletedAt: Date | null;
}

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  local_authority_code: string | null;
  created_at: Date;
  token_generation?: number;
  kept_session_id?: string | null;
  deleted_at?: Date | null;
}

export function toUser(r: UserRow): User {
  return Object.assign(new User(), {
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    localAuthorityCode: r.local_authority_code,
    createdAt: r.created_at,
    tokenGeneration: r.token_generation ?? 0,
    keptSessionId: r.kept_session_id ?? null,
    deletedAt: r.deleted_at ?? null,
  });
}

@ObjectType()
export class AuthPayload {
  @Field(() => String, { description: 'Bearer token for the Authorization header.' })
  token: string;

  @Field(() => User)
  user: User;
}
