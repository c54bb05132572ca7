import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { RequestContext } from '../../graphql/request-context';
import { Supporter } from './supporter.entity';
import { AppointAuthorisedPersonInput, InviteSupporterInput } from './supporter.inputs';
import { SupporterService } from './supporter.service';

@Resolver(() => Supporter)
export class SupporterResolver {
  constructor(private readonly supporterService: SupporterService) {}

  @Query(() => [Supporter], { description: 'Invitations to support someone, and the people the viewer supports.' })
  @Access('SIGNED_IN')
  mySupporterRoles(@Ctx() ctx: RequestContext): Promise<Supporter[]> {
    return this.supporterService.mine(ctx);
  }

  @Mutation(() => Supporter, { description: 'The person (or an admin) invites someone by email; they accept once signed in with that email.' })
  @Access('PERSON', 'ADMIN')
  inviteSupporter(@Arg('input', () => InviteSupporterInput) input: InviteSupporterInput, @Ctx() ctx: RequestContext): Promise<Supporter> {
    return this.supporterService.invite(ctx, input);
  }

  @Mutation(() => Supporter, { description: "Only the signed-in person's account with the invited email (NOT_FOUND for anyone else)." })
  @Access('SIGNED_IN')
  acceptSupporterInvitation(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Supporter> {
    return this.supporterService.accept(ctx, id);
  }

  @Mutation(() => Supporter, { description: 'The person, or the supporter themselves, ends it at once.' })
  @Access('SIGNED_IN')
  revokeSupporter(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Supporter> {
    return this.supporterService.revoke(ctx, id);
  }

  @Mutation(() => Supporter, {
    description:
      "Commissioners, for plans in their own area: appoints an authorised person (Care Act s.32; s.31 nominated person) with MANAGE access and the reason recorded. They accept like any invitee; NOT_FOUND outside the commissioner's area.",
  })
  @Access('COMMISSIONER')
  appointAuthorisedPerson(@Arg('input', () => AppointAuthorisedPersonInput) input: AppointAuthorisedPersonInput, @Ctx() ctx: RequestContext): Promise<Supporter> {
    return this.supporterService.appointAuthorisedPerson(ctx, input);
  }
}
