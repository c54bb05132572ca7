import { query } from '@/lib/apollo/server-client';
import { CARE_COUNCIL_QUERY } from './plan-details-operations';
import { UnmetNeedForm } from './unmet-need-form';

// Where nothing fits (an empty search, no suggestions) the page does not stop: the person can tell us what they
// could not find, and someone without a budget learns how to ask their council for a needs assessment, by the
// council's name (the one that commissions adult social care for their district). Our data holds no council web
// addresses, so the way to reach its adult social care team is said in plain words.
export async function NothingFits({
  outcode,
  categories,
  categorySlug,
  person,
  hasBudget,
  back,
}: {
  outcode: string | null;
  categories: { slug: string; name: string }[];
  categorySlug?: string;
  /** Signed in as a person (only people can report unmet need). */
  person: boolean;
  /** A council or NHS budget running now (own money is not one): then no needs assessment is suggested. */
  hasBudget: boolean;
  /** Where to come back to after signing in. */
  back: string;
}) {
  const council = outcode && !hasBudget
    ? await query({ query: CARE_COUNCIL_QUERY, variables: { outcode } })
        .then((r) => r.data?.postcodeDistrict?.commissioningAuthority ?? null)
        .catch(() => null)
    : null;
  return (
    <div className="nothing-fits">
      <section className="card" aria-labelledby="unmet-title">
        <h3 className="heading-m" id="unmet-title">
          Tell us what you could not find
        </h3>
        <p>The council uses this to see what support is missing in your area and to ask for it. We do not pass on your name.</p>
        {person ? (
          <UnmetNeedForm categories={categories} outcode={outcode ?? ''} categorySlug={categorySlug} />
        ) : (
          <p>
            <a href={`/sign-in?next=${encodeURIComponent(back)}`}>Sign in</a> or <a href="/sign-up">create an account</a> to tell us.
          </p>
        )}
      </section>
      {!hasBudget && (
        <section className="card" aria-labelledby="assessment-title">
          <h3 className="heading-m" id="assessment-title">
            {council ? `Ask ${council.councilName} for a needs assessment` : 'Ask your council for a needs assessment'}
          </h3>
          <p>
            If you have not had one, you can ask {council ? <strong>{council.councilName}</strong> : 'your council'} for a free needs assessment
            {council ? ` (it arranges adult social care for ${outcode!.toUpperCase()})` : ''}. If you are eligible, the council may give you a personal
            budget or a direct payment to spend on support like this.
          </p>
          <p>
            To ask, contact {council ? `${council.councilName}'s` : 'your council’s'} adult social care team: search online for &ldquo;
            {council ? council.councilName : 'your council'} adult social care&rdquo;, or phone the council and ask for adult social care. Someone
            you trust can ask for you.
          </p>
          {person && (
            <p>
              Meanwhile, you can book free sessions, or <a href="/plan#own-money">add your own money</a> to pay for others.
            </p>
          )}
        </section>
      )}
    </div>
  );
}
