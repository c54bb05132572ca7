import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireViewer } from '@/features/account/viewer';
import { BookForm } from '@/features/booking/book-form';
import { BOOK_PAGE_QUERY } from '@/features/booking/booking-operations';
import { query } from '@/lib/apollo/server-client';
import { getActing } from '@/features/supporter/acting';
import { ACTING_BOOK_PLAN_QUERY } from '@/features/supporter/supporter-operations';
import { formatPence, formatPrice } from '@/lib/format';

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
  const today = new Date().toISOString().slice(0, 10);
  const budgets = plans.flatMap((p) => p.budgets.filter((b) => b.periodEndDate >= today).map((b) => ({ ...b, planId: p.id })));
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
        {!plans.length ? (
          <div className="inset">
            <p>You need a support plan before you can book. It takes a minute: your postcode district and the kinds of support you need.</p>
            <p>
              <a href="/plan">Start your plan</a>
            </p>
          </div>
        ) : cost > 0 && !budgets.length ? (
          <NeedMoney costPence={cost} council={plans[0].localAuthority.councilName} />
        ) : !slots.length ? (
          <p className="inset">There are no times you can book in the next 4 weeks.</p>
        ) : (
          <BookForm slots={slots} budgets={budgets} goals={goals} costPence={cost} chosenSlot={chosen} idempotencyKey={randomUUID()} planId={plans[0].id} />
        )}
      </div>
    </>
  );
}

/** A priced session and no budget: what to do instead of a dead end. */
function NeedMoney({ costPence, council }: { costPence: number; council: string }) {
  return (
    <div className="inset" id="need-money">
      <h2 className="heading-m">You need a budget to book this session</h2>
      <p>
        This session costs {formatPence(costPence)}, and you have no budget to pay from yet. You can:
      </p>
      <ul className="list list--bullet">
        <li>
          <a href="/plan#own-money">add your own money</a> in My plan, and then book it
        </li>
        <li>
          ask {council} for a needs assessment: if you are eligible, the council may give you a personal budget or direct payment.
          Contact its adult social care team (search online for &ldquo;{council} adult social care&rdquo;, or phone the council)
        </li>
        <li>
          <a href="/">look for other support</a>: sessions marked &ldquo;Free&rdquo; can be booked without a budget
        </li>
      </ul>
    </div>
  );
}
