import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { readCompareIds } from '@/features/catalogue/compare-actions';
import { CompareButton } from '@/features/catalogue/compare-button';
import { CompareTray } from '@/features/catalogue/compare-tray';
import { OfferingDetails } from '@/features/catalogue/offering-details';
import { OFFERING_PAGE_QUERY } from '@/features/catalogue/offering-page-operations';
import { SlotList } from '@/features/catalogue/slot-list';
import { getViewer } from '@/features/account/viewer';
import { query } from '@/lib/apollo/server-client';
import { apiFailure } from '@/lib/api-errors';
import { AskQuestion } from '@/features/message/ask-question';
import { Notice } from '@/lib/ui/notice';
import { CrisisHelp, isMentalHealthOffering } from '@/features/help/crisis-help';
import { ReviewList } from '@/features/review/review-list';
import { OFFERING_REVIEWS_QUERY } from '@/features/review/review-operations';
import { loadReviews } from '@/features/review/load-reviews';

export const dynamic = 'force-dynamic';

const UUID = /^[0-9a-f-]{36}$/i;

async function load(id: string) {
  if (!UUID.test(id)) return null;
  try {
    const { data } = await query({ query: OFFERING_PAGE_QUERY, variables: { id } });
    return data?.offering ?? null;
  } catch (e) {
    if (apiFailure(e).code === 'NOT_FOUND' || apiFailure(e).code === 'BAD_USER_INPUT') return null;
    throw e;
  }
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const o = await load((await params).id);
  return { title: o ? `${o.title} – Support Market` : 'Not found – Support Market' };
}

export default async function OfferingPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { id } = await params;
  const sp = await searchParams;
  const [o, compareIds, viewer, reviews] = await Promise.all([load(id), readCompareIds(), getViewer(), loadReviews(OFFERING_REVIEWS_QUERY, id, sp.reviews)]);
  if (!o) notFound();
  const here = `/offerings/${o.id}`;
  const published = o.status === 'PUBLISHED';
  return (
    <>
      <a className="back-link" href="/">
        Back to search
      </a>
      {!published && (
        <div className="notice" role="status">
          <p className="notice__text">Only you can see this: it is {o.status === 'DRAFT' ? 'a draft' : o.status.toLowerCase()}. People can find it once it is published.</p>
        </div>
      )}
      <Notice error={sp.error} />
      <div className="two-thirds">
        {isMentalHealthOffering(o) && <CrisisHelp prominent />}
        <OfferingDetails offering={o} />
        {published && viewer?.role === 'PERSON' && <AskQuestion offeringId={o.id} providerName={o.provider.name} />}
        {published && !viewer && (
          <p>
            <a href={`/sign-in?next=${encodeURIComponent(here)}`}>Sign in</a> to ask {o.provider.name} a question.
          </p>
        )}
        <h2 className="heading-m" id="times">
          Times you can book
        </h2>
        {!viewer && published && (
          <p>
            <a href={`/sign-in?next=${encodeURIComponent(here)}`}>Sign in</a> to book. You can look at the times first.
          </p>
        )}
        <SlotList offeringId={o.id} slots={o.slots} bookable={published && (!viewer || viewer.role === 'PERSON')} />
        {reviews && <ReviewList page={reviews} path={here} signedIn={!!viewer} outcome={sp.review} older={!!sp.reviews} />}
      </div>
      {published && (
        <div className="actions">
          <CompareButton offeringId={o.id} title={o.title} selected={compareIds.includes(o.id)} full={compareIds.length >= 4} back={here} />
        </div>
      )}
      <CompareTray ids={compareIds} back={here} />
    </>
  );
}
