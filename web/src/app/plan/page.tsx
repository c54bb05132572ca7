import type { Metadata } from 'next';
import { requireViewer } from '@/features/account/viewer';
import { PersonBooking } from '@/features/booking/person-booking';
import { BudgetPanel } from '@/features/plan/budget-panel';
import { GoalPanel } from '@/features/plan/goal-panel';
import { MatchesPanel } from '@/features/plan/matches-panel';
import { addGoalAction, createPlanAction } from '@/features/plan/plan-actions';
import { MATCHES_QUERY, MY_PLAN_QUERY, PLAN_MONEY_QUERY } from '@/features/plan/plan-operations';
import { WellbeingForm } from '@/features/plan/wellbeing-form';
import { query } from '@/lib/apollo/server-client';
import { LIFE_AREA } from '@/lib/format';
import { Notice } from '@/lib/ui/notice';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'My plan – Support Market' };

const DONE: Record<string, string> = {
  booked: 'Your booking request has been sent. The money is held in your budget until the session. The provider will confirm it.',
  cancelled: 'Your booking is cancelled. The money is back in your budget.',
  reviewed: 'Thank you for your review.',
  score: 'Your score is saved.',
  wellbeing: 'Your wellbeing check is saved.',
  goal: 'Your goal is added.',
  plan: 'Your plan is ready.',
};

const ERRORS: Record<string, string> = {
  WELLBEING_INCOMPLETE: 'Please answer all 7 questions in the wellbeing check.',
  GOAL_INCOMPLETE: 'Please describe your goal and say how things are now.',
  PLAN_INCOMPLETE: 'Please give your postcode district, like M14.',
};

export default async function PlanPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requireViewer('/plan', ['PERSON']);
  const sp = await searchParams;
  const { data } = await query({ query: MY_PLAN_QUERY });
  const plan = data?.myPlans.find((p) => p.active) ?? data?.myPlans[0];
  const [money, matches] = plan
    ? await Promise.all([
        query({ query: PLAN_MONEY_QUERY, variables: { planId: plan.id } }).then((r) => r.data?.supportPlan ?? null),
        query({ query: MATCHES_QUERY, variables: { planId: plan.id } })
          .then((r) => r.data?.matches ?? [])
          .catch(() => null),
      ])
    : [null, null];
  const budgets = money?.budgets ?? [];
  const bookings = money?.bookings.edges.map((e) => e.node) ?? [];

  return (
    <>
      {sp.error && ERRORS[sp.error] ? (
        <div className="notice notice--error" role="alert">
          <p className="notice__text">{ERRORS[sp.error]}</p>
        </div>
      ) : (
        <Notice done={sp.done} error={sp.error} messages={DONE} />
      )}
      <h1 className="heading-xl">My plan</h1>
      <p className="lead">Hello {viewer.name}. Here is your support, your money and how things are going.</p>
      {!plan ? (
        <section className="panel" aria-labelledby="new-plan">
          <h2 className="heading-l" id="new-plan">
            Start your plan
          </h2>
          <form action={createPlanAction}>
            <div className="form-group">
              <label className="label" htmlFor="outcode">
                Your postcode district
              </label>
              <p className="hint" id="outcode-hint">
                The first part of your postcode, like M14. We use it to find support near you.
              </p>
              <input className="input input--short" id="outcode" name="outcode" autoComplete="postal-code" aria-describedby="outcode-hint" />
            </div>
            <button className="button" type="submit">
              Start my plan
            </button>
          </form>
        </section>
      ) : (
        <>
          <nav className="contents" aria-label="On this page">
            <ul>
              <li>
                <a href="#budgets">Money</a>
              </li>
              <li>
                <a href="#bookings">Bookings</a>
              </li>
              <li>
                <a href="#goals">Goals</a>
              </li>
              <li>
                <a href="#matches">Suggestions</a>
              </li>
              <li>
                <a href="#wellbeing">Wellbeing</a>
              </li>
            </ul>
          </nav>
          <section aria-labelledby="budgets">
            <h2 className="heading-l" id="budgets" tabIndex={-1}>
              Money
            </h2>
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
            {plan.goals.length ? (
              <div className="cards">
                {plan.goals.map((g) => (
                  <GoalPanel key={g.id} goal={g} />
                ))}
              </div>
            ) : (
              <p>You have not set any goals yet.</p>
            )}
            <details className="details">
              <summary className="details__summary">Add a goal</summary>
              <form action={addGoalAction}>
                <input type="hidden" name="planId" value={plan.id} />
                <div className="form-group">
                  <label className="label" htmlFor="goal-description">
                    What do you want to change?
                  </label>
                  <p className="hint" id="goal-description-hint">
                    For example, &ldquo;Get out of the house twice a week&rdquo;.
                  </p>
                  <input className="input" id="goal-description" name="description" maxLength={500} aria-describedby="goal-description-hint" />
                </div>
                <div className="form-group">
                  <label className="label" htmlFor="goal-area">
                    Part of life
                  </label>
                  <select className="select" id="goal-area" name="lifeArea">
                    {Object.entries(LIFE_AREA).map(([k, v]) => (
                      <option key={k} value={k}>
                        {v}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="form-group">
                  <label className="label" htmlFor="goal-baseline">
                    How are things now, from 1 (very hard) to 10 (very good)?
                  </label>
                  <select className="select" id="goal-baseline" name="baselineScore" defaultValue="5">
                    {Array.from({ length: 10 }, (_, i) => (
                      <option key={i + 1} value={i + 1}>
                        {i + 1}
                      </option>
                    ))}
                  </select>
                </div>
                <button className="button button--secondary" type="submit">
                  Add goal
                </button>
              </form>
            </details>
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
            <WellbeingForm planId={plan.id} checks={plan.wellbeingChecks} />
          </section>

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
