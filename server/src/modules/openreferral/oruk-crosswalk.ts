import type { OrukVocabulary } from './oruk-taxonomy';
import type { OrukAttribute, OrukService } from './oruk.types';

// The crosswalk from other feeds' taxonomies to Support Market's kinds of support (documented in
// docs/open-referral.md). A feed's terms are tried in order: our own terms (a feed we published, by term id or by
// taxonomy name and code); then each term's name and code against the rules below; then the service's own name, summary and
// description (in that order) against the same rules. The first rule that matches wins, so the specific rules come first.
export const CROSSWALK: readonly { slug: string; pattern: RegExp }[] = [
  { slug: 'crisis-cafe', pattern: /\bcrisis\b|safe haven|sanctuary/i },
  { slug: 'substance-use-support', pattern: /\bdrugs?\b|alcohol|substance|addiction|recovery from (drink|drug)/i },
  { slug: 'peer-support', pattern: /\bpeer\b|lived experience|self[- ]help group|support group|mutual aid/i },
  { slug: 'talking-therapies', pattern: /counsell?ing|therap(y|ies)|psycholog|\bCBT\b|\bIAPT\b|talking/i },
  { slug: 'carers-support', pattern: /\bcarers?\b|respite/i },
  { slug: 'advocacy', pattern: /advoca/i },
  { slug: 'money-advice', pattern: /\bdebt|benefits?\b|money|financ|welfare rights|budgeting/i },
  { slug: 'housing-support', pattern: /housing|homeless|tenan|accommodation|rough sleep/i },
  { slug: 'employment-support', pattern: /employ|\bjobs?\b|careers?\b|\bwork\b|volunteering/i },
  { slug: 'digital-skills', pattern: /digital|computer|internet|online skills|\bIT\b/i },
  { slug: 'independent-living-skills', pattern: /independent living|daily living|life skills|cooking|travel training/i },
  { slug: 'personal-assistance', pattern: /personal assistan|home care|domiciliary|direct payment/i },
  { slug: 'befriending', pattern: /befriend|loneli|isolation|companionship|social contact/i },
  { slug: 'nature-based', pattern: /garden|nature|green|allotment|outdoor|conservation|farm/i },
  { slug: 'physical-activity', pattern: /sport|exercise|physical activit|fitness|walking|swim|yoga|dance|gym|leisure/i },
  { slug: 'arts-and-creativity', pattern: /\barts?\b|music|creative|craft|drama|theatre|singing|choir|writing/i },
  { slug: 'learning-and-skills', pattern: /learning|education|course|college|training|skills|literacy|numeracy/i },
  { slug: 'day-opportunities', pattern: /day (centre|service|opportunit)|social club|drop[- ]in|activit(y|ies)|lunch club|community (group|centre)/i },
];

export interface CrosswalkResult {
  /** The kind of support (category slug), or null when nothing matched. */
  slug: string | null;
  /** How it was found: 'own-term', 'term', 'service-text'. */
  via: 'own-term' | 'term' | 'service-text' | null;
  /** Terms of other taxonomies that no rule matched, as "taxonomy: name", for the import report. */
  unmatched: string[];
}

export function attributesOf(s: OrukService): OrukAttribute[] {
  return Array.isArray(s.attributes) ? s.attributes.filter((a) => a && typeof a === 'object') : [];
}

function ruleFor(text: string): string | null {
  return CROSSWALK.find((r) => r.pattern.test(text))?.slug ?? null;
}

export function crosswalk(s: OrukService, v: OrukVocabulary): CrosswalkResult {
  const unmatched: string[] = [];
  let slug: string | null = null;
  let via: CrosswalkResult['via'] = null;
  for (const a of attributesOf(s)) {
    const own = ownTerm(a, v);
    if (own) {
      // Our own term decides, wherever it stands among the attributes (docs/open-referral.md: own terms come first).
      if (own.taxonomyKey === 'kinds-of-support' && via !== 'own-term') [slug, via] = [own.code, 'own-term'];
      continue;
    }
    const t = a.taxonomy_term;
    const text = [t?.name, t?.term].filter((x) => typeof x === 'string').join(' ');
    const found = text ? ruleFor(text) : null;
    if (found) {
      if (!slug) [slug, via] = [found, 'term'];
    } else {
      unmatched.push(`${t?.taxonomy ?? 'unknown taxonomy'}: ${t?.name ?? a.taxonomy_term_id ?? a.id}`);
    }
  }
  if (!slug) {
    // The name says most about what a service is; its summary, then its description, only when the name says nothing.
    const found = [s.name, s.summary, s.description].map((t) => (typeof t === 'string' && t ? ruleFor(t) : null)).find(Boolean);
    if (found) [slug, via] = [found, 'service-text'];
  }
  return { slug: slug && v.categoryBySlugOrNull(slug) ? slug : null, via: slug ? via : null, unmatched };
}

/** One of Support Market's own terms (from a feed we published): by id, or by our taxonomy's name and the code. */
export function ownTerm(a: OrukAttribute, v: OrukVocabulary) {
  const id = a.taxonomy_term_id ?? a.taxonomy_term?.id;
  const byId = typeof id === 'string' ? v.termById(id) : null;
  if (byId) return byId;
  const t = a.taxonomy_term;
  if (!t || typeof t.term !== 'string' || typeof t.taxonomy !== 'string') return null;
  return v.terms.find((x) => x.taxonomy === t.taxonomy && x.code === t.term) ?? null;
}
