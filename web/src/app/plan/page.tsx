import type { Metadata } from 'next';
import { requireViewer } from '@/features/account/viewer';
import { BookingConfirmation, PersonBooking } from '@/features/booking/person-booking';
import { BudgetPanel } from '@/features/plan/budget-panel';
import { GoalPanel } from '@/features/plan/goal-panel';
import { MatchesPanel } from '@/features/plan/matches-panel';
import { AddGoalForm } from '@/features/plan/add-goal-form';
import { MATCHES_QUERY, MY_PLAN_QUERY, PLAN_MONEY_QUERY, STAYING_SAFE_QUERY } from '@/features/plan/plan-operations';
import { PLAN_DETAILS_QUERY } from '@/features/plan/plan-details-operations';
import { PlanDetailsForm } from '@/features/plan/plan-details-form';
import { OwnMoneyForm } from '@/features/plan/own-money-form';
import { NothingFits } from '@/features/plan/nothing-fits';
import { randomUUID } from 'node:crypto';
import { StayingSafe } from '@/features/plan/staying-safe';
import { noticeSection, PlanContents, PlanNotice, type NoticeSection } from '@/features/plan/plan-notice';
import { StartPlanForm } from '@/features/plan/start-plan-form';
import { WellbeingForm } from '@/features/plan/wellbeing-form';
import { query } from '@/lib/apollo/server-client';
import { languageName } from '@/lib/format';
import { allows, getActing } from '@/features/supporter/acting';
import { CircleSection } from '@/features/supporter/circle-section';
import { ACTING_PLAN_QUERY, CIRCLE_QUERY } from '@/features/supporter/supporter-operations';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'My plan – Support Market' };

export default async function PlanPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requireViewer('/plan', ['PERSON']);
  const sp = await searchParams;
  // A supporter acting for someone (features/supporter/acting.ts) sees that person's plan, at their level.
  const acting = await getActing();
  const plan = acting
    ? (await query({ query: ACTING_PLAN_QUERY, variables: { planId: acting.planId } })).data?.supportPlan
    : await query({ query: MY_PLAN_QUERY }).then(({ data }) => data?.myPlans.find((p) => p.active) ?? data?.myPlans[0]);
  const personName = acting ? acting.personName : viewer.name;
  const [money, matches, details, safe, circle] = plan
    ? await Promise.all([
        query({ query: PLAN_MONEY_QUERY, variables: { planId: plan.id } }).then((r) => r.data?.supportPlan ?? null),
        query({ query: MATCHES_QUERY, variables: { planId: plan.id } })
          .then((r) => r.data?.matches ?? [])
          .catch(() => null),
        query({ query: PLAN_DETAILS_QUERY, variables: { planId: plan.id } }).then((r) => r.data ?? null),
        query({ query: STAYING_SAFE_QUERY, variables: { planId: plan.id } }).then((r) => r.data?.supportPlan ?? null),
        acting ? null : query({ query: CIRCLE_QUERY, variables: { planId: plan.id } }).then((r) => r.data?.supportPlan ?? null),
      ])
    : [null, null, null, null, null];
  const budgets = money?.budgets ?? [];
  const today = new Date().toISOString().slice(0, 10);
  const current = budgets.filter((b) => b.periodStartDate <= today && today <= b.periodEndDate);
  // The person's own money: a self-funded pot running now (topped up), else a new one.
  const pot = current.find((b) => b.fundingSource === 'SELF_FUNDED') ?? null;
  const categories = details?.categories ?? [];
  // A needs assessment is how a council budget starts: offered to anyone without one, own money or not.
  const councilBudget = current.some((b) => b.fundingSource !== 'SELF_FUNDED');
  const bookings = money?.bookings.edges.map((e) => e.node) ?? [];
  // The message after a form goes under the heading of the section the browser jumps to.
  const at = plan ? noticeSection(sp.at) : 'top';
  const notice = (section: NoticeSection) => (at === section ? <PlanNotice done={sp.done} error={sp.error} /> : null);

  return (
    <>
      {notice('top')}
      <h1 className="heading-xl">{acting ? `${acting.personName}'s plan` : 'My plan'}</h1>
      <p className="lead">
        {acting ? `Hello ${viewer.name}. Here is ${acting.personName}'s support, money and how things are going.` : `Hello ${viewer.name}. Here is your support, your money and how things are going.`}
      </p>
      {!plan && acting ? (
        <p>
          You cannot open {acting.personName}&apos;s plan any more. <a href="/supporting">See the people you support</a>.
        </p>
      ) : !plan ? (
        <section className="panel" aria-labelledby="new-plan">
          <h2 className="heading-l" id="new-plan">
            Start your plan
          </h2>
          <StartPlanForm />
        </section>
      ) : (
        <>
          <PlanContents own={!acting} />
          {details?.supportPlan && (
            <section aria-labelledby="details-title" id="details" tabIndex={-1}>
              <h2 className="heading-l" id="details-title">
                {acting ? `${acting.personName}'s plan` : 'Your plan'}
              </h2>
              {notice('details')}
              <p>{acting ? 'What is written here decides which support we suggest.' : 'What you tell us here decides which support we suggest. Change it whenever you like.'}</p>
              <PlanSummary plan={plan} preferences={details.supportPlan.preferences} age={details.supportPlan.age ?? null} />
              {allows(acting, 'MANAGE') && (
                <>
                  <h3 className="heading-m">Change {acting ? 'the' : 'your'} plan</h3>
                  <PlanDetailsForm
                    plan={{
                      id: details.supportPlan.id,
                      outcode: details.supportPlan.outcode,
                      age: details.supportPlan.age ?? null,
                      needs: details.supportPlan.needs.map((n) => n.slug),
                      ...details.supportPlan.preferences,
                    }}
                    categories={categories}
                  />
                </>
              )}
            </section>
          )}
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
              <>
                <p>
                  You have no budget yet. You can still book free sessions. A council budget is added by your council once it is agreed after a needs
                  assessment ({plan.localAuthority.name}); meanwhile, the <a href="/calculator">budget calculator</a> gives an idea of how much it might be.
                </p>
              </>
            )}
            <OwnMoneyForm planId={plan.id} pot={pot} idempotencyKey={randomUUID()} />
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
                  <PersonBooking key={b.id} booking={b} highlight={b.id === sp.booking} personName={personName} mayChange={allows(acting, 'BOOK')} />
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
                  <GoalPanel key={g.id} goal={g} mayChange={allows(acting, 'MANAGE')} />
                ))}
              </div>
            ) : (
              <p>You have not set any goals yet.</p>
            )}
            {allows(acting, 'MANAGE') && <AddGoalForm planId={plan.id} incomplete={sp.error === 'GOAL_INCOMPLETE'} />}
          </section>

          <section aria-labelledby="matches-title" id="matches">
            <h2 className="heading-l" id="matches-title">
              Suggested for you
            </h2>
            {matches ? <MatchesPanel matches={matches} hasBudget={current.length > 0} /> : <p>Suggestions are not available right now.</p>}
            {matches && matches.length === 0 && (
              <NothingFits outcode={plan.outcode} categories={categories} person hasBudget={councilBudget} back="/plan#matches" />
            )}
          </section>

          <section aria-labelledby="wellbeing-title" id="wellbeing" tabIndex={-1}>
            <h2 className="heading-l" id="wellbeing-title">
              Wellbeing check
            </h2>
            {notice('wellbeing')}
            {allows(acting, 'MANAGE') ? (
              <WellbeingForm planId={plan.id} checks={plan.wellbeingChecks} />
            ) : (
              <p>Only {acting?.personName} and the supporters they allow to change the plan can record a wellbeing check.</p>
            )}
          </section>

          {/* Written by the person, or a supporter they let change the plan (MANAGE). */}
          {safe && allows(acting, 'MANAGE') && (
            <section aria-labelledby="staying-safe-title" id="staying-safe" tabIndex={-1}>
              <h2 className="heading-l" id="staying-safe-title">
                Staying safe, taking chances
              </h2>
              {notice('staying-safe')}
              <StayingSafe planId={plan.id} section={safe.stayingSafe} error={sp.error === 'SAFETY_CONTACT'} />
            </section>
          )}
          {circle && (
            <section aria-labelledby="circle-title" id="circle" tabIndex={-1}>
              <h2 className="heading-l" id="circle-title">
                Your circle of support
              </h2>
              {notice('circle')}
              <CircleSection planId={plan.id} circle={circle} />
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

const MODE_WORDS: Record<string, string> = { IN_PERSON: 'in person', GROUP: 'in a group', HOME_VISIT: 'at home', ONLINE: 'online', PHONE: 'by phone' };

/** The plan as it stands, in words. */
function PlanSummary({
  plan,
  preferences: p,
  age,
}: {
  plan: { outcode: string; localAuthority: { name: string }; needs: { name: string }[] };
  preferences: { languages: string[]; deliveryModes: string[]; maxTravelKm: number; prefersPeerSupport: boolean; accessibility: string[] };
  age: number | null;
}) {
  const rows: [string, string][] = [
    ['Where', `${plan.outcode} (${plan.localAuthority.name})`],
    ['Kinds of support', plan.needs.map((n) => n.name).join(', ') || 'Not chosen'],
    ['Languages', p.languages.map(languageName).join(', ') || 'Any'],
    ['How', p.deliveryModes.map((m) => MODE_WORDS[m] ?? m).join(', ') || 'Any way'],
    ['Travel', `Up to ${Math.round((p.maxTravelKm / 1.609344) * 10) / 10} miles`],
    ['Peer support', p.prefersPeerSupport ? 'Yes, please' : 'No preference'],
    ['Access needs', p.accessibility.join(', ') || 'None given'],
    ['Age', age === null ? 'Not given' : String(age)],
  ];
  return (
    <dl className="summary-list">
      {rows.map(([k, v]) => (
        <div className="summary-list__row" key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
