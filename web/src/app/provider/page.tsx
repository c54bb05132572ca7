import type { Metadata } from 'next';
import { requireViewer } from '@/features/account/viewer';
import { NewProviderForm } from '@/features/provider/new-provider-form';
import { PORTAL_QUERY } from '@/features/provider/provider-operations';
import { ProviderBookingTable } from '@/features/provider/provider-booking';
import { RequestsFooter } from '@/features/provider/requests-footer';
import { query } from '@/lib/apollo/server-client';
import { formatDateTime, formatPrice, PROVIDER_KIND } from '@/lib/format';
import { Notice } from '@/lib/ui/notice';
import { EvidenceSection } from '@/features/safety/evidence-section';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Provider portal – Support Market' };

const STATUS: Record<string, string> = { DRAFT: 'Draft', PUBLISHED: 'Published', PAUSED: 'Paused', ARCHIVED: 'Archived' };

export default async function ProviderPortalPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requireViewer('/provider', ['PROVIDER', 'ADMIN']);
  const sp = await searchParams;
  const { data } = await query({ query: PORTAL_QUERY });
  const providers = data?.myProviders ?? [];
  const requests = data?.providerBookings.edges.map((e) => e.node) ?? [];
  return (
    <>
      <Notice done={sp.done} error={sp.error} messages={{ evidence: 'Evidence sent. We will check it and show it on your public page.', organisation: 'Your organisation is added.', confirmed: 'Booking confirmed.', declined: 'Booking declined. The money went back to the person.' }} />
      <h1 className="heading-xl">Provider portal</h1>

      <section aria-labelledby="requests-title">
        <h2 className="heading-l" id="requests-title">
          New booking requests
        </h2>
        {requests.length ? (
          <ProviderBookingTable bookings={requests} caption="Requests waiting for your answer" back="/provider" />
        ) : (
          <p>No requests are waiting.</p>
        )}
        <RequestsFooter shown={requests.length} more={data?.providerBookings.pageInfo.hasNextPage ?? false} />
      </section>

      {providers.map((p) => (
        <section key={p.id} aria-labelledby={`org-${p.id}`}>
          <h2 className="heading-l" id={`org-${p.id}`}>
            {p.name}
          </h2>
          <p className="secondary">
            {PROVIDER_KIND[p.kind] ?? p.kind} · based in {p.baseOutcode} · {p.verified ? 'checked by us' : 'not checked yet'} · <a href={`/providers/${p.id}`}>public page</a>
          </p>
          {p.offerings.edges.length ? (
            <div className="table-scroll" role="region" aria-label={`What ${p.name} offers`} tabIndex={0}>
              <table className="table">
                <caption className="table__caption visually-hidden">What {p.name} offers</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Status</th>
                    <th scope="col">Price</th>
                    <th scope="col">Next free time</th>
                  </tr>
                </thead>
                <tbody>
                  {p.offerings.edges.map(({ node: o }) => (
                    <tr key={o.id}>
                      <td>
                        <a href={`/provider/offerings/${o.id}`}>{o.title}</a>
                      </td>
                      <td>
                        <span className={`tag tag--${o.status.toLowerCase()}`}>{STATUS[o.status] ?? o.status}</span>
                      </td>
                      <td>{formatPrice(o.pricePence, o.priceUnit)}</td>
                      <td>{o.nextAvailableSlot ? formatDateTime(o.nextAvailableSlot.startsAt) : 'None'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>Nothing listed yet.</p>
          )}
          <p>
            <a className="button" href={`/provider/offerings/new?provider=${p.id}`}>
              List something new<span className="visually-hidden"> for {p.name}</span>
            </a>
          </p>
          <EvidenceSection provider={p} />
        </section>
      ))}

      <section aria-labelledby="new-org">
        <h2 className="heading-l" id="new-org">
          {providers.length ? 'Add another organisation' : 'Add your organisation'}
        </h2>
        <NewProviderForm open={!providers.length} />
      </section>
    </>
  );
}
