import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Badges } from '@/features/catalogue/badges';
import { readCompareIds } from '@/features/catalogue/compare-actions';
import { CompareTray } from '@/features/catalogue/compare-tray';
import { OfferingCard } from '@/features/catalogue/offering-card';
import { PROVIDER_PAGE_QUERY } from '@/features/catalogue/provider-page-operations';
import { ProviderText } from '@/features/catalogue/provider-text';
import { Rating } from '@/features/catalogue/rating';
import { query } from '@/lib/apollo/server-client';
import { getViewer } from '@/features/account/viewer';
import { ReviewList } from '@/features/review/review-list';
import { PROVIDER_REVIEWS_QUERY } from '@/features/review/review-operations';
import { loadReviews } from '@/features/review/load-reviews';
import { apiFailure } from '@/lib/api-errors';
import { PROVIDER_KIND } from '@/lib/format';
import { ContactDetailsList } from '@/features/contact/contact-details';
import { WhatWeChecked } from '@/features/safety/what-we-checked';
import type { CheckedFieldsFragment } from '@/gql/graphql';

export const dynamic = 'force-dynamic';

async function load(id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  try {
    const { data } = await query({ query: PROVIDER_PAGE_QUERY, variables: { id } });
    return data?.provider ?? null;
  } catch (e) {
    if (['NOT_FOUND', 'BAD_USER_INPUT'].includes(apiFailure(e).code)) return null;
    throw e;
  }
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const p = await load((await params).id);
  return { title: p ? `${p.name} – Support Market` : 'Not found – Support Market' };
}


export default async function ProviderPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { id } = await params;
  const sp = await searchParams;
  const [p, compareIds, viewer, reviews] = await Promise.all([load(id), readCompareIds(), getViewer(), loadReviews(PROVIDER_REVIEWS_QUERY, id, sp.reviews)]);
  if (!p) notFound();
  const here = `/providers/${p.id}`;
  const offerings = p.offerings.edges.map((e) => e.node).filter((o) => o.status === 'PUBLISHED');
  return (
    <>
      <a className="back-link" href="/">
        Back to search
      </a>
      <p className="caption">{PROVIDER_KIND[p.kind] ?? p.kind}</p>
      <h1 className="heading-xl">{p.name}</h1>
      <Badges verified={p.verified} peerLed={p.peerLed} kind={p.kind} />
      <div className="two-thirds">
        <ProviderText text={p.description} />
        <dl className="summary-list">
          <div className="summary-list__row">
            <dt>Based in</dt>
            <dd>{p.baseOutcode}</dd>
          </div>
          <div className="summary-list__row">
            <dt>Rating</dt>
            <dd>
              <Rating average={p.rating.average} count={p.rating.count} />
            </dd>
          </div>
          <div className="summary-list__row">
            <dt>Checked by us</dt>
            <dd>{p.verified ? 'Yes: everything it must hold for what it offers (see below)' : 'Not yet'}</dd>
          </div>
        </dl>
        <WhatWeChecked verifications={p.verifications as CheckedFieldsFragment[]} verified={p.verified} />
        <p>
          <a href={`/concerns/new?providerId=${p.id}`}>Raise a concern about {p.name}</a>
        </p>
      </div>
      <div className="two-thirds">
        <h2 className="heading-m">Get in touch</h2>
        <ContactDetailsList contact={p.contact} />
      </div>
      <h2 className="heading-l">What they offer</h2>
      {offerings.length ? (
        <ul className="results">
          {offerings.map((o) => (
            <OfferingCard key={o.id} offering={o} compareIds={compareIds} back={here} />
          ))}
        </ul>
      ) : (
        <p>Nothing listed at the moment.</p>
      )}
      {reviews && (
        <div className="two-thirds">
          <ReviewList page={reviews} path={here} signedIn={!!viewer} showOffering outcome={sp.review} older={!!sp.reviews} />
        </div>
      )}
      <CompareTray ids={compareIds} back={here} />
    </>
  );
}
