import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DeliveryMode, OfferingStatus, PriceUnit } from '../catalogue/catalogue.enums';
import { ProviderKind } from '../provider/provider.enums';
import type { LifeArea } from '../catalogue/life-area';
import type { PlaceDirectory } from '../place/place-directory';
import { haversineKm } from '../place/geo';
import type { PostcodeDistrict } from '../place/place.entity';
import { attributesOf, crosswalk, ownTerm } from './oruk-crosswalk';
import { readFeed, type ReaderHooks } from './oruk-feed-reader';
import { isUuid } from './oruk-ids';
import { OrukImportRepository } from './oruk-import.repository';
import { LANGUAGE_NAMES } from './oruk-mapper';
import type { OrukSchemas } from './oruk-schemas';
import type { OrukVocabulary } from './oruk-taxonomy';
import type { OrukLocation, OrukService } from './oruk.types';

// Imports an Open Referral UK feed into the catalogue (npm run import:oruk). Invariants:
// - idempotent: providers and offerings are upserted by (source, the feed's id); a second run updates, never duplicates;
// - one record, one transaction: a bad record is reported and skipped, and never stops the import;
// - imported listings carry their source, the feed's id and an assured date; imported providers are never `verified`
//   (that is this market's own check of their documents) and are owned by an account per source that cannot sign in.

export interface ImportOptions {
  /** Names the feed: its URL, or the file name unless given. */
  source?: string;
  /** The postcode district for services whose location is not a UK postcode district (e.g. ME14). */
  defaultOutcode?: string | null;
  /** Date for listings whose feed gives neither assured_date nor last_modified (YYYY-MM-DD; default today). */
  today?: string;
  progress?(line: string): void;
  fetch?: typeof fetch;
}

export interface ImportReport {
  source: string;
  read: number;
  created: number;
  updated: number;
  skipped: number;
  organizationsCreated: number;
  /** Terms of the feed's taxonomies that matched no kind of support, with how many services carried them. */
  unmatchedTerms: Map<string, number>;
  problems: string[];
  seconds: number;
}

export interface ImportDependencies {
  ds: DataSource;
  places: PlaceDirectory;
  vocabulary: OrukVocabulary;
  schemas: OrukSchemas;
}

class SkipRecord extends Error {}

export async function importOrukFeed(input: string, deps: ImportDependencies, options: ImportOptions = {}): Promise<ImportReport> {
  const started = Date.now();
  const source = (options.source ?? input).slice(0, 500);
  const report: ImportReport = { source, read: 0, created: 0, updated: 0, skipped: 0, organizationsCreated: 0, unmatchedTerms: new Map(), problems: [], seconds: 0 };
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const fallback = options.defaultOutcode ? deps.places.district(options.defaultOutcode, 'defaultOutcode') : null;
  const progress = options.progress ?? (() => {});
  const hooks: ReaderHooks = { problem: (m) => report.problems.push(m), progress: (m) => progress(`reading ${m}`), fetch: options.fetch };
  const ownerEmail = `oruk-import-${createHash('sha1').update(source).digest('hex').slice(0, 16)}@imports.invalid`;
  const ownerId = await OrukImportRepository.upsertImportOwner(deps.ds.manager, ownerEmail, `Imported from ${source}`.slice(0, 120));

  for await (const item of readFeed(input, hooks)) {
    report.read++;
    const doc = item.doc as OrukService;
    const label = `${item.where}${doc && typeof doc === 'object' && typeof doc.id === 'string' ? ` (service ${doc.id.slice(0, 60)})` : ''}`;
    try {
      const errors = deps.schemas.errors('service', doc);
      if (errors.length) throw new SkipRecord(`does not match the Open Referral UK service schema: ${errors.slice(0, 3).join('; ')}`);
      const r = await importService(doc, { ...deps, source, ownerId, today, fallback, report });
      if (r.created) report.created++;
      else report.updated++;
    } catch (e) {
      report.skipped++;
      const reason = e instanceof SkipRecord ? e.message : `could not be saved: ${(e as Error).message}`;
      report.problems.push(`${label} ${reason}`);
    }
    if (report.read % 100 === 0) progress(summary(report, started));
  }
  report.seconds = (Date.now() - started) / 1000;
  progress(summary(report, started));
  return report;
}

function summary(r: ImportReport, started: number): string {
  return `${r.read.toLocaleString('en-GB')} services read · ${r.created.toLocaleString('en-GB')} new · ${r.updated.toLocaleString('en-GB')} updated · ${r.skipped.toLocaleString('en-GB')} skipped · ${((Date.now() - started) / 1000).toFixed(1)}s`;
}

interface ServiceContext extends ImportDependencies {
  source: string;
  ownerId: string;
  today: string;
  fallback: PostcodeDistrict | null;
  report: ImportReport;
}

async function importService(s: OrukService, c: ServiceContext): Promise<{ created: boolean }> {
  const v = c.vocabulary;
  const org = s.organization;
  if (!org) throw new SkipRecord('has no organization, so there is no provider to list it under.');
  const district = placeOf(s, c);
  if (!district) throw new SkipRecord('has no UK postcode district (no postcode, district or coordinates in the UK) and no --default-outcode was given.');
  const walk = crosswalk(s, v);
  for (const t of walk.unmatched) c.report.unmatchedTerms.set(t, (c.report.unmatchedTerms.get(t) ?? 0) + 1);
  if (!walk.slug) throw new SkipRecord('matches no kind of support (see the crosswalk in docs/open-referral.md).');
  const category = v.categoryBySlugOrNull(walk.slug)!;
  const title = clip(s.name, 120);
  if (title.length < 3) throw new SkipRecord('has a name shorter than 3 characters.');

  const own = (key: string) => attributesOf(s).map((a) => ownTerm(a, v)).filter((t) => t?.taxonomyKey === key).map((t) => t!.code);
  const orgTerms = (Array.isArray(org.attributes) ? org.attributes : []).map((a) => ownTerm(a, v)).filter((t) => t?.taxonomyKey === 'provider').map((t) => t!.code);
  const kind = (orgTerms.find((t) => t in ProviderKind) as ProviderKind | undefined) ?? ProviderKind.CHARITY;
  const lifeAreas = own('life-areas') as LifeArea[];
  const modes = own('delivery-modes') as DeliveryMode[];
  const cost = (s.cost_options ?? []).find((o) => typeof o.amount === 'number' && o.amount >= 0);
  const costText = `${cost?.amount_description ?? ''} ${cost?.option ?? ''}`;
  const unit = /per (session|hour|day|week)/i.exec(costText)?.[1]?.toUpperCase() as PriceUnit | undefined;
  const minutes = Number(/(\d+)[ -]minute/i.exec(costText)?.[1] ?? 60);
  const radius = Number((s.service_areas ?? []).map((a) => /within ([\d.]+) ?km/i.exec(a.name ?? '')?.[1]).find(Boolean) ?? 10);
  const age = (n: number | undefined) => (typeof n === 'number' && n >= 0 && n <= 120 ? Math.round(n) : null);
  let [minimumAge, maximumAge] = [age(s.minimum_age), age(s.maximum_age)];
  if (minimumAge !== null && maximumAge !== null && minimumAge > maximumAge) [minimumAge, maximumAge] = [null, null];
  const assured = [s.assured_date, s.last_modified].map((d) => (typeof d === 'string' && /^\d{4}-\d{2}-\d{2}/.test(d) ? d.slice(0, 10) : null)).find(Boolean) ?? c.today;

  const saved = await c.ds.transaction(async (db) => {
    const provider = await OrukImportRepository.upsertProvider(db, {
      source: c.source,
      externalId: org.id,
      preferredId: isUuid(org.id) ? org.id : null,
      ownerId: c.ownerId,
      name: clip(org.name, 120).padEnd(2, '.'),
      kind,
      description: clip(org.description, 5000),
      website: websiteOf(org.website),
      baseOutcode: district.outcode,
      peerLed: orgTerms.includes('peer-led'),
    });
    const offering = await OrukImportRepository.upsertOffering(db, {
      source: c.source,
      externalId: s.id,
      preferredId: isUuid(s.id) ? s.id : null,
      providerId: provider.id,
      categoryId: category.id,
      title,
      summary: clip(s.summary || firstSentence(s.description) || s.name, 300),
      description: clip(s.description, 5000),
      lifeAreas: lifeAreas.length ? lifeAreas : category.lifeAreas,
      deliveryModes: modes.length ? modes : deliveryModesOf(s),
      languages: languagesOf(s),
      accessibility: accessibilityOf(s),
      pricePence: cost ? Math.round(cost.amount! * 100) : 0,
      priceUnit: unit ?? PriceUnit.SESSION,
      sessionMinutes: Math.min(1440, Math.max(5, Number.isFinite(minutes) ? minutes : 60)),
      baseOutcode: district.outcode,
      serviceRadiusKm: Math.min(1000, Math.max(0, Number.isFinite(radius) ? radius : 10)),
      minimumAge,
      maximumAge,
      status: s.status === 'active' ? OfferingStatus.PUBLISHED : OfferingStatus.PAUSED,
      assuredDate: assured,
    });
    return { provider, offering };
  });
  if (saved.provider.created) c.report.organizationsCreated++;
  return saved.offering;
}

function locationsOf(s: OrukService): OrukLocation[] {
  return (s.service_at_locations ?? []).map((x) => x?.location).filter((l): l is OrukLocation => !!l && typeof l === 'object');
}

/** The service's postcode district: a district named by the feed, a UK postcode, UK coordinates, or the default. */
function placeOf(s: OrukService, c: ServiceContext): PostcodeDistrict | null {
  const tryDistrict = (text: string | undefined) => {
    if (!text) return null;
    try {
      return c.places.district(text);
    } catch {
      return null;
    }
  };
  for (const l of locationsOf(s)) {
    if (l.external_identifier_type === 'postcode_district') {
      const d = tryDistrict(l.external_identifier);
      if (d) return d;
    }
    for (const a of l.addresses ?? []) {
      const d = tryDistrict(a.postal_code);
      if (d) return d;
    }
  }
  for (const l of locationsOf(s)) {
    if (typeof l.latitude === 'number' && typeof l.longitude === 'number' && l.latitude >= 49 && l.latitude <= 61 && l.longitude >= -9 && l.longitude <= 2) {
      let best: PostcodeDistrict | null = null;
      let bestKm = Infinity;
      for (const d of c.places.allDistricts()) {
        const km = haversineKm(l.latitude, l.longitude, d.latitude, d.longitude);
        if (km < bestKm) [best, bestKm] = [d, km];
      }
      if (best && bestKm <= 30) return best;
    }
  }
  return c.fallback;
}

function deliveryModesOf(s: OrukService): DeliveryMode[] {
  const modes = new Set<DeliveryMode>();
  for (const l of locationsOf(s)) {
    if (l.location_type === 'physical') modes.add(DeliveryMode.IN_PERSON);
    if (l.location_type === 'virtual') modes.add(DeliveryMode.ONLINE);
  }
  const text = (s.schedules ?? []).map((x) => x.attending_type ?? '').join(' ');
  if (/online|video|remote|virtual/i.test(text)) modes.add(DeliveryMode.ONLINE);
  if (/phone/i.test(text)) modes.add(DeliveryMode.PHONE);
  if (/in[- ]person|face to face|venue/i.test(text)) modes.add(DeliveryMode.IN_PERSON);
  if (modes.size === 0) modes.add(DeliveryMode.IN_PERSON);
  return [...modes];
}

const CODE_BY_NAME = new Map(Object.entries(LANGUAGE_NAMES).map(([code, name]) => [name.toLowerCase(), code]));

function languagesOf(s: OrukService): string[] {
  const codes: string[] = [];
  for (const l of s.languages ?? []) {
    const code = typeof l.code === 'string' && /^[a-z]{2,3}$/i.test(l.code) ? l.code.toLowerCase() : typeof l.name === 'string' ? CODE_BY_NAME.get(l.name.trim().toLowerCase()) : undefined;
    if (code && !codes.includes(code)) codes.push(code);
  }
  return codes.length ? codes : ['en'];
}

function accessibilityOf(s: OrukService): string[] {
  const out: string[] = [];
  for (const l of locationsOf(s)) {
    for (const a of l.accessibility ?? []) {
      const text = clip(a.description ?? (a as { accessibility?: string }).accessibility ?? a.details, 200);
      if (text && !out.some((x) => x.toLowerCase() === text.toLowerCase())) out.push(text);
    }
  }
  return out;
}

function websiteOf(url: string | undefined): string | null {
  if (!url || url.length > 300) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href.slice(0, 300) : null;
  } catch {
    return null;
  }
}

function clip(text: string | undefined | null, max: number): string {
  const t = typeof text === 'string' ? text.trim() : '';
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

function firstSentence(text: string | undefined): string {
  const t = (text ?? '').trim();
  return /^(.+?[.!?])(\s|$)/.exec(t)?.[1] ?? t;
}
