import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { RequestContext } from '../../graphql/request-context';
import { Provider } from '../provider/provider.entity';
import { Concern, ConcernConnection } from './concern.entity';
import { ConcernsArgs, RaiseConcernInput, SuspendProviderArgs, UpdateConcernArgs } from './concern.inputs';
import { ConcernService } from './concern.service';
import { SuspensionService } from './suspension.service';

@Resolver(() => Concern)
export class ConcernResolver {
  constructor(
    private readonly concernService: ConcernService,
    private readonly suspensionService: SuspensionService,
  ) {}

  @Query(() => ConcernConnection, { description: 'Admins: every concern; commissioners: concerns about providers serving their area; others: those they raised. Newest first.' })
  @Access('SIGNED_IN')
  concerns(@Args(() => ConcernsArgs) args: ConcernsArgs, @Ctx() ctx: RequestContext): Promise<ConcernConnection> {
    return this.concernService.list(ctx, args);
  }

  @Query(() => Concern, { description: 'One concern: for those who handle it and whoever raised it.' })
  @Access('SIGNED_IN')
  concern(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Concern> {
    return this.concernService.byId(ctx, id);
  }

  @Mutation(() => Concern, { description: 'Anyone, signed in or not (signed out: a few an hour from one address).' })
  @Access('PUBLIC')
  raiseConcern(@Arg('input', () => RaiseConcernInput) input: RaiseConcernInput, @Ctx() ctx: RequestContext): Promise<Concern> {
    return this.concernService.raise(ctx, input);
  }

  @Mutation(() => Concern, { description: 'Admins, and commissioners for providers serving their area. RECEIVED -> ACKNOWLEDGED -> INVESTIGATING -> CLOSED (with the outcome as note).' })
  @Access('ADMIN', 'COMMISSIONER')
  updateConcern(@Args(() => UpdateConcernArgs) args: UpdateConcernArgs, @Ctx() ctx: RequestContext): Promise<Concern> {
    return this.concernService.update(ctx, args);
  }

  @Mutation(() => Provider, { description: 'Admins: hides every offering of the provider until lifted; people with upcoming bookings are told.' })
  @Access('ADMIN')
  suspendProvider(@Args(() => SuspendProviderArgs) args: SuspendProviderArgs, @Ctx() ctx: RequestContext): Promise<Provider> {
    return this.suspensionService.suspend(ctx, args);
  }

  @Mutation(() => Provider, { description: 'Admins: ends a suspension; the offerings it paused are published again.' })
  @Access('ADMIN')
  liftProviderSuspension(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Provider> {
    return this.suspensionService.lift(ctx, id);
  }
}
