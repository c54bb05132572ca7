import type { Metadata } from 'next';
import { requireViewer } from '@/features/account/viewer';
import { MY_CONCERNS_QUERY } from '@/features/safety/safety-operations';
import { CONCERN_STATUS_WORDS, ukDay } from '@/features/safety/safety-words';
import { query } from '@/lib/apollo/server-client';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your concerns – Support Market' };

// The concerns the signed-in user raised, with where each one has got to.
export default async function MyConcernsPage() {
  await requireViewer('/concerns');
  const { data } = await query({ query: MY_CONCERNS_QUERY, variables: {} });
  const concerns = data?.concerns.edges.map((e) => e.node) ?? [];
  return (
    <>
      <h1 className="heading-xl">Your concerns</h1>
      {concerns.length ? (
        <ul className="list">
          {concerns.map((c) => (
            <li key={c.id} className="card">
              <h2 className="heading-s">
                {c.provider.name}
                {c.offering ? `: ${c.offering.title}` : ''}
              </h2>
              <p>
                <strong className="tag">{CONCERN_STATUS_WORDS[c.status]}</strong> · raised on {ukDay(c.raisedAt)}
                {c.acknowledgedAt ? ` · acknowledged on ${ukDay(c.acknowledgedAt)}` : ''}
                {c.closedAt ? ` · closed on ${ukDay(c.closedAt)}` : ''}
              </p>
              <p>{c.description}</p>
              {c.outcome && (
                <p>
                  <strong>Outcome:</strong> {c.outcome}
                </p>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>You have not raised any concerns.</p>
      )}
    </>
  );
}
