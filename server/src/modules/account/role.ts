import { registerEnumType } from 'type-graphql';

export enum Role {
  PERSON = 'PERSON',
  PROVIDER = 'PROVIDER',
  COMMISSIONER = 'COMMISSIONER',
  ADMIN = 'ADMIN',
}
registerEnumType(Role, { name: 'Role' });

/** Accounts anyone may open. Commissioner and admin accounts are created by an admin, never by sign-up. */
export enum AccountType {
  PERSON = 'PERSON',
  PROVIDER = 'PROVIDER',
}
registerEnumType(AccountType, {
  name: 'AccountType',
  description: 'Accounts that anyone may open. Commissioner and admin accounts are created by an admin, never by sign-up.',
});
