import { seedOfferingVenue } from './contact-factory';
import { DeliveryMode, OfferingStatus, PriceUnit } from '../../modules/catalogue/catalogue.enums';
import { ProviderKind } from '../../modules/provider/provider.enums';
import { LifeArea } from '../../modules/catalogue/life-area';
import type { OfferingRow, SlotRow } from './market-writer';
import { fill, type PersonName } from './names';
import {
  ACCESSIBILITY,
  AUDIENCES,
  COMMUNITY_LANGUAGES,
  LANGUAGE_NAMES,
  OFFER_TYPES,
  PRICE,
  genericOfferType,
  type Audience,
  type OfferType,
  type PriceRule,
} from './offering-templates';
import type { Random } from './random';
import type { SlotCalendar, WeeklySession } from './slot-calendar';

// Builds one offering row, and its next four weeks of slots when published, from the category's templates.
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const MODE_ORDER = [DeliveryMode.IN_PERSON, DeliveryMode.GROUP, DeliveryMode.HOME_VISIT, DeliveryMode.ONLINE, DeliveryMode.PHONE];
const ALL_LIFE_AREAS = Object.values(LifeArea);

export interface SeedDistrict {
  outcode: string;
  localAuthorityCode: string;
  area: string;
  x: number;
  y: number;
  /** Nearest other districts, closest first. */
  neighbours: SeedDistrict[];
}

export interface SeedCategory {
  id: string;
  slug: string;
  name: string;
  description: string;
  lifeAreas: string[];
}

export interface SeedProvider {
  id: string;
  kind: ProviderKind;
  peerLed: boolean;
  person: PersonName;
}

export interface BuiltOffering {
  offering: OfferingRow;
  slots: SlotRow[];
}

const STATUS_WEIGHTS: readonly (readonly [OfferingStatus, number])[] = [
  [OfferingStatus.PUBLISHED, 90],
  [OfferingStatus.DRAFT, 5],
  [OfferingStatus.PAUSED, 3],
  [OfferingStatus.ARCHIVED, 2],
];

const AUDIENCE_WEIGHTS: readonly (readonly [Audience, number])[] = [
  ['all', 70],
  ['adults', 18],
  ['youth', 6],
  ['older', 6],
];

const PRICE_FACTOR: Record<ProviderKind, number> = {
  [ProviderKind.USER_LED_ORGANISATION]: 0.85,
  [ProviderKind.CHARITY]: 0.9,
  [ProviderKind.SOCIAL_ENTERPRISE]: 0.95,
  [ProviderKind.MICRO_ENTERPRISE]: 1,
  [ProviderKind.PERSONAL_ASSISTANT]: 1,
  [ProviderKind.PRIVATE_COMPANY]: 1.15,
  [ProviderKind.PUBLIC_BODY]: 0.85,
};

/** Kinds that run free community groups. */
const FREE_GROUP_KINDS = new Set([ProviderKind.USER_LED_ORGANISATION, ProviderKind.CHARITY, ProviderKind.PUBLIC_BODY, ProviderKind.SOCIAL_ENTERPRISE]);

// Local start times (minutes after midnight) that sessions are offered at: 09:00 to 19:00.
const DAYTIME_STARTS = [540, 570, 600, 630, 660, 780, 810, 840, 870, 900, 930];
const EVENING_STARTS = [1020, 1050, 1080, 1110, 1140];
const LATEST_END = 21 * 60;

export function buildOffering(
  rng: Random,
  input: {
    provider: SeedProvider;
    category: SeedCategory;
    district: SeedDistrict;
    status?: OfferingStatus;
    now: number;
    calendar: SlotCalendar;
    /** Slots draw from their own stream, so the offerings do not depend on the slot window. */
    slotRng: Random;
    /** At most this many sessions a week (1-3; default 3): the national benchmark market keeps its slot table sane. */
    maxSessionsPerWeek?: number;
  },
): BuiltOffering {
  const { provider, category, district, calendar, now } = input;
  const pa = provider.kind === ProviderKind.PERSONAL_ASSISTANT;
  const type = pickType(rng, category, provider.kind);
  const vars = { area: district.area, first: provider.person.first };

  // Who it is for; a title that already names an age group sets it.
  const template = rng.pick(type.titles);
  const rawTitle = fill(template, vars);
  const named = /young/i.test(rawTitle) ? 'youth' : /older|over-50/i.test(rawTitle) ? 'older' : null;
  let audience: Audience = named ?? rng.weighted(AUDIENCE_WEIGHTS);
  let title = named ? rawTitle : fill(withSuffix(template, AUDIENCES[audience].suffix), vars);
  if (title.length > 120) [audience, title] = ['adults', rawTitle];
  const ages = AUDIENCES[audience];

  // A personal assistant works one to one, at home or out and about, and charges by the hour.
  const modes = new Set<DeliveryMode>(pa ? [DeliveryMode.HOME_VISIT] : type.modes);
  for (const [mode, p] of pa ? ([[DeliveryMode.IN_PERSON, 0.4]] as const) : (type.optionalModes ?? [])) if (rng.chance(p)) modes.add(mode);
  const deliveryModes = MODE_ORDER.filter((m) => modes.has(m));
  const group = modes.has(DeliveryMode.GROUP);
  const capacity = group ? rng.int(...(type.groupSize ?? [6, 20])) : 1;

  const rule: PriceRule = pa ? PRICE.personalAssistant : type.price;
  const pricePence = price(rng, rule, provider.kind);
  const sessionMinutes = pa ? rng.step(60, 240, 60) : rng.step(...type.minutes);
  const serviceRadiusKm = radius(rng, deliveryModes, pa);

  const welsh = district.localAuthorityCode.startsWith('W');
  const languages = ['en'];
  if (rng.chance(welsh ? 0.4 : 0.004)) languages.push('cy');
  if (rng.chance(0.09)) languages.push(rng.weighted(COMMUNITY_LANGUAGES));
  if (rng.chance(0.03)) languages.push('bfi');

  const venue = modes.has(DeliveryMode.IN_PERSON) || group;
  const accessibility = venue
    ? rng.chance(0.8) ? rng.sample(ACCESSIBILITY, rng.int(1, 4)) : []
    : rng.chance(0.3) ? rng.sample(['easy read information', 'large print'], rng.int(1, 2)) : [];

  const lifeAreas = [...category.lifeAreas];
  if (rng.chance(0.2)) lifeAreas.push(rng.pick(ALL_LIFE_AREAS.filter((a) => !lifeAreas.includes(a))));

  const status = input.status ?? rng.weighted(STATUS_WEIGHTS);
  const { publishedAt, createdAt, updatedAt } = timestamps(rng, status, now);
  let ratingCount = 0;
  let ratingSum = 0;
  if (status !== OfferingStatus.DRAFT && rng.chance(0.65)) {
    ratingCount = Math.floor(41 * rng.next() ** 2);
    ratingSum = Math.min(5 * ratingCount, Math.max(ratingCount, Math.round(rng.between(3.2, 4.9) * ratingCount)));
  }

  const summary = clip(fill(rng.pick(type.summaries), vars), 300);
  const description = clip(
    describe(rng, { type, vars, ages, deliveryModes, capacity, serviceRadiusKm, district, languages, accessibility, pricePence, unit: rule.unit, sessionMinutes, provider }),
    5000,
  );

  const offering: OfferingRow = {
    id: rng.uuid(),
    providerId: provider.id,
    categoryId: category.id,
    title: clip(title, 120),
    summary,
    description,
    lifeAreas,
    deliveryModes,
    languages,
    accessibility,
    pricePence,
    priceUnit: rule.unit,
    sessionMinutes,
    baseOutcode: district.outcode,
    serviceRadiusKm,
    minimumAge: ages.minimumAge,
    maximumAge: ages.maximumAge,
    status,
    ratingCount,
    ratingSum,
    publishedAt,
    createdAt,
    updatedAt,
  };
  Object.assign(offering, seedOfferingVenue(offering.id, deliveryModes, district.outcode, district.area));
  const slots = status === OfferingStatus.PUBLISHED ? buildSlots(input.slotRng, { offering, capacity, group, pa, slug: category.slug, calendar, now, maxPerWeek: input.maxSessionsPerWeek ?? 3 }) : [];
  return { offering, slots };
}

/** "Counselling, {area}" + " for over-50s" reads "Counselling for over-50s, {area}". */
function withSuffix(template: string, suffix: string): string {
  const place = /(, | – | \()\{area\}\)?$/.exec(template);
  return place ? template.slice(0, place.index) + suffix + template.slice(place.index) : template + suffix;
}

function pickType(rng: Random, category: SeedCategory, kind: ProviderKind): OfferType {
  const all = OFFER_TYPES[category.slug] ?? [genericOfferType(category.name, category.description)];
  // Personal assistants work one to one: never a group or a phone line.
  const oneToOne = (t: OfferType) => t.modes.includes(DeliveryMode.HOME_VISIT) || (t.modes.includes(DeliveryMode.IN_PERSON) && !t.modes.includes(DeliveryMode.GROUP));
  const suitable = all.filter((t) => (!t.kinds || t.kinds.includes(kind)) && (kind !== ProviderKind.PERSONAL_ASSISTANT || oneToOne(t)));
  const choices = suitable.length > 0 ? suitable : all;
  return rng.weighted(choices.map((t) => [t, t.weight ?? 1] as const));
}

function price(rng: Random, rule: PriceRule, kind: ProviderKind): number {
  if (rule.freeChance && FREE_GROUP_KINDS.has(kind) && rng.chance(rule.freeChance)) return 0;
  const base = rng.step(rule.min, rule.max, rule.step) * PRICE_FACTOR[kind];
  return Math.min(rule.max, Math.max(rule.min, Math.round(base / rule.step) * rule.step));
}

function radius(rng: Random, modes: readonly DeliveryMode[], pa: boolean): number {
  if (pa) return rng.int(5, 15);
  if (modes.includes(DeliveryMode.HOME_VISIT)) return rng.int(5, 25);
  const travels = modes.includes(DeliveryMode.IN_PERSON) || modes.includes(DeliveryMode.GROUP);
  if (!travels) return 40; // remote only: the radius is where it is advertised as local
  if (rng.chance(0.03)) return 0; // a fixed venue that only serves its own district
  return 3 + Math.floor(37 * rng.next() ** 1.6);
}

function timestamps(rng: Random, status: OfferingStatus, now: number): { publishedAt: number | null; createdAt: number; updatedAt: number } {
  const minutes = (ms: number) => Math.floor(ms / MINUTE_MS) * MINUTE_MS;
  if (status === OfferingStatus.DRAFT) {
    const createdAt = minutes(now - rng.between(1, 90) * DAY_MS);
    return { publishedAt: null, createdAt, updatedAt: createdAt };
  }
  const publishedAt = minutes(now - rng.between(1, 730) * DAY_MS);
  const createdAt = minutes(publishedAt - rng.between(0, 21) * DAY_MS);
  const updatedAt = status === OfferingStatus.PUBLISHED ? publishedAt : minutes(publishedAt + rng.next() * (now - DAY_MS - publishedAt));
  return { publishedAt, createdAt, updatedAt };
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

const pounds = (pence: number) => (pence % 100 === 0 ? `£${pence / 100}` : `£${(pence / 100).toFixed(2)}`);
const UNIT_WORD: Record<PriceUnit, string> = { SESSION: 'a session', HOUR: 'an hour', DAY: 'a day', WEEK: 'a week' };

function describe(
  rng: Random,
  d: {
    type: OfferType;
    vars: Record<string, string>;
    ages: (typeof AUDIENCES)[Audience];
    deliveryModes: DeliveryMode[];
    capacity: number;
    serviceRadiusKm: number;
    district: SeedDistrict;
    languages: string[];
    accessibility: string[];
    pricePence: number;
    unit: PriceUnit;
    sessionMinutes: number;
    provider: SeedProvider;
  },
): string {
  // Two or three of the type's sentences, kept in the order they were written so that they read on.
  const picked = rng.sample(d.type.about.map((_, i) => i), rng.int(2, 3)).sort((a, b) => a - b);
  const about = picked.map((i) => fill(d.type.about[i], d.vars));
  const practical: string[] = [];
  if (d.ages.minimumAge === 16) practical.push('This offer is for young people aged 16 to 25.');
  else if (d.ages.minimumAge === 50) practical.push('This offer is for people aged 50 and over.');
  else if (d.ages.minimumAge === 18) practical.push(`Open to adults aged 18 and over in and around ${d.district.area}.`);
  else practical.push(`Open to anyone in and around ${d.district.area}.`);

  const m = new Set(d.deliveryModes);
  if (m.has(DeliveryMode.GROUP)) practical.push(`Groups are small, with up to ${d.capacity} people, and new members are always welcome.`);
  if (m.has(DeliveryMode.IN_PERSON) && !m.has(DeliveryMode.GROUP)) {
    practical.push(d.serviceRadiusKm === 0 ? `Sessions take place at our base in ${d.district.outcode}.` : `We meet in person at our base in ${d.district.outcode} or somewhere nearby that suits you.`);
  }
  if (m.has(DeliveryMode.HOME_VISIT)) practical.push(`We can visit you at home anywhere within about ${d.serviceRadiusKm} km of ${d.district.outcode}.`);
  if (m.has(DeliveryMode.ONLINE) && m.has(DeliveryMode.PHONE)) practical.push('Sessions can also be by video call or phone.');
  else if (m.has(DeliveryMode.ONLINE)) practical.push('Sessions are also available online by video call.');
  else if (m.has(DeliveryMode.PHONE)) practical.push('Phone sessions are available if you prefer.');

  const hours = d.sessionMinutes % 60 === 0 ? `${d.sessionMinutes / 60} hour${d.sessionMinutes === 60 ? '' : 's'}` : `${d.sessionMinutes} minutes`;
  practical.push(
    d.pricePence === 0
      ? `Free to attend. Each session lasts ${hours}.`
      : `${pounds(d.pricePence)} ${UNIT_WORD[d.unit]}, payable from a personal budget, a direct payment or privately. Each session lasts ${hours}.`,
  );

  const extra = d.languages.filter((l) => l !== 'en').map((l) => LANGUAGE_NAMES[l] ?? l);
  if (extra.length) practical.push(`Support is also available in ${extra.join(' and ')}.`);
  if (d.accessibility.length) practical.push(`Access: ${d.accessibility.join(', ')}.`);
  if (d.provider.peerLed) practical.push('It is run by people with their own lived experience of mental ill health and recovery.');

  const closing = rng.pick([
    'Get in touch or book a place below; you are welcome to bring a friend or supporter the first time.',
    'Book a first session to see whether it suits you, with no obligation to carry on.',
    'If you are not sure whether this is right for you, send us a message and we will talk it through.',
    'Booking ahead helps us plan, but do contact us if none of the times suit you.',
  ]);
  return [about.join(' '), practical.join(' '), closing].join('\n\n');
}

/**
 * A weekly pattern of 1-3 weekday sessions at UK local times over the calendar's window. One-to-one support has one
 * place a session, groups 6-20; some places are already booked, more so in the coming days, and a few sessions are full.
 */
function buildSlots(
  rng: Random,
  s: { offering: OfferingRow; capacity: number; group: boolean; pa: boolean; slug: string; calendar: SlotCalendar; now: number; maxPerWeek: number },
): SlotRow[] {
  // The cap applies after the draw, so capped and uncapped markets take the same random stream.
  const drawn = s.pa ? rng.weighted([[1, 30], [2, 40], [3, 30]] as const) : s.group ? rng.weighted([[1, 70], [2, 25], [3, 5]] as const) : rng.weighted([[1, 50], [2, 35], [3, 15]] as const);
  const perWeek = Math.max(1, Math.min(drawn, s.maxPerWeek));
  const minutes = s.offering.sessionMinutes;
  const latest = Math.min(19 * 60, Math.floor((LATEST_END - minutes) / 30) * 30);
  const pattern: WeeklySession[] = rng.sample([1, 2, 3, 4, 5], perWeek).map((weekday) => {
    let start: number;
    if (s.offering.priceUnit === PriceUnit.DAY) start = rng.pick([570, 600]);
    else if (s.slug === 'crisis-cafe' || (s.group && rng.chance(0.3))) start = rng.pick(EVENING_STARTS);
    else start = rng.pick(DAYTIME_STARTS);
    return { weekday, localStartMinute: Math.max(540, Math.min(start, latest)) };
  });
  const slots: SlotRow[] = [];
  const span = s.calendar.toMs - s.calendar.fromMs;
  for (const startsAt of s.calendar.starts(pattern)) {
    const soon = 1 - (0.6 * (startsAt - s.calendar.fromMs)) / span; // sessions in the coming days fill first
    let booked = 0;
    if (s.capacity === 1) booked = rng.chance(0.35 * soon) ? 1 : 0;
    else if (rng.chance(0.6 * soon)) booked = rng.chance(0.12) ? s.capacity : rng.int(1, s.capacity);
    slots.push({
      id: rng.uuid(),
      offeringId: s.offering.id,
      startsAt,
      endsAt: startsAt + minutes * MINUTE_MS,
      capacity: s.capacity,
      booked,
      createdAt: Math.min(s.now - DAY_MS, Math.max(s.offering.publishedAt ?? 0, s.now - 14 * DAY_MS)),
    });
  }
  return slots;
}
