import { crosswalk } from '../../../server/src/modules/openreferral/oruk-crosswalk';
import type { OrukService } from '../../../server/src/modules/openreferral/oruk.types';
import { OrukVocabulary } from '../../../server/src/modules/openreferral/oruk-taxonomy';
import { Taxonomy } from '../../../server/src/modules/catalogue/taxonomy';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

// The crosswalk from another feed's taxonomy to our kinds of support, run as the importer runs it: against the
// catalogue's real categories (as migrated), through crosswalk() itself.
let db: TestDatabase;
let vocabulary: OrukVocabulary;
beforeAll(async () => {
  db = await createTestDatabase();
  vocabulary = new OrukVocabulary(await Taxonomy.load(db.ds.manager));
});
afterAll(() => db.drop());

const service = (s: Partial<OrukService>) => ({ id: 'x', name: '', ...s }) as OrukService;
const term = (taxonomy: string, name: string, extra: Record<string, unknown> = {}) => ({ id: 'a', taxonomy_term: { taxonomy, name, ...extra } });

describe('the crosswalk', () => {
  it.each([
    ['Community Counselling', 'talking-therapies'],
    ['Alcohol recovery group', 'substance-use-support'],
    ['Peer support group for new mums', 'peer-support'],
    ['Young carers club', 'carers-support'],
    ['Debt advice drop-in', 'money-advice'],
    ['Homeless outreach', 'housing-support'],
    ['Allotment project', 'nature-based'],
    ['Chair yoga', 'physical-activity'],
    ['Community choir', 'arts-and-creativity'],
    ['Lunch club', 'day-opportunities'],
  ])('reads "%s" as %s from the service name', (name, slug) => {
    expect(crosswalk(service({ name }), vocabulary)).toEqual({ slug, via: 'service-text', unmatched: [] });
  });

  it('matches nothing it has no rule for, and reports the terms it could not place', () => {
    expect(crosswalk(service({ name: 'Library opening hours', attributes: [term('esd', 'Libraries')] as never }), vocabulary)).toEqual({
      slug: null,
      via: null,
      unmatched: ['esd: Libraries'],
    });
  });

  it("prefers a taxonomy term to the service's own text, and our own term to either", () => {
    const byTerm = crosswalk(service({ name: 'Chair yoga', attributes: [term('esd', 'Debt advice')] as never }), vocabulary);
    expect(byTerm).toEqual({ slug: 'money-advice', via: 'term', unmatched: [] });
    const ours = vocabulary.terms.find((t) => t.taxonomyKey === 'kinds-of-support' && t.code === 'peer-support')!;
    const byOwn = crosswalk(service({ name: 'Chair yoga', attributes: [term('esd', 'Debt advice'), { id: 'b', taxonomy_term_id: ours.id }] as never }), vocabulary);
    expect(byOwn).toEqual({ slug: 'peer-support', via: 'own-term', unmatched: [] });
  });
});
