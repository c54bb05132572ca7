import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection';
import { DeliveryMode, OfferingStatus, PriceUnit } from './catalogue.enums';
import { LifeArea } from './life-area';

// Hot list type: plain fields use graphql-js's default resolver (see graphql/simple-types.test.ts).
@ObjectType({ simpleResolvers: true })
export class Offering {
  @Field(() => ID)
  id: string;

  providerId: string;
  categoryId: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  summary: string;

  @Field(() => String)
  description: string;

  @Field(() => [LifeArea])
  lifeAreas: LifeArea[];

  @Field(() => [DeliveryMode])
  deliveryModes: DeliveryMode[];

  @Field(() => [String], { description: 'BCP 47 / ISO 639-1 codes, e.g. en, cy, ur, pl, bfi (British Sign Language)' })
  languages: string[];

  @Field(() => [String])
  accessibility: string[];

  @Field(() => Int)
  pricePence: number;

  @Field(() => PriceUnit)
  priceUnit: PriceUnit;

  @Field(() => Int)
  sessionMinutes: number;

  @Field(() => String)
  baseOutcode: string;

  latitude: number;
  longitude: number;

  @Field(() => Float)
  serviceRadiusKm: number;

  @Field(() => Int, { nullable: true })
  minimumAge: number | null;

  @Field(() => Int, { nullable: true })
  maximumAge: number | null;

  @Field(() => OfferingStatus)
  status: OfferingStatus;

  @Field(() => Boolean, { description: 'Delivered online or by phone, so it reaches people wherever they live.' })
  remote: boolean;

  ratingCount: number;
  ratingSum: number;

  /** Contact columns (Offering.contact, with the provider's details where the offering gives none). */
  contactEmail: string | null;
  contactPhone: string | null;
  contactWebsite: string | null;
  contactHours: string | null;
  venueAddress: string | null;
  venueOutcode: string | null;

  @Field(() => Float, { nullable: true, description: "Distance from the search's nearOutcode, when the query gave one." })
  distanceKm: number | null;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Date)
  createdAt: Date;

  /** Keyset sort values of a search row (internal). */
  sortKey?: (string | number)[];
}

// Hot list type: plain fields use graphql-js's default resolver (see graphql/simple-types.test.ts).
@ObjectType({ simpleResolvers: true })
export class OfferingEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => Offering)
  node: Offering;
}

// Hot list type: plain fields use graphql-js's default resolver (see graphql/simple-types.test.ts).
@ObjectType({ simpleResolvers: true })
export class OfferingConnection {
  @Field(() => [OfferingEdge])
  edges: OfferingEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  /** Counted by its own query, and only when asked for: every match (null), or at most upTo + 1 of them. */
  countUpTo: (upTo: number | null) => Promise<number>;

  @Field(() => Int, { description: 'All matches, not just this page. Costs a query of its own that reads every match: ask only when needed (resultCount is cheaper).' })
  totalCount(): Promise<number> {
    return this.countUpTo(null);
  }
}

@ObjectType({ description: 'How many matches there are, counted no further than a limit.' })
export class ResultCount {
  @Field(() => Int, { description: 'The number of matches, or the limit when there are more.' })
  count: number;

  @Field(() => Boolean, { description: 'There are more matches than count.' })
  hasMore: boolean;
}

export interface OfferingRow {
  id: string;
  provider_id: string;
  category_id: string;
  title: string;
  summary: string;
  description: string;
  life_areas: LifeArea[];
  delivery_modes: DeliveryMode[];
  languages: string[];
  accessibility: string[];
  price_pence: number;
  price_unit: PriceUnit;
  session_minutes: number;
  base_outcode: string;
  latitude: number;
  longitude: number;
  service_radius_km: number;
  minimum_age: number | null;
  maximum_age: number | null;
  status: OfferingStatus;
  remote: boolean;
  rating_count: number;
  rating_sum: number;
  published_at: Date | null;
  created_at: Date;
  contact_email: string | null;
  contact_phone: string | null;
  contact_website: string | null;
  contact_hours: string | null;
  venue_address: string | null;
  venue_outcode: string | null;
  distance_km?: number | null;
}

// Enum arrays are cast to text[] so node-postgres parses them into arrays.
export const OFFERING_COLUMNS = (a = 'o') =>
  `${a}.id, ${a}.provider_id, ${a}.category_id, ${a}.title, ${a}.summary, ${a}.description, ${a}.life_areas::text[] AS life_areas,
   ${a}.delivery_modes::text[] AS delivery_modes, ${a}.languages, ${a}.accessibility, ${a}.price_pence, ${a}.price_unit,
   ${a}.session_minutes, ${a}.base_outcode, ${a}.latitude, ${a}.longitude, ${a}.service_radius_km, ${a}.minimum_age,
   ${a}.maximum_age, ${a}.status, ${a}.remote, ${a}.rating_count, ${a}.rating_sum, ${a}.published_at, ${a}.created_at,
   ${a}.contact_email, ${a}.contact_phone, ${a}.contact_website, ${a}.contact_hours, ${a}.venue_address, ${a}.venue_outcode`;

export function toOffering(r: OfferingRow): Offering {
  return Object.assign(new Offering(), {
    id: r.id,
    providerId: r.provider_id,
    categoryId: r.category_id,
    title: r.title,
    summary: r.summary,
    description: r.description,
    lifeAreas: r.life_areas,
    deliveryModes: r.delivery_modes,
    languages: r.languages,
    accessibility: r.accessibility,
    pricePence: r.price_pence,
    priceUnit: r.price_unit,
    sessionMinutes: r.session_minutes,
    baseOutcode: r.base_outcode,
    latitude: r.latitude,
    longitude: r.longitude,
    serviceRadiusKm: r.service_radius_km,
    minimumAge: r.minimum_age,
    maximumAge: r.maximum_age,
    status: r.status,
    remote: r.remote,
    ratingCount: r.rating_count,
    ratingSum: r.rating_sum,
    publishedAt: r.published_at,
    createdAt: r.created_at,
    contactEmail: r.contact_email,
    contactPhone: r.contact_phone,
    contactWebsite: r.contact_website,
    contactHours: r.contact_hours,
    venueAddress: r.venue_address,
    venueOutcode: r.venue_outcode,
    distanceKm: r.distance_km === undefined || r.distance_km === null ? null : Math.round(r.distance_km * 100) / 100,
  });
}
