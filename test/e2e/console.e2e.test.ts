import { Role } from '../../server/src/modules/account/role';
import { commissioner, insertAccount } from '../factories/accounts';
import { book, bookingPerson, bookingProvider, changeBooking, slotIn, startSession } from '../factories/bookings';
import { sqlPlan } from '../factories/people';
import { captureOnFailure, expectNoAxeViolations, setPassword, signIn, useJourney } from './support/journey';

// The console (issue 16): an admin hides a reported review and it leaves the offering's page; a commissioner adds a
// budget to a plan in their area, checking it before it is added, and previews a new allocation table.
// Two accounts and a dozen pages each, with axe on every one: longer than the default on a loaded 2-core machine.
const JOURNEY_TIMEOUT_MS = 420_000;

describe('console journeys', () => {
  const j = useJourney();

  it('a person reports a review; an admin hides it from the console and it disappears from the offering page', async () => {
    const { stack, page } = j;
    const api = stack.api;
    const provider = await bookingProvider(api, { title: 'Allotment mornings' });
    const writer = await bookingPerson(api, 10_000);
    await api.ds.query(`UPDATE app_user SET name = 'Priya Shah' WHERE id = $1`, [writer.account.id]);
    const b = await book(api, writer, await slotIn(api, provider.offeringId, 30));
    await changeBooking(api, 'confirmBooking', b.id, provider.owner.token);
    await startSession(api, b.id);
    await changeBooking(api, 'completeBooking', b.id, provider.owner.token);
    const kind = await api.gql(`mutation($i: ReviewInput!) { reviewBooking(input: $i) { id } }`, { i: { bookingId: b.id, rating: 5, comment: 'Lovely people and good tea.', showName: true } }, { token: writer.token });
    const rude = await bookingPerson(api, 10_000);
    const b2 = await book(api, rude, await slotIn(api, provider.offeringId, 34));
    await changeBooking(api, 'confirmBooking', b2.id, provider.owner.token);
    await startSession(api, b2.id, 3);
    await changeBooking(api, 'completeBooking', b2.id, provider.owner.token);
    await api.gql(`mutation($i: ReviewInput!) { reviewBooking(input: $i) { id } }`, { i: { bookingId: b2.id, rating: 1, comment: 'The organiser Dave is an idiot.' } }, { token: rude.token });
    expect(kind.errors).toBeUndefined();
    const reporter = await insertAccount(api, Role.PERSON);
    await setPassword(j, reporter);
    const boss = await insertAccount(api, Role.ADMIN);
    await setPassword(j, boss);
    const offeringPath = `/offerings/${provider.offeringId}`;

    await captureOnFailure(page, 'console-review-report', async () => {
      await signIn(page, reporter.email);
      await page.goto(offeringPath);
      const reviews = page.locator('section.reviews');
      await expect(reviews.textContent()).resolves.toContain('The organiser Dave is an idiot.');
      await expect(reviews.textContent()).resolves.toContain('Priya, ');
      await expect(reviews.textContent()).resolves.toContain('A person who used it');
      await expectNoAxeViolations(page);
      const item = reviews.locator('li.review', { hasText: 'Dave' });
      await item.locator('summary', { hasText: 'Report this review' }).click();
      await item.getByLabel('What is wrong with it?').fill('It names a member of staff and insults him.');
      await Promise.all([page.waitForURL(/review=reported/), item.getByRole('button', { name: 'Report review' }).click()]);
      await expect(page.getByRole('status').textContent()).resolves.toContain('An admin will look at the review');
      await expectNoAxeViolations(page);
    });

    await j.context.clearCookies();
    await captureOnFailure(page, 'console-review-hide', async () => {
      await signIn(page, boss.email);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Console' }).click();
      await page.waitForURL('**/admin');
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Console');
      for (const href of ['/admin/verifications', '/admin/concerns', '/admin/providers', '/admin/reviews', '/admin/commissioners']) {
        await expect(page.locator(`a[href="${href}"]`).count()).resolves.toBe(1);
      }
      await expectNoAxeViolations(page);
      await page.getByRole('link', { name: 'Reported reviews' }).click();
      await page.waitForURL('**/admin/reviews');
      const item = page.locator('li.review', { hasText: 'Dave' });
      await expect(item.textContent()).resolves.toContain('It names a member of staff and insults him.');
      await expectNoAxeViolations(page);
      await item.getByLabel(/Why hide it\?/).fill('It names and insults a member of staff.');
      await Promise.all([page.waitForURL(/done=hidden/), item.getByRole('button', { name: 'Hide review' }).click()]);
      await expect(page.getByRole('status').textContent()).resolves.toContain('The review is hidden');
      await expect(page.locator('li.review', { hasText: 'Dave' }).textContent()).resolves.toContain('Hidden on');
      await expectNoAxeViolations(page);

      await page.goto(offeringPath);
      const reviews = page.locator('section.reviews');
      await expect(reviews.textContent()).resolves.not.toContain('Dave');
      await expect(reviews.textContent()).resolves.toContain('Lovely people and good tea.');
      await expect(page.locator('body').textContent()).resolves.not.toMatch(/1 out of 5/);
      await page.goto(`/providers/${provider.providerId}`);
      await expect(page.locator('section.reviews').textContent()).resolves.not.toContain('Dave');
      await expect(page.locator('section.reviews').textContent()).resolves.toContain('for Allotment mornings');
      await expectNoAxeViolations(page);

      await page.goto('/admin/commissioners');
      await expect(page.getByLabel('Council').count()).resolves.toBe(1);
      await expectNoAxeViolations(page);
    });
  }, JOURNEY_TIMEOUT_MS);

  it('a commissioner adds a budget to a plan in their area from the console, and previews a new allocation table', async () => {
    const { stack, page } = j;
    const api = stack.api;
    const plan = await sqlPlan(api.ds, { outcode: 'M14' });
    const elsewhere = await sqlPlan(api.ds, { outcode: 'M20' });
    await api.ds.query(`UPDATE support_plan SET local_authority_code = 'E09000033' WHERE id = $1`, [elsewhere.id]);
    const officer = await commissioner(api, 'E08000003');
    await setPassword(j, officer);
    const reference = plan.id.slice(0, 8).toUpperCase();

    await captureOnFailure(page, 'console-allocate', async () => {
      await signIn(page, officer.email);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Console' }).click();
      await page.waitForURL('**/admin');
      await expect(page.locator('a[href="/admin/verifications"]').count()).resolves.toBe(0);
      await expectNoAxeViolations(page);
      await page.getByRole('link', { name: 'Plans and budgets' }).click();
      await page.waitForURL('**/admin/plans');
      await expect(page.locator('body').textContent()).resolves.not.toContain(elsewhere.id.slice(0, 8).toUpperCase());
      await page.getByLabel('Plan reference').fill(reference);
      await Promise.all([page.waitForURL(/reference=/), page.getByRole('button', { name: 'Find plans' }).click()]);
      const row = page.getByRole('row', { name: new RegExp(reference) });
      await expect(row.textContent()).resolves.toContain('None');
      await expectNoAxeViolations(page);
      await row.getByRole('link', { name: /Add a budget/ }).click();
      await page.waitForURL(/\/admin\/plans\/allocate/);
      await expectNoAxeViolations(page);
      await page.getByLabel('Amount for the whole period, in pounds').fill('12,000');
      await page.getByLabel('Note on the statement (optional)').fill('Agreed at review');
      await Promise.all([page.waitForURL(/check=1/), page.getByRole('button', { name: 'Continue' }).click()]);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Check before you add the budget');
      await expectNoAxeViolations(page);
      await Promise.all([page.waitForURL(/done=allocated/), page.getByRole('button', { name: /Add budget of £12,000/ }).click()]);
      await expect(page.getByRole('status').textContent()).resolves.toContain('The budget is added');
      await expect(page.getByRole('row', { name: new RegExp(reference) }).textContent()).resolves.toMatch(/Direct payment: £12,000/);
      const [budget] = await api.ds.query(`SELECT b.funding_authority_code, sum(l.amount_pence)::int AS total FROM budget b JOIN budget_ledger l ON l.budget_id = b.id WHERE b.plan_id = $1 GROUP BY b.id`, [plan.id]);
      expect(budget).toEqual({ funding_authority_code: 'E08000003', total: 1_200_000 });

      await page.goto('/admin/allocation');
      await expectNoAxeViolations(page);
      await expect(page.locator('body').textContent()).resolves.toContain('version 1');
      await page.getByLabel('Value of a point a year, in pounds').fill('90');
      await Promise.all([page.waitForURL(/check=1/), page.getByRole('button', { name: 'Preview the new version' }).click()]);
      await expect(page.locator('dl').textContent()).resolves.toContain('£85.00 now, £90.00 in the new version');
      await expectNoAxeViolations(page);
      await Promise.all([page.waitForURL(/done=published/), page.getByRole('button', { name: 'Publish version 2' }).click()]);
      await expect(page.getByRole('status').textContent()).resolves.toContain('The new version is published');
      const [scheme] = await api.ds.query(`SELECT version, pence_per_point FROM allocation_scheme WHERE local_authority_code = 'E08000003' ORDER BY version DESC LIMIT 1`);
      expect(scheme).toEqual({ version: 2, pence_per_point: 9000 });
    });
  }, JOURNEY_TIMEOUT_MS);

  it('a person writes what helps them stay safe and who to call, in their plan', async () => {
    const { stack, page } = j;
    const person = await bookingPerson(stack.api, 10_000);
    await setPassword(j, person.account);

    await captureOnFailure(page, 'console-staying-safe', async () => {
      await signIn(page, person.account.email);
      await page.goto('/plan');
      const section = page.locator('section#staying-safe');
      await expect(section.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Staying safe, taking chances');
      await expect(page.locator('body').textContent()).resolves.toContain(`Your plan reference is ${person.planId.slice(0, 8).toUpperCase()}`);
      await section.getByLabel('The risks I choose to take').fill('Going to the football on my own again.');
      await section.getByLabel('What helps me stay safe').fill('Texting my sister when I get there and when I leave.');
      await section.getByLabel('Name 1').fill('Sam, my sister');
      await section.getByLabel('Phone number 1').fill('12345');
      // The browser stops a number that cannot be a phone number before anything is sent (nothing typed is lost).
      await section.getByRole('button', { name: 'Save staying safe' }).click();
      expect(new URL(page.url()).search).toBe('');
      await expect(section.getByLabel('Phone number 1').evaluate((el) => (el as unknown as { validity: { valid: boolean } }).validity.valid)).resolves.toBe(false);
      await expect(section.getByLabel('The risks I choose to take').inputValue()).resolves.toBe('Going to the football on my own again.');
      await section.getByLabel('Phone number 1').fill('07700 900123');
      await Promise.all([page.waitForURL(/done=safe/), page.locator('section#staying-safe').getByRole('button', { name: 'Save staying safe' }).click()]);
      await expect(page.getByRole('status').textContent()).resolves.toContain('Your staying safe section is saved');
      await expect(page.locator('section#staying-safe').getByLabel('Phone number 1').inputValue()).resolves.toBe('07700 900123');
      await expectNoAxeViolations(page);
    });
  }, JOURNEY_TIMEOUT_MS);
});
