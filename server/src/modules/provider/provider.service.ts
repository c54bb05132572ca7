import { AppError, forbidden, notFound } from '../../common/app-error';
import { assertId } from '../../common/ids';
import type { RequestContext } from '../../graphql/request-context';
import { inTransaction } from '../../db/transaction';
import type { PlaceDirectory } from '../place/place-directory';
import type { Provider } from './provider.entity';
import type { CreateProviderInput, UpdateProviderInput } from './provider.inputs';
import { ProviderRepository } from './provider.repository';
import { VerificationRepository } from './verification.repository';
import { contactFields } from '../contact/contact-rules';
import type { ContactInput } from '../contact/contact.inputs';

// Owns: a provider organisation belongs to the account that created it; only its owner (or an admin) changes it;
// only an admin verifies it. Its base is a known postcode district.
export class ProviderService {
  constructor(private readonly places: PlaceDirectory) {}

  async create(ctx: RequestContext, input: CreateProviderInput): Promise<Provider> {
    const viewer = ctx.viewer!;
    const contact = this.contact(input.contact);
    return ProviderRepository.insert(ctx.db, viewer.id, {
      name: input.name.trim(),
      kind: input.kind,
      description: input.description.trim(),
      website: contact?.website ?? (input.website?.trim() || null),
      baseOutcode: this.places.district(input.baseOutcode, 'baseOutcode').outcode,
      peerLed: input.peerLed ?? false,
      contactEmail: contact?.email ?? null,
      contactPhone: contact?.phone ?? null,
      contactHours: contact?.hours ?? null,
      accessibility: contact?.accessibility ?? [],
    });
  }

  async update(ctx: RequestContext, id: string, input: UpdateProviderInput): Promise<Provider> {
    return inTransaction(ctx, async (tx) => {
      const current = await ProviderRepository.lockById(tx.db, assertId(id));
      if (!current) throw notFound('That provider');
      assertCanManage(tx, current);
      const name = input.name?.trim() ?? current.name;
      const kind = input.kind ?? current.kind;
      // Verification vouches for who the provider is: a new name or kind (say "NHS Greater Manchester Crisis Team")
      // needs checking again, unless an admin made the change (issue 13, finding 11).
      const keepVerified = tx.viewer?.role === 'ADMIN' || (name === current.name && kind === current.kind);
      const contact = this.contact(input.contact);
      const website = input.website === undefined ? current.website : input.website?.trim() || null;
      if (!keepVerified) await VerificationRepository.sendBackForChecking(tx.db, current.id);
      await ProviderRepository.update(tx.db, current.id, {
        name,
        kind,
        description: input.description?.trim() ?? current.description,
        website: contact?.website ?? website,
        baseOutcode: input.baseOutcode ? this.places.district(input.baseOutcode, 'baseOutcode').outcode : current.baseOutcode,
        peerLed: input.peerLed ?? current.peerLed,
        contactEmail: contact ? contact.email : current.contactEmail,
        contactPhone: contact ? contact.phone : current.contactPhone,
        contactHours: contact ? contact.hours : current.contactHours,
        accessibility: contact ? contact.accessibility : current.accessibility,
      });
      // Read back: a new kind changes what it must hold, and the database re-derives "checked" after the update.
      return (await ProviderRepository.findByIds(tx.db, [current.id]))[0];
    });
  }

  /** A provider's contact details: never a venue (venues belong to in-person offerings). */
  private contact(input: ContactInput | null | undefined) {
    return input ? contactFields(input, this.places, null) : null;
  }

  async byId(ctx: RequestContext, id: string): Promise<Provider | null> {
    return ctx.loaders.providerById.load(assertId(id));
  }

  async mine(ctx: RequestContext): Promise<Provider[]> {
    const providers = await ProviderRepository.findByOwner(ctx.db, ctx.viewer!.id);
    for (const p of providers) ctx.loaders.providerById.prime(p.id, p);
    return providers;
  }

  /** Loads a provider the viewer may manage, or fails with NOT_FOUND / FORBIDDEN. */
  async loadManaged(ctx: RequestContext, id: string): Promise<Provider> {
    const p = await ctx.loaders.providerById.load(assertId(id, 'providerId'));
    if (!p) throw notFound('That provider');
    assertCanManage(ctx, p);
    return p;
  }
}

export function canManage(ctx: RequestContext, provider: Provider): boolean {
  return !!ctx.viewer && (ctx.viewer.role === 'ADMIN' || (ctx.viewer.role === 'PROVIDER' && ctx.viewer.id === provider.ownerId));
}

export function assertCanManage(ctx: RequestContext, provider: Provider): void {
  if (!ctx.viewer) throw new AppError('UNAUTHENTICATED', 'Please sign in to do this.');
  if (!canManage(ctx, provider)) throw forbidden('Only the people who run this organisation can change it.');
}
