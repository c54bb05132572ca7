import type { Metadata } from 'next';
import { loadComparison } from '@/features/catalogue/comparison';
import { PrintButton } from '@/lib/ui/print-button';
import { readShortlistIds } from '@/features/catalogue/shortlist-actions';
import { ShortlistButton } from '@/features/catalogue/shortlist-button';
import { formatDateTime, formatPrice } from '@/lib/format';
import { MAX_SHORTLIST } from '@/lib/session-cookie';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your shortlist – Support Market' };

const UUID = /^[0-9a-f-]{36}$/i;

// The offerings a person saved: to print, or to share as a link with someone who helps them (/shortlist?ids=...).
// A shared link shows that list without touching the viewer's own.
export default async function ShortlistPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const fromUrl = String(params.ids ?? '')
    .split(',')
    .filter((id) => UUID.test(id));
  const own = await readShortlistIds();
  const ids = [...new Set(fromUrl.length ? fromUrl : own)].slice(0, MAX_SHORTLIST);
  const { offerings } = await loadComparison(ids, '');
  const shared = fromUrl.length > 0;
  const link = `/shortlist?ids=${offerings.map((o) => o.id).join(',')}`;
  return (
    <>
      <a className="back-link no-print" href="/">
        Back to search
      </a>
      <h1 className="heading-xl">{shared ? 'A shortlist shared with you' : 'Your shortlist'}</h1>
      {!offerings.length ? (
        <div className="inset">
          <p>Nothing saved yet. Search, then press &ldquo;Save to shortlist&rdquo; on the support you like.</p>
          <p>
            <a href="/">Search for support</a>
          </p>
        </div>
      ) : (
        <>
          <p className="no-print">
            Share it with someone you trust by copying this link: <a href={link}>link to this shortlist</a>. To print it, use the button or your browser&rsquo;s Print.
          </p>
          <p className="no-print">
            <PrintButton secondary>Print this list</PrintButton>
          </p>
          <ol className="shortlist">
            {offerings.map((o) => (
              <li className="shortlist__item" key={o.id}>
                <h2 className="heading-m">
                  <a href={`/offerings/${o.id}`}>{o.title}</a>
                </h2>
                <p>
                  {o.provider.name} · {formatPrice(o.pricePence, o.priceUnit)} · {o.nextAvailableSlot ? `next free time ${formatDateTime(o.nextAvailableSlot.startsAt)}` : 'no free times in the next 4 weeks'}
                </p>
                {!shared && (
                  <div className="no-print">
                    <ShortlistButton offeringId={o.id} title={o.title} saved full={false} back="/shortlist" />
                  </div>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
