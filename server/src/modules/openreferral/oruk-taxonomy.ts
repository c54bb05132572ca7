import { DeliveryMode } from '../catalogue/catalogue.enums';
import { ProviderKind } from '../provider/provider.enums';
import type { Category } from '../catalogue/category.entity';
import { LifeArea } from '../catalogue/life-area';
import { LIFE_AREA_NAMES } from '../plan/life-area-names';
import type { Taxonomy } from '../catalogue/taxonomy';
import { stableUuid } from './oruk-ids';
import type { OrukTaxonomy, OrukTaxonomyTerm } from './oruk.types';

// The feed's taxonomies: Support Market's own vocabularies, published as four Open Referral taxonomies. Term ids are
// name-based UUIDs of (taxonomy, code), so they are the same in every database and survive a round trip; `term`
// carries the code (a category slug, a LifeArea, a DeliveryMode, a ProviderKind or a provider feature).
export type TaxonomyKey = 'kinds-of-support' | 'life-areas' | 'delivery-modes' | 'provider';

interface TaxonomySpec {
  key: TaxonomyKey;
  name: string;
  description: string;
}

const SPECS: TaxonomySpec[] = [
  { key: 'kinds-of-support', name: 'Support Market kinds of support', description: 'The kinds of community support Support Market lists; each service has exactly one.' },
  { key: 'life-areas', name: 'Support Market life areas', description: "Areas of a person's life that a service helps with." },
  { key: 'delivery-modes', name: 'Support Market delivery modes', description: 'How a service is delivered: in person, at home, online, by phone or in a group.' },
  { key: 'provider', name: 'Support Market provider features', description: 'What kind of organisation runs a service, and whether it is peer-led or verified.' },
];

const DELIVERY_NAMES: Record<DeliveryMode, [string, string]> = {
  [DeliveryMode.IN_PERSON]: ['In person', 'Face to face at a venue.'],
  [DeliveryMode.HOME_VISIT]: ['Home visits', 'The provider comes to the person.'],
  [DeliveryMode.ONLINE]: ['Online', 'By video or online.'],
  [DeliveryMode.PHONE]: ['By phone', 'By telephone.'],
  [DeliveryMode.GROUP]: ['In a group', 'With other people, in a group.'],
};

const PROVIDER_NAMES: Record<string, [string, string]> = {
  [ProviderKind.USER_LED_ORGANISATION]: ['User-led organisation', 'Run and controlled by people who use its services.'],
  [ProviderKind.CHARITY]: ['Charity', 'A registered charity.'],
  [ProviderKind.SOCIAL_ENTERPRISE]: ['Social enterprise', 'A business trading for a social purpose.'],
  [ProviderKind.MICRO_ENTERPRISE]: ['Micro-enterprise', 'A very small local provider (five workers or fewer).'],
  [ProviderKind.PERSONAL_ASSISTANT]: ['Personal assistant', 'A self-employed personal assistant.'],
  [ProviderKind.PRIVATE_COMPANY]: ['Private company', 'A company run for profit.'],
  [ProviderKind.PUBLIC_BODY]: ['Public body', 'A council, NHS body or other public organisation.'],
  'peer-led': ['Peer-led', 'Run by, or employing, people with lived experience (peer workers).'],
  verified: ['Verified', "Support Market has checked the provider's registration, insurance and safeguarding documents."],
};

export const TAXONOMY_IDS: Record<TaxonomyKey, string> = Object.fromEntries(SPECS.map((s) => [s.key, stableUuid(`taxonomy:${s.key}`)])) as Record<TaxonomyKey, string>;

export function termId(key: TaxonomyKey, code: string): string {
  return stableUuid(`term:${key}:${code}`);
}

export interface FeedTerm extends OrukTaxonomyTerm {
  taxonomyKey: TaxonomyKey;
  code: string;
}

/** Every term of the four taxonomies, built once from the catalogue's categories (which only migrations change). */
export class OrukVocabulary {
  readonly taxonomies: OrukTaxonomy[];
  readonly terms: FeedTerm[];
  private readonly termsById = new Map<string, FeedTerm>();
  private readonly taxonomyById = new Map<string, OrukTaxonomy & { key: TaxonomyKey }>();
  private readonly categoryBySlug = new Map<string, Category>();
  private readonly termByCategoryId = new Map<string, FeedTerm>();
  /** Each term as the feed shows it, built once: a 100-service page nests about 900 of them. */
  private readonly publicTerms = new Map<string, OrukTaxonomyTerm>();

  constructor(taxonomy: Taxonomy) {
    const specName = (key: TaxonomyKey) => SPECS.find((s) => s.key === key)!.name;
    const term = (key: TaxonomyKey, code: string, name: string, description: string): FeedTerm => ({
      id: termId(key, code),
      name,
      description,
      taxonomy: specName(key),
      taxonomy_id: TAXONOMY_IDS[key],
      term: code,
      taxonomyKey: key,
      code,
    });
    this.terms = [
      ...taxonomy.all().map((c) => term('kinds-of-support', c.slug, c.name, c.description)),
      ...Object.values(LifeArea).map((a) => term('life-areas', a, capitalise(LIFE_AREA_NAMES[a]), `Helps with ${LIFE_AREA_NAMES[a]}.`)),
      ...Object.values(DeliveryMode).map((m) => term('delivery-modes', m, DELIVERY_NAMES[m][0], DELIVERY_NAMES[m][1])),
      ...Object.entries(PROVIDER_NAMES).map(([code, [name, description]]) => term('provider', code, name, description)),
    ];
    for (const c of taxonomy.all()) {
      this.categoryBySlug.set(c.slug, c);
      this.termByCategoryId.set(c.id, this.terms.find((t) => t.taxonomyKey === 'kinds-of-support' && t.code === c.slug)!);
    }
    for (const t of this.terms) {
      this.termsById.set(t.id, t);
      this.publicTerms.set(t.id, Object.freeze(publicTerm(t)));
    }
    this.taxonomies = SPECS.map((s) => ({ id: TAXONOMY_IDS[s.key], name: s.name, description: s.description, version: '1' }));
    for (const s of SPECS) this.taxonomyById.set(TAXONOMY_IDS[s.key], { ...this.taxonomies.find((t) => t.id === TAXONOMY_IDS[s.key])!, key: s.key });
  }

  term(key: TaxonomyKey, code: string): FeedTerm {
    const t = this.termsById.get(termId(key, code));
    if (!t) throw new Error(`No ${key} term ${code}`);
    return t;
  }

  /** The term as the feed shows it (shared and frozen: never change it). */
  shown(t: FeedTerm): OrukTaxonomyTerm {
    return this.publicTerms.get(t.id)!;
  }

  termById(id: string): FeedTerm | null {
    return this.termsById.get(id.toLowerCase()) ?? null;
  }

  taxonomyKeyById(id: string): TaxonomyKey | null {
    return this.taxonomyById.get(id.toLowerCase())?.key ?? null;
  }

  taxonomyWithTerms(id: string): OrukTaxonomy | null {
    const t = this.taxonomyById.get(id.toLowerCase());
    if (!t) return null;
    const { key, ...doc } = t;
    return { ...doc, taxonomy_terms: this.terms.filter((x) => x.taxonomyKey === key).map(publicTerm) };
  }

  /** The kinds-of-support term of a category id. */
  categoryTerm(categoryId: string): FeedTerm | null {
    return this.termByCategoryId.get(categoryId) ?? null;
  }

  categoryBySlugOrNull(slug: string): Category | null {
    return this.categoryBySlug.get(slug) ?? null;
  }
}

/** A term as the feed shows it (without the internal key and code fields). */
export function publicTerm(t: FeedTerm): OrukTaxonomyTerm {
  const { taxonomyKey: _k, code: _c, ...doc } = t;
  return doc;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
