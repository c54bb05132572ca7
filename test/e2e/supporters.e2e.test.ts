import { signUp } from '../factories/accounts';
import { inDays, sqlOffering, sqlProvider, sqlSlot } from '../factories/catalogue';
import { sqlBudget, sqlPlan } from '../factories/people';
import { captureOnFailure, expectNoAxeViolations, signIn, useJourney } from './support/journey';

// Issue 15: a daughter, invited by her father, books a session from his direct payment while acting for him; he
// sees it in his plan with her name on it; he revokes her; she can no longer open his plan. axe finds nothing on
// any page on the way.
describe('supporter journey: a daughter acts for her father', () => {
  const j = useJourney();

  it('is invited, accepts, books for him from his direct payment, and loses access when he revokes it', async () => {
    const { stack, page: dad, browser } = j;
    const ds = stack.api.ds;
    const provider = await sqlProvider(ds, { name: 'Rusholme Friends', kind: 'USER_LED_ORGANISATION', baseOutcode: 'M14', verified: true });
    const lunch = await sqlOffering(ds, provider.id, { title: 'Friday lunch club', baseOutcode: 'M14', pricePence: 1200, deliveryModes: ['GROUP', 'IN_PERSON'] });
    const slot = await sqlSlot(ds, lunch, inDays(6, 12), 8);

    const father = await signUp(stack.api, 'PERSON', 'Arjun Mehta');
    const plan = await sqlPlan(ds, { personId: father.id, outcode: 'M14' });
    const budgetId = await sqlBudget(ds, plan.id, 20_000, 'DIRECT_PAYMENT');
    const daughter = await signUp(stack.api, 'PERSON', 'Priya Mehta');

    await captureOnFailure(dad, 'supporters-invite', async () => {
      await signIn(dad, father.email);
      await dad.goto('/plan#circle');
      await expect(dad.getByRole('heading', { name: 'Your circle of support' }).count()).resolves.toBe(1);
      await expectNoAxeViolations(dad);
      await dad.getByLabel('Their email address').fill(daughter.email);
      await dad.getByLabel('How they know you').fill('daughter');
      await dad.getByLabel('Look and book').check();
      await Promise.all([dad.waitForURL(/done=invited/), dad.getByRole('button', { name: 'Send invitation' }).click()]);
      await expect(dad.locator('#circle').textContent()).resolves.toContain('Priya Mehta');
      await expectNoAxeViolations(dad);
    });

    const [invitation] = await ds.query(`SELECT id FROM supporter WHERE plan_id = $1`, [plan.id]);
    const herContext = await browser.newContext({ baseURL: stack.baseURL });
    const her = await herContext.newPage();
    try {
      await captureOnFailure(her, 'supporters-accept', async () => {
        // The notification's link, signed out first: it explains, and signing in comes back to it.
        await her.goto(`/supporting/invitations/${invitation.id}`);
        await expect(her.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('You have been invited to support someone');
        await expectNoAxeViolations(her);
        await signIn(her, daughter.email);
        await her.goto(`/supporting/invitations/${invitation.id}`);
        await expect(her.locator('main').textContent()).resolves.toContain('Arjun Mehta has asked you to be part of their circle of support');
        await expectNoAxeViolations(her);
        await Promise.all([her.waitForURL(/\/supporting\?done=accepted/), her.getByRole('button', { name: 'Accept the invitation' }).click()]);
        await expectNoAxeViolations(her);
        await Promise.all([her.waitForURL(/\/plan$/), her.getByRole('button', { name: 'Act for Arjun Mehta' }).click()]);
        await expect(her.getByRole('region', { name: 'Acting for someone' }).textContent()).resolves.toContain('You are acting for Arjun Mehta');
        await expect(her.getByRole('heading', { level: 1 }).textContent()).resolves.toBe("Arjun Mehta's plan");
        // Look and book: no goal or wellbeing forms, no circle of support.
        await expect(her.getByRole('heading', { name: 'Your circle of support' }).count()).resolves.toBe(0);
        await expect(her.getByRole('button', { name: 'Add goal' }).count()).resolves.toBe(0);
        await expectNoAxeViolations(her);
      });

      await captureOnFailure(her, 'supporters-book', async () => {
        await her.goto(`/offerings/${lunch}/book?slot=${slot}`);
        await expect(her.getByRole('region', { name: 'Acting for someone' }).count()).resolves.toBe(1);
        await expect(her.locator('label[for="budget"]').textContent()).resolves.toContain('£200.00 left now');
        await expectNoAxeViolations(her);
        await her.getByRole('button', { name: 'Continue' }).click();
        await her.getByRole('heading', { name: 'Check your booking' }).waitFor();
        await expectNoAxeViolations(her);
        await Promise.all([her.waitForURL(/\/plan\?done=booked/), her.getByRole('button', { name: 'Confirm booking' }).click()]);
        await expect(her.locator('.booking--new').textContent()).resolves.toContain('Booked by Priya Mehta (for Arjun Mehta)');
        await expectNoAxeViolations(her);
      });
      const [booking] = await ds.query(`SELECT b.person_id, b.budget_id, e.actor_id FROM booking b JOIN booking_event e ON e.booking_id = b.id WHERE b.plan_id = $1`, [plan.id]);
      expect(booking).toEqual({ person_id: father.id, budget_id: budgetId, actor_id: daughter.id });

      await captureOnFailure(dad, 'supporters-revoke', async () => {
        await dad.goto('/plan');
        const item = dad.locator('.booking', { hasText: 'Friday lunch club' });
        await expect(item.textContent()).resolves.toContain('Booked by Priya Mehta (for Arjun Mehta)');
        await expect(dad.locator('.figure--main dd').first().textContent()).resolves.toBe('£188.00');
        await expect(dad.locator('#circle').textContent()).resolves.toContain('Priya Mehta');
        await expectNoAxeViolations(dad);
        await Promise.all([dad.waitForURL(/done=revoked/), dad.getByRole('button', { name: 'End access for Priya Mehta' }).click()]);
        await expect(dad.locator('#circle').textContent()).resolves.toContain('Ended: Priya Mehta');
        await expectNoAxeViolations(dad);
      });

      await captureOnFailure(her, 'supporters-revoked', async () => {
        // Her very next request: no banner, not his plan, and the API refuses it.
        await her.goto('/plan');
        await expect(her.getByRole('region', { name: 'Acting for someone' }).count()).resolves.toBe(0);
        await expect(her.locator('main').textContent()).resolves.not.toContain('Arjun Mehta');
        await expectNoAxeViolations(her);
        await her.goto('/supporting');
        await expect(her.locator('main').textContent()).resolves.toContain('You do not support anyone yet');
        await expectNoAxeViolations(her);
        const r = await stack.api.gql(`query($id: ID!) { supportPlan(id: $id) { id } }`, { id: plan.id }, { token: daughter.token });
        expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
        // Signing out ends acting for someone as well as the session (endSession): neither cookie is left behind.
        const names = async () => (await herContext.cookies()).map((c) => c.name).filter((n) => n === 'sm_session' || n === 'sm_acting_for');
        await expect(names()).resolves.toEqual(expect.arrayContaining(['sm_session', 'sm_acting_for']));
        await Promise.all([her.waitForURL(/signedOut=1/), her.getByRole('button', { name: /Sign out/ }).click()]);
        await expect(names()).resolves.toEqual([]);
      });
    } finally {
      await herContext.close();
    }
  }, 600_000);
});
