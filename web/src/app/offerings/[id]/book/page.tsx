import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireViewer } from '@/features/account/viewer';
import { BookForm } from '@/features/booking/book-form';
import { BOOK_PAGE_QUERY } from '@/features/booking/booking-operations';
import { query } from '@/lib/apollo/server-client';
import { getActing } from '@/features/supporter/acting';
import { ACTING_BOOK_PLAN_QUERY } from '@/features/supporter/supporter-operations';
import { formatPrice } from '@/lib/format';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Book – Support Market' };

export default async function BookPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { id } = await params;
  const sp = await searchParams;
  const chosen = typeof sp.slot === 'string' ? sp.slot : '';
  await requireViewer(`/offerings/${id}/book${chosen ? `?slot=${chosen}` : ''}`, ['PERSON']);
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const { data } = await query({ query: BOOK_PAGE_QUERY, variables: { id } });
  const o = data?.offering;
  if (!o || o.status !== 'PUBLISHED') notFound();

  const now = Date.now();
  const slots = o.slots.filter((s) => new Date(s.startsAt).getTime() > now);
  // A supporter acting for someone books from that person's plan and budgets (the API checks their access).
  const acting = await getActing();
  const theirs = acting ? (await query({ query: ACTING_BOOK_PLAN_QUERY, variables: { planId: acting.planId } })).data?.supportPlan : null;
  const plans = (acting ? (theirs ? [theirs] : []) : (data?.myPlans ?? [])).filter((p) => p.active);
  const budgets = plans.flatMap((p) => p.budgets.map((b) => ({ ...b, planId: p.id })));
  const goals = plans.flatMap((p) => p.goals);
  const cost = o.sessionCostPence;

  return (
    <>
      <a className="back-link" href={`/offerings/${o.id}`}>
        Back to {o.title}
      </a>
      <div className="two-thirds">
        <span className="caption">{o.provider.name}</span>
        <h1 className="heading-xl">Book {o.title}</h1>
        <p>
          Price: {formatPrice(o.pricePence, o.priceUnit)}
          {o.priceUnit === 'HOUR' ? `. A ${o.sessionMinutes}-minute session costs ` : '. One session costs '}
          {formatPrice(cost, 'SESSION').replace(' a session', '')}.
        </p>
        {!budgets.length ? (
          <div className="inset">
            <p>You need a support plan with a budget before you can book.</p>
            <p>
              <a href="/plan">Go to My plan</a>
            </p>
          </div>
        ) : !slots.length ? (
          <p className="inset">There are no times you can book in the next 4 weeks.</p>
        ) : (
          <BookForm slots={slots} budgets={budgets} goals={goals} costPence={cost} chosenSlot={chosen} idempotencyKey={randomUUID()} />
        )}
      </div>
    </>
  );
}
