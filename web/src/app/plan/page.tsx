import type { Metadata } from 'next';
import { requireViewer } from '@/features/account/viewer';
import { BookingConfirmation, PersonBooking } from '@/features/booking/person-booking';
import { BudgetPanel } from '@/features/plan/budget-panel';
import { GoalPanel } from '@/features/plan/goal-panel';
import { MatchesPanel } from '@/features/plan/matches-panel';
import { AddGoalForm } from '@/features/plan/add-goal-form';
import { MATCHES_QUERY, MY_PLAN_QUERY, PLAN_MONEY_QUERY, STAYING_SAFE_QUERY } from '@/features/plan/plan-operations';
import { StayingSafe } from '@/features/plan/staying-safe';
import { noticeSection, PlanContents, PlanNotice, type NoticeSection } from '@/features/plan/plan-notice';
import { StartPlanForm } from '@/features/plan/start-plan-form';
import { WellbeingForm } from '@/features/plan/wellbeing-form';
import { query } from '@/lib/apollo/server-client';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'My plan – Support Market' };

export default async function PlanPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requireViewer('/plan', ['PERSON']);
  const sp = await searchParams;
  const { data } = await query({ query: MY_PLAN_QUERY });
  const plan = data?.myPlans.find((p) => p.active) ?? data?.myPlans[0];
  const [money, matches, safe] = plan
    ? await Promise.all([
        query({ query: PLAN_MONEY_QUERY, variables: { planId: plan.id } }).then((r) => r.data?.supportPlan ?? null),
        query({ query: MATCHES_QUERY, variables: { planId: plan.id } })
          .then((r) => r.data?.matches ?? [])
          .catch(() => null),
        query({ query: STAYING_SAFE_QUERY, variables: { planId: plan.id } }).then((r) => r.data?.supportPlan ?? null),
      ])
    : [null, null, null];
  const budgets = money?.budgets ?? [];
  const bookings = money?.bookings.edges.map((e) => e.node) ?? [];
  // The message after a form goes under the heading of the section the browser jumps to.
  const at = plan ? noticeSection(sp.at) : 'top';
  const notice = (section: NoticeSection) => (at === section ? <PlanNotice done={sp.done} error={sp.error} /> : null);

  return (
    <>
      {notice('top')}
      <h1 className="heading-xl">My plan</h1>
      <p className="lead">Hello {viewer.name}. Here is your support, your money and how things are going.</p>
      {!plan ? (
        <section className="panel" aria-labelledby="new-plan">
          <h2 className="heading-l" id="new-plan">
            Start your plan
          </h2>
          <StartPlanForm />
        </section>
      ) : (
        <>
          <PlanContents />
          <section aria-labelledby="budgets">
            <h2 className="heading-l" id="budgets" tabIndex={-1}>
              Money
            </h2>
            {notice('budgets')}
            {safe && (
              <p>
                Your plan reference is <strong>{safe.reference}</strong>. Give it to your council so they can find your plan and add your budget.
              </p>
            )}
            {budgets.length ? (
              budgets.map((b) => <BudgetPanel key={b.id} budget={b} />)
            ) : (
              <p>
                You have no budget yet. Your council adds it once it is agreed. Meanwhile, the <a href="/calculator">budget calculator</a> gives an idea.
              </p>
            )}
          </section>

          <section aria-labelledby="bookings-title" id="bookings" tabIndex={-1}>
            <h2 className="heading-l" id="bookings-title">
              Bookings
            </h2>
            {notice('bookings')}
            {sp.done === 'booked' && bookings.find((b) => b.id === sp.booking) && <BookingConfirmation booking={bookings.find((b) => b.id === sp.booking)!} />}
            {bookings.length ? (
              <ul className="bookings">
                {bookings.map((b) => (
                  <PersonBooking key={b.id} booking={b} highlight={b.id === sp.booking} />
                ))}
              </ul>
            ) : (
              <p>
                No bookings yet. <a href="/">Find support</a> to book.
              </p>
            )}
          </section>

          <section aria-labelledby="goals-title" id="goals" tabIndex={-1}>
            <h2 className="heading-l" id="goals-title">
              Goals
            </h2>
            {notice('goals')}
            {plan.goals.length ? (
              <div className="cards">
                {plan.goals.map((g) => (
                  <GoalPanel key={g.id} goal={g} />
                ))}
              </div>
            ) : (
              <p>You have not set any goals yet.</p>
            )}
            <AddGoalForm planId={plan.id} incomplete={sp.error === 'GOAL_INCOMPLETE'} />
          </section>

          <section aria-labelledby="matches-title" id="matches">
            <h2 className="heading-l" id="matches-title">
              Suggested for you
            </h2>
            {matches ? <MatchesPanel matches={matches} /> : <p>Suggestions are not available right now.</p>}
          </section>

          <section aria-labelledby="wellbeing-title" id="wellbeing" tabIndex={-1}>
            <h2 className="heading-l" id="wellbeing-title">
              Wellbeing check
            </h2>
            {notice('wellbeing')}
            <WellbeingForm planId={plan.id} checks={plan.wellbeingChecks} />
          </section>

          {safe && (
            <section aria-labelledby="staying-safe-title" id="staying-safe" tabIndex={-1}>
              <h2 className="heading-l" id="staying-safe-title">
                Staying safe, taking chances
              </h2>
              {notice('staying-safe')}
              <StayingSafe planId={plan.id} section={safe.stayingSafe} error={sp.error === 'SAFETY_CONTACT'} />
            </section>
          )}

          <section aria-labelledby="calc-title">
            <h2 className="heading-l" id="calc-title">
              Budget calculator
            </h2>
            <p>
              <a href={`/calculator?la=${plan.localAuthority.code}`}>Work out an indicative budget</a> for {plan.localAuthority.name}.
            </p>
          </section>
        </>
      )}
    </>
  );
}
