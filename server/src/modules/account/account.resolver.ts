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

  @Mutation(() => Boolean, { description: 'Every other session and token of the account stops working.' })
  @Access('SIGNED_IN')
  changePassword(@Arg('currentPassword', () => String) currentPassword: string, @Arg('newPassword', () => String) newPassword: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.accountService.changePassword(ctx, currentPassword, newPassword);
  }

  @Mutation(() => Boolean, { description: 'Always true, whether or not the email has an account; the link goes by email and works once, for an hour.' })
  @Access('PUBLIC')
  requestPasswordReset(@Arg('email', () => String) email: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.accountService.requestPasswordReset(ctx, email);
  }

  @Mutation(() => AuthPayload)
  @Access('PUBLIC')
  resetPassword(@Arg('token', () => String) token: string, @Arg('newPassword', () => String) newPassword: string, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    return this.accountService.resetPassword(ctx, token, newPassword);
  }

  @Mutation(() => String, { description: 'Everything the platform holds about the signed-in user, as JSON (UK GDPR right of access).' })
  @Access('SIGNED_IN')
  exportMyData(@Ctx() ctx: RequestContext): Promise<string> {
    return this.accountService.exportMyData(ctx);
  }

  @Mutation(() => Boolean, { description: 'Erases the account and its personal data; keeps the ledger and bookings that others rely on, anonymised.' })
  @Access('SIGNED_IN')
  deleteMyAccount(@Arg('password', () => String) password: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.accountService.deleteMyAccount(ctx, password);
  }

  @Mutation(() => User, { description: 'Admins only.' })
  @Access('ADMIN')
  createCommissioner(@Arg('input', () => CreateCommissionerInput) input: CreateCommissionerInput, @Ctx() ctx: RequestContext): Promise<User> {
    return this.accountService.createCommissioner(ctx, input);
  }
}
