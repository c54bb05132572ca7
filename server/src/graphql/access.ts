import { Authorized, Extensions } from 'type-graphql';
import type { Role } from '../modules/account/role';

// Every operation states who may call it, even when the answer is "anyone". The access list is also published in
// the field's extensions so a test can check that no operation forgot to say.
export type Access = 'PUBLIC' | 'SIGNED_IN' | `${Role}`;

export function Access(...who: [Access, ...Access[]]): MethodDecorator {
  return (target, key, descriptor) => {
    Extensions({ access: who })(target, key, descriptor);
    if (who.includes('PUBLIC')) return;
    const roles = who.filter((w) => w !== 'SIGNED_IN');
    Authorized(...roles)(target, key as string, descriptor);
  };
}
