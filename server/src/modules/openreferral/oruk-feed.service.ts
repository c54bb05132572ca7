import type { EntityManager } from 'typeorm';
import { badInput, notFound } from '../../common/app-error';
import type { DeliveryMode } from '../catalogue/catalogue.enums';
import type { ProviderKind } from '../provider/provider.enums';
import { LifeArea } from '../catalogue/life-area';
import type { Taxonomy } from '../catalogue/taxonomy';
import type { PlaceDirectory } from '../place/place-directory';
import { earthXyz, projectKm } from '../place/geo';
import { derivedId, isUuid } from './oruk-ids';
import { serviceAtLocationDocument, serviceDocument, type MapperContext } from './oruk-mapper';
import { OrukRepository, type ServiceFilter } from './oruk.repository';
import { OrukVocabulary, publicTerm } from './oruk-taxonomy';
import type { OrukPage, OrukService, OrukServiceAtLocation, OrukTaxonomy, OrukTaxonomyTerm } from './oruk.types';
import { groupByKey } from '../../graphql/batch';

// The Open Referral UK 3.0 feed of the catalogue: published offerings as services, read-only and public.
// Invariants: only PUBLISHED offerings appear; every id is a UUID that means the same record on every request; a
// page costs a fixed number of statements (OrukRepository); bad paging or filters are BAD_USER_INPUT, never a 500.

export const ORUK_VERSION = '3.0';
export const ORUK_PROFILE = 'https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md';
export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 500;
/** Upcoming sessions published per service as schedules. */
export const SCHEDULES_PER_SERVICE = 5;

export type Query = Record<string, unknown>;

export class OrukFeedService {
  readonly vocabulary: OrukVocabulary;

  constructor(
    private readonly places: PlaceDirectory,
    taxonomy: Taxonomy,
    private readonly webOrigin: string,
  ) {
    this.vocabulary = new OrukVocabulary(taxonomy);
  }

  root(baseUrl: string) {
    return { version: ORUK_VERSION, profile: ORUK_PROFILE, openapi_url: `${baseUrl}/openapi.json` };
  }

  async services(db: EntityManager, q: Query, now = new Date()): Promise<OrukPage<OrukService>> {
    const { page, perPage } = paging(q);
    const filter = this.serviceFilter(q, false);
    if (!filter) return envelope([], 0, page, perPage);
    const { total, ids } = await OrukRepository.findPublishedPage(db, filter, perPage, (page - 1) * perPage);
    const rows = await OrukRepository.findPublishedByIds(db, ids);
    const slots = groupByKey(rows.map((r) => r.id), await OrukRepository.findUpcomingSlots(db, ids, SCHEDULES_PER_SERVICE, now), (s) => s.offering_id);
    const m = this.mapper();
    return envelope(rows.map((r, i) => serviceDocument(r, slots[i], m)), total, page, perPage);
  }

  async service(db: EntityManager, id: string, now = new Date()): Promise<OrukService> {
    const row = isUuid(id) ? (await OrukRepository.findPublishedByIds(db, [id]))[0] : undefined;
    if (!row) throw notFound('The service');
    const slots = await OrukRepository.findUpcomingSlots(db, [id], SCHEDULES_PER_SERVICE, now);
    return serviceDocument(row, slots, this.mapper());
  }

  async serviceAtLocations(db: EntityManager, q: Query, now = new Date()): Promise<OrukPage<OrukServiceAtLocation>> {
    const { page, perPage } = paging(q);
    const filter = this.serviceFilter(q, true);
    if (!filter) return envelope([], 0, page, perPage);
    const { total, ids } = await OrukRepository.findPublishedPage(db, filter, perPage, (page - 1) * perPage);
    const rows = await OrukRepository.findPublishedByIds(db, ids);
    const slots = groupByKey(rows.map((r) => r.id), await OrukRepository.findUpcomingSlots(db, ids, SCHEDULES_PER_SERVICE, now), (s) => s.offering_id);
    const m = this.mapper();
    return envelope(rows.map((r, i) => serviceAtLocationDocument(r, slots[i], m)), total, page, perPage);
  }

  async serviceAtLocation(db: EntityManager, id: string, now = new Date()): Promise<OrukServiceAtLocation> {
    // A service_at_location id is its offering's id under a mask (oruk-ids.ts derivedId), so no lookup table.
    const offeringId = isUuid(id) ? derivedId('service_at_location', id.toLowerCase()) : null;
    const row = offeringId ? (await OrukRepository.findPublishedByIds(db, [offeringId]))[0] : undefined;
    if (!row) throw notFound('The service at location');
    const slots = await OrukRepository.findUpcomingSlots(db, [row.id], SCHEDULES_PER_SERVICE, now);
    return serviceAtLocationDocument(row, slots, this.mapper());
  }

  taxonomies(q: Query): OrukPage<OrukTaxonomy> {
    const { page, perPage } = paging(q);
    return slice(this.vocabulary.taxonomies, page, perPage);
  }

  taxonomy(id: string): OrukTaxonomy {
    const t = isUuid(id) ? this.vocabulary.taxonomyWithTerms(id) : null;
    if (!t) throw notFound('The taxonomy');
    return t;
  }

  taxonomyTerms(q: Query): OrukPage<OrukTaxonomyTerm> {
    const { page, perPage } = paging(q);
    const taxonomyId = optionalUuid(q, 'taxonomy_id');
    const terms = this.vocabulary.terms.filter((t) => !taxonomyId || t.taxonomy_id === taxonomyId);
    return slice(terms.map(publicTerm), page, perPage);
  }

  taxonomyTerm(id: string): OrukTaxonomyTerm {
    const t = isUuid(id) ? this.vocabulary.termById(id) : null;
    if (!t) throw notFound('The taxonomy term');
    return publicTerm(t);
  }

  private mapper(): MapperContext {
    return { vocabulary: this.vocabulary, places: this.places, webOrigin: this.webOrigin };
  }

  /** The query's filters as SQL criteria; null when they cannot match anything (an unknown term or taxonomy). */
  private serviceFilter(q: Query, withPlace: boolean): ServiceFilter | null {
    const f: ServiceFilter = {
      search: optionalText(q, 'search'),
      categoryIds: null,
      lifeAreas: null,
      deliveryModes: null,
      providerKinds: null,
      peerLed: null,
      verified: null,
      minimumAge: optionalNumber(q, 'minimum_age'),
      maximumAge: optionalNumber(q, 'maximum_age'),
      organizationId: optionalUuid(q, 'organization_id'),
      modifiedAfter: optionalDate(q, 'modified_after'),
      reach: null,
      proximityKm: null,
    };
    const termId = optionalUuid(q, 'taxonomy_term_id');
    if (termId) {
      const term = this.vocabulary.termById(termId);
      if (!term) return null;
      switch (term.taxonomyKey) {
        case 'kinds-of-support': {
          const c = this.vocabulary.categoryBySlugOrNull(term.code);
          if (!c) return null;
          f.categoryIds = [c.id];
          break;
        }
        case 'life-areas':
          f.lifeAreas = [term.code as LifeArea];
          break;
        case 'delivery-modes':
          f.deliveryModes = [term.code as DeliveryMode];
          break;
        case 'provider':
          if (term.code === 'peer-led') f.peerLed = true;
          else if (term.code === 'verified') f.verified = true;
          else f.providerKinds = [term.code as ProviderKind];
      }
    }
    const taxonomyId = optionalUuid(q, 'taxonomy_id');
    if (taxonomyId) {
      const key = this.vocabulary.taxonomyKeyById(taxonomyId);
      if (!key) return null;
      // Every service has a kind of support, a delivery mode and a provider; only life areas can be missing.
      if (key === 'life-areas' && !f.lifeAreas) f.lifeAreas = Object.values(LifeArea);
    }
    if (withPlace) {
      const postcode = optionalText(q, 'postcode');
      const proximity = optionalNumber(q, 'proximity');
      if (proximity !== null && !postcode) throw badInput('proximity needs a postcode to measure from.', 'proximity');
      if (proximity !== null && proximity < 0) throw badInput('proximity is a distance in metres, 0 or more.', 'proximity');
      if (postcode) {
        const d = this.places.district(postcode, 'postcode');
        f.reach = { ...projectKm(d.latitude, d.longitude), xyz: earthXyz(d.latitude, d.longitude) };
        f.proximityKm = proximity === null ? null : proximity / 1000;
      }
    }
    return f;
  }
}

function envelope<T>(contents: T[], total: number, page: number, perPage: number): OrukPage<T> {
  const totalPages = Math.ceil(total / perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

function slice<T>(all: T[], page: number, perPage: number): OrukPage<T> {
  return envelope(all.slice((page - 1) * perPage, page * perPage), all.length, page, perPage);
}

function single(q: Query, name: string): string | null {
  const v = q[name];
  if (v === undefined) return null;
  if (typeof v !== 'string') throw badInput(`Give ${name} once, as plain text.`, name);
  return v.trim() === '' ? null : v.trim();
}

function paging(q: Query): { page: number; perPage: number } {
  const page = wholeNumber(q, 'page', 1, 1, 1_000_000);
  const perPage = wholeNumber(q, 'per_page', DEFAULT_PER_PAGE, 1, MAX_PER_PAGE);
  return { page, perPage };
}

function wholeNumber(q: Query, name: string, fallback: number, min: number, max: number): number {
  const raw = single(q, name);
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw badInput(`${name} must be a whole number from ${min} to ${max.toLocaleString('en-GB')} (got "${raw.slice(0, 20)}").`, name);
  }
  return Number(raw);
}

function optionalText(q: Query, name: string): string | null {
  const raw = single(q, name);
  if (raw !== null && raw.length > 200) throw badInput(`${name} is too long (200 characters at most).`, name);
  return raw;
}

function optionalNumber(q: Query, name: string): number | null {
  const raw = single(q, name);
  if (raw === null) return null;
  const n = Number(raw);
  if (!Number.isFinite(n) || !/^-?\d+(\.\d+)?$/.test(raw)) throw badInput(`${name} must be a number (got "${raw.slice(0, 20)}").`, name);
  return n;
}

function optionalUuid(q: Query, name: string): string | null {
  const raw = single(q, name);
  if (raw === null) return null;
  if (!isUuid(raw)) throw badInput(`${name} must be a UUID (got "${String(raw).slice(0, 40)}").`, name);
  return raw.toLowerCase();
}

function optionalDate(q: Query, name: string): Date | null {
  const raw = single(q, name);
  if (raw === null) return null;
  const d = new Date(raw);
  if (!/^\d{4}-\d{2}-\d{2}/.test(raw) || Number.isNaN(d.getTime())) throw badInput(`${name} must be a date or date-time like 2026-12-01T00:00:00Z.`, name);
  return d;
}

