import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { RequestContext } from '../../graphql/request-context';
import { CreateCommissionerInput, SignInInput, SignUpInput } from './account.inputs';
import { AuthPayload, User } from './user.entity';
import { AccountService } from './account.service';

@Resolver()
export class AccountResolver {
  constructor(private readonly accountService: AccountService) {}

  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  @Access('PUBLIC')
  viewer(@Ctx() ctx: RequestContext): Promise<User | null> {
    return this.accountService.viewer(ctx);
  }

  @Mutation(() => AuthPayload)
  @Access('PUBLIC')
  signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    return this.accountService.signUp(ctx, input);
  }

  @Mutation(() => AuthPayload)
  @Access('PUBLIC')
  signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    return this.accountService.signIn(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Clears the session cookie. Bearer tokens simply expire.' })
  @Access('PUBLIC')
  signOut(@Ctx() ctx: RequestContext): boolean {
    return this.accountService.signOut(ctx);
  }

  @Mutation(() => User, { description: 'Admins only.' })
  @Access('ADMIN')
  createCommissioner(@Arg('input', () => CreateCommissionerInput) input: CreateCommissionerInput, @Ctx() ctx: RequestContext): Promise<User> {
    return this.accountService.createCommissioner(ctx, input);
  }
}
