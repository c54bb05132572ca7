import type { SlotRow } from '../catalogue/slot.entity';
import type { PlaceDirectory } from '../place/place-directory';
import { derivedId } from './oruk-ids';
import { IN_PLACE_MODES, type ServiceRow } from './oruk.repository';
import type { FeedTerm, OrukVocabulary } from './oruk-taxonomy';
import type {
  OrukAccessibility, OrukAddress, OrukAttribute, OrukContact, OrukLocation, OrukOrganization, OrukPhone, OrukSchedule,
  OrukService, OrukServiceAtLocation,
} from './oruk.types';

// Catalogue rows to Open Referral UK documents. Pure functions: the repository has read everything a page needs.
// Optional fields are left out rather than null (the profile's schemas type them as plain strings and numbers).

/**
 * How a provider or an offering can be reached (the `ContactDetails` of the GraphQL contract). Not stored on this
 * branch yet: every field is optional so the feed is whole with or without it (see mapContactDetails).
 */
export interface ContactDetails {
  email?: string | null;
  phone?: string | null;
  website?: string | null;
  venueAddress?: string | null;
  venueOutcode?: string | null;
  accessibility?: string[] | null;
  hours?: string | null;
}

export interface MapperContext {
  vocabulary: OrukVocabulary;
  places: PlaceDirectory;
  /** The web app's origin, for each service's and organisation's public page. */
  webOrigin: string;
}

export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English', cy: 'Welsh', gd: 'Scottish Gaelic', pl: 'Polish', ur: 'Urdu', pa: 'Punjabi', bn: 'Bengali', ar: 'Arabic',
  so: 'Somali', gu: 'Gujarati', ro: 'Romanian', pt: 'Portuguese', es: 'Spanish', fr: 'French', zh: 'Chinese',
  tr: 'Turkish', lt: 'Lithuanian', ta: 'Tamil', bfi: 'British Sign Language',
};

export function locationTypeOf(row: Pick<ServiceRow, 'delivery_modes'>): 'physical' | 'virtual' {
  return row.delivery_modes.some((m) => IN_PLACE_MODES.includes(m)) ? 'physical' : 'virtual';
}

/** Contact details of a row's offering and provider, once the catalogue stores them (see mapContactDetails). */
export interface RowContacts {
  offering?: ContactDetails | null;
  provider?: ContactDetails | null;
}

export function serviceDocument(row: ServiceRow, slots: SlotRow[], m: MapperContext, options: { withLocations?: boolean; contacts?: RowContacts } = {}): OrukService {
  const id = row.id;
  const locationType = locationTypeOf(row);
  const salId = derivedId('service_at_location', id);
  const contact = mapContactDetails({
    serviceId: id,
    locationId: derivedId('location', id),
    district: row.base_outcode,
    districtAuthority: safeAuthorityName(m, row.base_outcode),
    offeringAccessibility: row.accessibility,
    providerName: row.provider.name,
    // The reach branch adds ContactDetails to offerings and providers: pass them in options.contacts once read.
    offering: options.contacts?.offering ?? null,
    provider: options.contacts?.provider ?? null,
  });
  const doc: OrukService = {
    id,
    organization_id: row.provider_id,
    name: row.title,
    summary: row.summary,
    description: row.description,
    url: `${m.webOrigin}/offerings/${id}`,
    ...(contact.serviceEmail ? { email: contact.serviceEmail } : {}),
    status: 'active',
    fees: feesText(row),
    ...(row.minimum_age !== null ? { minimum_age: row.minimum_age } : {}),
    ...(row.maximum_age !== null ? { maximum_age: row.maximum_age } : {}),
    ...(row.assured_date ? { assured_date: row.assured_date } : {}),
    last_modified: new Date(row.updated_at).toISOString(),
    schedules: [...slots.map((s) => slotSchedule(s, id, salId, locationType)), ...contact.hoursSchedules],
    service_areas: [{ id: derivedId('service_area', id), service_id: id, name: serviceAreaText(row, locationType) }],
    languages: row.languages.map((code) => ({
      id: derivedId(`language:${code}`, id),
      service_id: id,
      ...(LANGUAGE_NAMES[code] ? { name: LANGUAGE_NAMES[code] } : {}),
      code,
    })),
    organization: organizationDocument(row, m, contact),
    cost_options: [
      {
        id: derivedId('cost_option', id),
        service_id: id,
        option: row.price_pence === 0 ? 'Free' : 'Standard price',
        amount: row.price_pence / 100,
        currency: 'GBP',
        amount_description: amountDescription(row),
      },
    ],
    ...(contact.contacts.length ? { contacts: contact.contacts } : {}),
    ...(contact.phones.length ? { phones: contact.phones } : {}),
    attributes: serviceTerms(row, m.vocabulary).map((t) => attribute(id, 'service', t, m.vocabulary)),
  };
  if (options.withLocations !== false) {
    doc.service_at_locations = [{ id: salId, service_id: id, location_id: derivedId('location', id), location: locationDocument(row, m, contact) }];
  }
  return doc;
}

/** A service_at_location: the offering at its location, with the service nested (without its locations again). */
export function serviceAtLocationDocument(row: ServiceRow, slots: SlotRow[], m: MapperContext, contacts?: RowContacts): OrukServiceAtLocation {
  const service = serviceDocument(row, slots, m, { withLocations: false, contacts });
  const contact = mapContactDetails({
    serviceId: row.id,
    locationId: derivedId('location', row.id),
    district: row.base_outcode,
    districtAuthority: safeAuthorityName(m, row.base_outcode),
    offeringAccessibility: row.accessibility,
    providerName: row.provider.name,
    offering: contacts?.offering ?? null,
    provider: contacts?.provider ?? null,
  });
  return {
    id: derivedId('service_at_location', row.id),
    service_id: row.id,
    location_id: derivedId('location', row.id),
    location: locationDocument(row, m, contact),
    service,
  };
}

// Districts and authorities are reference data: their names are remembered for the life of the process.
const AUTHORITY_NAMES = new Map<string, string | null>();

function safeAuthorityName(m: MapperContext, outcode: string): string | null {
  let name = AUTHORITY_NAMES.get(outcode);
  if (name === undefined) {
    try {
      name = m.places.authority(m.places.district(outcode).localAuthorityCode)?.name ?? null;
    } catch {
      name = null;
    }
    AUTHORITY_NAMES.set(outcode, name);
  }
  return name;
}

function locationDocument(row: ServiceRow, m: MapperContext, contact: MappedContact): OrukLocation {
  const type = locationTypeOf(row);
  const id = derivedId('location', row.id);
  const authority = safeAuthorityName(m, row.base_outcode);
  return {
    id,
    location_type: type,
    name: type === 'physical' ? `${row.base_outcode} postcode district${authority ? `, ${authority}` : ''}` : 'Online or by phone',
    ...(type === 'physical' ? { latitude: row.latitude, longitude: row.longitude } : {}),
    external_identifier: row.base_outcode,
    external_identifier_type: 'postcode_district',
    ...(contact.addresses.length ? { addresses: contact.addresses } : {}),
    ...(contact.accessibility.length ? { accessibility: contact.accessibility } : {}),
  };
}

function organizationDocument(row: ServiceRow, m: MapperContext, contact: MappedContact): OrukOrganization {
  const p = row.provider;
  const website = contact.organizationWebsite ?? safeUri(p.website);
  const terms = [m.vocabulary.term('provider', p.kind), ...(p.peer_led ? [m.vocabulary.term('provider', 'peer-led')] : []), ...(p.verified ? [m.vocabulary.term('provider', 'verified')] : [])];
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    ...(contact.organizationEmail ? { email: contact.organizationEmail } : {}),
    ...(website ? { website } : {}),
    uri: `${m.webOrigin}/providers/${p.id}`,
    attributes: terms.map((t) => attribute(p.id, 'organization', t, m.vocabulary)),
  };
}

export function serviceTerms(row: Pick<ServiceRow, 'category_id' | 'life_areas' | 'delivery_modes'>, v: OrukVocabulary): FeedTerm[] {
  const category = v.categoryTerm(row.category_id);
  return [
    ...(category ? [category] : []),
    ...row.life_areas.map((a) => v.term('life-areas', a)),
    ...row.delivery_modes.map((d) => v.term('delivery-modes', d)),
  ];
}

function attribute(linkId: string, linkType: string, t: FeedTerm, v: OrukVocabulary): OrukAttribute {
  return { id: derivedId(`attribute:${t.id}`, linkId), link_id: linkId, link_type: linkType, taxonomy_term_id: t.id, taxonomy_term: v.shown(t) };
}

const UNIT_WORDS: Record<string, string> = { SESSION: 'session', HOUR: 'hour', DAY: 'day', WEEK: 'week' };

function amountDescription(row: ServiceRow): string {
  return `per ${UNIT_WORDS[row.price_unit]}; sessions last ${row.session_minutes} minutes`;
}

function feesText(row: ServiceRow): string {
  return row.price_pence === 0 ? 'Free' : `£${(row.price_pence / 100).toFixed(2)} per ${UNIT_WORDS[row.price_unit]}`;
}

function serviceAreaText(row: ServiceRow, type: 'physical' | 'virtual'): string {
  if (type === 'virtual') return 'Anywhere in the UK, online or by phone';
  const km = `within ${row.service_radius_km} km of the ${row.base_outcode} postcode district`;
  return row.remote ? `Anywhere in the UK online or by phone; in person ${km}` : `In person ${km}`;
}

// Sessions are in the UK's local time whatever the server's zone (TZ=UTC in tests and containers). The UK's rule
// (GMT, and BST from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October) is computed
// here: Intl's formatToParts cost a tenth of a 100-service page.
function lastSundayUtc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * 86_400_000;
}

export function londonParts(at: Date): { date: string; time: string } {
  const y = at.getUTCFullYear();
  const bst = at.getTime() >= lastSundayUtc(y, 2) && at.getTime() < lastSundayUtc(y, 9);
  const local = new Date(at.getTime() + (bst ? 3_600_000 : 0)).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 19) };
}

function slotSchedule(s: SlotRow, serviceId: string, salId: string, type: 'physical' | 'virtual'): OrukSchedule {
  const start = londonParts(new Date(s.starts_at));
  const end = londonParts(new Date(s.ends_at));
  const free = Math.max(0, s.capacity - s.booked);
  return {
    id: s.id,
    service_id: serviceId,
    service_at_location_id: salId,
    valid_from: start.date,
    valid_to: end.date,
    dtstart: start.date,
    opens_at: start.time,
    closes_at: end.time,
    description: `${free} of ${s.capacity} ${s.capacity === 1 ? 'place' : 'places'} free (UK time)`,
    attending_type: type === 'physical' ? 'in person' : 'online or by phone',
  };
}

interface MappedContact {
  serviceEmail: string | null;
  organizationEmail: string | null;
  organizationWebsite: string | null;
  contacts: OrukContact[];
  phones: OrukPhone[];
  addresses: OrukAddress[];
  accessibility: OrukAccessibility[];
  hoursSchedules: OrukSchedule[];
}

/**
 * THE mapping of contact details to Open Referral: email, phones, contacts, the venue's address, accessibility and
 * opening hours. Takes the offering's and the provider's ContactDetails when there are any (null until the reach
 * branch's contact details are merged and read by OrukRepository.findPublishedByIds) and the offering's own
 * accessibility list, which the catalogue has today. Every value that the schemas' formats would refuse (an email
 * that is not one, a website that is not a URL) is left out rather than published.
 */
export function mapContactDetails(input: {
  serviceId: string;
  locationId: string;
  district: string;
  districtAuthority: string | null;
  offeringAccessibility: string[];
  providerName: string;
  offering?: ContactDetails | null;
  provider?: ContactDetails | null;
}): MappedContact {
  const { serviceId, locationId, offering, provider } = input;
  const serviceEmail = safeEmail(offering?.email) ?? safeEmail(provider?.email);
  const phone = clean(offering?.phone) ?? clean(provider?.phone);
  const phones: OrukPhone[] = phone ? [{ id: derivedId('phone', serviceId), service_id: serviceId, number: phone }] : [];
  const contactId = derivedId('contact', serviceId);
  const contacts: OrukContact[] =
    serviceEmail || phone
      ? [{
          id: contactId,
          service_id: serviceId,
          name: input.providerName,
          ...(serviceEmail ? { email: serviceEmail } : {}),
          ...(phone ? { phones: [{ id: derivedId('contact_phone', serviceId), contact_id: contactId, number: phone }] } : {}),
        }]
      : [];
  const addresses: OrukAddress[] = [];
  const venue = clean(offering?.venueAddress);
  if (venue) {
    const lines = venue.split(/\s*(?:\n|,)\s*/).filter(Boolean);
    const postcode = /\b([A-Z]{1,2}[0-9][A-Z0-9]?\s*[0-9][A-Z]{2})\b/i.exec(venue)?.[1]?.toUpperCase();
    const withoutPostcode = lines.filter((l) => !postcode || l.toUpperCase().replace(/\s+/g, '') !== postcode.replace(/\s+/g, ''));
    addresses.push({
      id: derivedId('address', serviceId),
      location_id: locationId,
      address_1: withoutPostcode[0] ?? venue,
      city: withoutPostcode.length > 1 ? withoutPostcode[withoutPostcode.length - 1] : (input.districtAuthority ?? input.district),
      state_province: input.districtAuthority ?? '',
      postal_code: postcode ?? clean(offering?.venueOutcode) ?? input.district,
      country: 'GB',
      address_type: 'physical',
    });
  }
  const seen = new Set<string>();
  const accessibility: OrukAccessibility[] = [];
  for (const text of [...input.offeringAccessibility, ...(offering?.accessibility ?? []), ...(provider?.accessibility ?? [])]) {
    const t = clean(text);
    if (!t || seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    accessibility.push({ id: derivedId(`accessibility:${t.toLowerCase()}`, serviceId), location_id: locationId, description: t });
  }
  const hours = clean(offering?.hours) ?? clean(provider?.hours);
  return {
    serviceEmail,
    organizationEmail: safeEmail(provider?.email),
    organizationWebsite: safeUri(provider?.website),
    contacts,
    phones,
    addresses,
    accessibility,
    hoursSchedules: hours ? [{ id: derivedId('hours', serviceId), service_id: serviceId, description: hours }] : [],
  };
}

function clean(s: string | null | undefined): string | null {
  const t = typeof s === 'string' ? s.trim() : '';
  return t.length ? t : null;
}

function safeEmail(s: string | null | undefined): string | null {
  const t = clean(s);
  return t && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(t) ? t : null;
}

export function safeUri(s: string | null | undefined): string | null {
  const t = clean(s);
  if (!t) return null;
  try {
    const u = new URL(t);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
