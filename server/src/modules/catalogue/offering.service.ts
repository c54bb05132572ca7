import { AppError, badInput, conflict, notFound } from '../../common/app-error';
import { assertId } from '../../common/ids';
import { decodeCursor, encodeCursor, pageSize, toPage } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/request-context';
import { inTransaction } from '../../db/transaction';
import type { PlaceDirectory } from '../place/place-directory';
import type { Provider } from '../provider/provider.entity';
import { canManage, type ProviderService } from '../provider/provider.service';
import { DeliveryMode, OfferingSort, OfferingStatus } from './catalogue.enums';
import { contactFields } from '../contact/contact-rules';
import type { ContactDetails } from '../contact/contact.entity';
import { OfferingConnection, type Offering } from './offering.entity';
import type { OfferingFilter, OfferingInput } from './offering.inputs';
import { withCard } from './offering-card';
import { OfferingRepository, type OfferingFields } from './offering.repository';
import { effectiveSort, sortArity, type EffectiveSort, type SearchCriteria } from './offering-search';
import type { Taxonomy } from './taxonomy';
import type { SearchSignalSink } from './search-signal';

// Owns: only a provider's owner (or an admin) creates or changes its offerings; the status moves
// DRAFT -> PUBLISHED <-> PAUSED, and anything -> ARCHIVED, which is final; only PUBLISHED offerings are listed
// or searched, and unpublished ones are visible only to those who manage them.
const MAX_WINDOW_DAYS = 92;

export class OfferingService {
  constructor(
    private readonly places: PlaceDirectory,
    private readonly taxonomy: Taxonomy,
    private readonly providers: ProviderService,
    /** Where demand signals go (market's DemandRecorder, wired by the composition root). */
    private readonly searchSignals: SearchSignalSink,
  ) {}

  async create(ctx: RequestContext, providerId: string, input: OfferingInput): Promise<Offering> {
    const provider = await this.providers.loadManaged(ctx, providerId);
    return OfferingRepository.insert(ctx.db, provider.id, this.fields(input, provider, null));
  }

  async update(ctx: RequestContext, id: string, input: OfferingInput): Promise<Offering> {
    return inTransaction(ctx, async (tx) => {
      const current = await OfferingRepository.lockById(tx.db, assertId(id));
      if (!current) throw notFound('That offering');
      const provider = await this.providers.loadManaged(tx, current.providerId);
      if (current.status === OfferingStatus.ARCHIVED) throw conflict('This offering is archived and can no longer be changed.');
      return OfferingRepository.update(tx.db, current.id, this.fields(input, provider, current));
    });
  }

  publish(ctx: RequestContext, id: string) {
    return this.move(ctx, id, [OfferingStatus.DRAFT, OfferingStatus.PAUSED, OfferingStatus.PUBLISHED], OfferingStatus.PUBLISHED, 'An archived offering cannot be published again.');
  }

  pause(ctx: RequestContext, id: string) {
    return this.move(ctx, id, [OfferingStatus.PUBLISHED, OfferingStatus.PAUSED], OfferingStatus.PAUSED, 'Only a published offering can be paused.');
  }

  archive(ctx: RequestContext, id: string) {
    return this.move(ctx, id, [OfferingStatus.DRAFT, OfferingStatus.PUBLISHED, OfferingStatus.PAUSED], OfferingStatus.ARCHIVED, 'This offering is already archived.');
  }

  /** Published offerings to anyone; other states only to those who manage the provider. */
  async visibleById(ctx: RequestContext, id: string): Promise<Offering | null> {
    const offering = await ctx.loaders.offeringById.load(assertId(id));
    if (!offering) return null;
    if (offering.status === OfferingStatus.PUBLISHED) return offering;
    const provider = await ctx.loaders.providerById.load(offering.providerId);
    return provider && canManage(ctx, provider) ? offering : null;
  }

  /** Loads an offering the viewer manages, or fails with NOT_FOUND / FORBIDDEN. */
  async loadManaged(ctx: RequestContext, id: string, field = 'offeringId'): Promise<{ offering: Offering; provider: Provider }> {
    const offering = await ctx.loaders.offeringById.load(assertId(id, field));
    if (!offering) throw notFound('That offering');
    const provider = await this.providers.loadManaged(ctx, offering.providerId);
    return { offering, provider };
  }

  async search(ctx: RequestContext, filter: OfferingFilter | null | undefined, sort: OfferingSort | null | undefined, first?: number | null, after?: string | null): Promise<OfferingConnection> {
    const size = pageSize(first);
    const criteria = this.criteria(filter ?? {});
    if (sort === OfferingSort.DISTANCE && !criteria.near) throw badInput('Sorting by distance needs a postcode district (nearOutcode).', 'sort');
    const eff = effectiveSort(sort ?? OfferingSort.RELEVANCE, criteria);
    const cursor = decodeCursor(after, eff, sortArity(eff));
    const found = await this.searchPage(ctx, criteria, eff, size, cursor);
    const page = toPage(found, size, (o) => encodeCursor(eff, o.sortKey!));
    if (criteria.near && !cursor) {
      // A demand signal for commissioners: the area, the kinds of support asked for, which filters (not what was
      // typed) and how many results came back. Buffered; never linked to the viewer.
      this.searchSignals.record({
        localAuthorityCode: this.places.district(filter!.nearOutcode!).localAuthorityCode,
        categoryIds: criteria.categoryIds ?? [],
        filters: Object.entries(filter ?? {}).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)).map(([k]) => k),
        results: page.edges.length,
        hasMore: page.pageInfo.hasNextPage,
      }, ctx.http?.clientKey);
    }
    return Object.assign(new OfferingConnection(), page, { countUpTo: (upTo: number | null) => OfferingRepository.count(ctx.db, criteria, upTo) });
  }

  /**
   * A results page. Cards show each offering's provider and next free slot, so they come in the search's own
   * statement and prime the loaders those fields read (one SQL statement for the page, whatever its size).
   * (The benchmark's naive server overrides this to search without them: server/src/bench/naive-server.ts.)
   */
  protected async searchPage(ctx: RequestContext, criteria: SearchCriteria, sort: EffectiveSort, size: number, cursor: (string | number | null)[] | null): Promise<Offering[]> {
    const cards = await OfferingRepository.searchCards(ctx.db, criteria, sort, size, cursor, new Date());
    for (const card of cards) {
      ctx.loaders.providerById.prime(card.provider.id, card.provider);
      ctx.loaders.nextSlotByOfferingId.prime(card.offering.id, card.nextSlot);
    }
    return cards.map((card) => withCard(card.offering, card.provider, card.nextSlot));
  }

  /** The offering's own contact details, and its provider's where it gives none (its venue is its own). */
  async contactOf(ctx: RequestContext, o: Offering): Promise<ContactDetails> {
    const p = await ctx.loaders.providerById.load(o.providerId);
    return {
      email: o.contactEmail ?? p?.contactEmail ?? null,
      phone: o.contactPhone ?? p?.contactPhone ?? null,
      website: o.contactWebsite ?? p?.website ?? null,
      hours: o.contactHours ?? p?.contactHours ?? null,
      venueAddress: o.venueAddress,
      venueOutcode: o.venueOutcode,
      accessibility: o.accessibility,
    };
  }

  async providerOfferings(ctx: RequestContext, provider: Provider, first?: number | null, after?: string | null): Promise<OfferingConnection> {
    const size = pageSize(first);
    const all = canManage(ctx, provider);
    const cursor = decodeCursor(after, 'PROVIDER', 2) as [string, string] | null;
    const found = await OfferingRepository.findPageByProvider(ctx.db, provider.id, all, size, cursor);
    const page = toPage(found, size, (o) => encodeCursor('PROVIDER', o.sortKey!));
    return Object.assign(new OfferingConnection(), page, { countUpTo: (upTo: number | null) => OfferingRepository.countByProvider(ctx.db, provider.id, all, upTo) });
  }

  private async move(ctx: RequestContext, id: string, from: OfferingStatus[], to: OfferingStatus, refusal: string): Promise<Offering> {
    return inTransaction(ctx, async (tx) => {
      const current = await OfferingRepository.lockById(tx.db, assertId(id));
      if (!current) throw notFound('That offering');
      const provider = await this.providers.loadManaged(tx, current.providerId);
      if (to === OfferingStatus.PUBLISHED && provider.suspendedAt) {
        throw new AppError('PROVIDER_SUSPENDED', 'This provider is suspended, so its offerings cannot be published until an admin lifts the suspension.');
      }
      const moved = await OfferingRepository.transition(tx.db, current.id, from, to);
      if (!moved) throw conflict(refusal);
      return moved;
    });
  }

  /** The stored fields from an input; on an update (current given) contact details left out stay as they were. */
  private fields(input: OfferingInput, provider: Provider, current: Offering | null): OfferingFields {
    const category = this.taxonomy.slug(input.categorySlug, 'categorySlug');
    const contact = input.contact ? contactFields(input.contact, this.places, { deliveryModes: input.deliveryModes }) : null;
    const kept = !contact && current ? current : null;
    if (kept?.venueAddress && !input.deliveryModes.some((m) => m === DeliveryMode.IN_PERSON || m === DeliveryMode.GROUP)) {
      throw badInput('This offering has a venue: remove it (contact.venueAddress) before taking away in-person and group delivery.', 'deliveryModes');
    }
    if (input.minimumAge != null && input.maximumAge != null && input.minimumAge > input.maximumAge) {
      throw badInput('The minimum age cannot be more than the maximum age.', 'minimumAge');
    }
    const languages = (input.languages?.length ? input.languages : ['en']).map((l) => l.toLowerCase());
    return {
      categoryId: category.id,
      title: input.title.trim(),
      summary: input.summary.trim(),
      description: input.description.trim(),
      lifeAreas: input.lifeAreas?.length ? input.lifeAreas : category.lifeAreas,
      deliveryModes: input.deliveryModes,
      languages: [...new Set(languages)],
      accessibility: contact?.accessibility.length ? contact.accessibility : (input.accessibility ?? []).map((a) => a.trim()).filter(Boolean),
      pricePence: input.pricePence,
      priceUnit: input.priceUnit,
      sessionMinutes: input.sessionMinutes,
      baseOutcode: input.baseOutcode ? this.places.district(input.baseOutcode, 'baseOutcode').outcode : provider.baseOutcode,
      serviceRadiusKm: input.serviceRadiusKm,
      minimumAge: input.minimumAge ?? null,
      maximumAge: input.maximumAge ?? null,
      contactEmail: contact ? contact.email : (kept?.contactEmail ?? null),
      contactPhone: contact ? contact.phone : (kept?.contactPhone ?? null),
      contactWebsite: contact ? contact.website : (kept?.contactWebsite ?? null),
      contactHours: contact ? contact.hours : (kept?.contactHours ?? null),
      venueAddress: contact ? contact.venueAddress : (kept?.venueAddress ?? null),
      venueOutcode: contact ? contact.venueOutcode : (kept?.venueOutcode ?? null),
    };
  }

  private criteria(f: OfferingFilter): SearchCriteria {
    const near = f.nearOutcode ? this.places.district(f.nearOutcode, 'nearOutcode') : null;
    if (f.withinKm != null && !near) throw badInput('A distance (withinKm) needs a postcode district (nearOutcode).', 'withinKm');
    let available: SearchCriteria['available'] = null;
    if (f.availableFrom || f.availableTo) {
      const now = new Date();
      const from = f.availableFrom && f.availableFrom > now ? f.availableFrom : now;
      const to = f.availableTo ?? new Date(from.getTime() + MAX_WINDOW_DAYS * 86_400_000);
      if (to <= from) throw badInput('The end of the availability window must be after its start (and in the future).', 'availableTo');
      available = { from, to };
    }
    const nonEmpty = <T>(a: T[] | null | undefined): T[] | null => (a && a.length ? a : null);
    return {
      tsquery: toPrefixQuery(f.text),
      categoryIds: nonEmpty(f.categorySlugs)?.map((s) => this.taxonomy.slug(s, 'categorySlugs').id) ?? null,
      lifeAreas: nonEmpty(f.lifeAreas),
      near: near ? { latitude: near.latitude, longitude: near.longitude } : null,
      withinKm: f.withinKm ?? null,
      maxPricePence: f.maxPricePence ?? null,
      deliveryModes: nonEmpty(f.deliveryModes),
      languages: nonEmpty(f.languages)?.map((l) => l.toLowerCase()) ?? null,
      peerLed: f.peerLed ?? null,
      providerKinds: nonEmpty(f.providerKinds),
      available,
    };
  }
}

/**
 * Words typed by a person become an AND of prefix terms ("peer supp" finds "peer support"), stemmed by the
 * English configuration. Only letters and digits pass through, so no tsquery syntax can be injected.
 */
export function toPrefixQuery(text: string | null | undefined): string | null {
  if (!text) return null;
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.slice(0, 12) ?? [];
  if (words.length === 0) return null;
  return words.map((w) => `${w}:*`).join(' & ');
}

