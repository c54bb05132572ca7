import { signUp } from '../factories/accounts';
import { bookingPerson } from '../factories/bookings';
import { inDays, sqlOffering, sqlProvider, sqlSlot } from '../factories/catalogue';
import { sqlBudget, sqlPlan } from '../factories/people';
import { focused } from './support/browser';
import { captureOnFailure, expectFitsPhone, expectNoAxeViolations, useJourney } from './support/journey';

// The journey takes about 50 s on a quiet machine (more steps since the check-your-booking page): jest's default 60 s
// was too close, as for the other journeys.
jest.setTimeout(240_000);

// A person finds support near them, narrows the search, compares two offerings, books one from their budget and
// sees the money left go down on My plan. Every page visited passes axe.
describe('person journey: find, compare, book', () => {
  const j = useJourney();

  it('finds, compares and books, and sees the budget go down', async () => {
    const { stack, page } = j;
    const ds = stack.api.ds;
    // A small market in south Manchester, and one far away that the distance filter must leave out.
    const local = await sqlProvider(ds, { name: 'Moss Side Peer Circle', kind: 'USER_LED_ORGANISATION', baseOutcode: 'M14', peerLed: true, verified: true });
    const walk = await sqlOffering(ds, local.id, { title: 'Calm walking group', summary: 'A gentle walk and a chat in the park.', description: 'We walk slowly.\n\n<b>No HTML</b> here, just text.', baseOutcode: 'M14', pricePence: 1500, deliveryModes: ['GROUP', 'IN_PERSON'] });
    const art = await sqlOffering(ds, local.id, { title: 'Calm art afternoon', summary: 'Painting with others, no skills needed.', baseOutcode: 'M15', pricePence: 2000, deliveryModes: ['IN_PERSON'], categorySlug: 'arts-and-creativity' });
    const other = await sqlProvider(ds, { name: 'Leeds Company Ltd', kind: 'PRIVATE_COMPANY', baseOutcode: 'LS1' });
    const leeds = await sqlOffering(ds, other.id, { title: 'Calm coaching in Leeds', baseOutcode: 'LS1', pricePence: 5000 });
    await sqlSlot(ds, leeds, inDays(5, 10), 2); // searches show offerings with a free place unless asked otherwise
    const walkSlot = await sqlSlot(ds, walk, inDays(3, 10), 4);
    await sqlSlot(ds, walk, inDays(10, 10), 4);
    const artSlot = await sqlSlot(ds, art, inDays(4, 14), 1);

    const person = await signUp(stack.api, 'PERSON', 'Jo Bloggs');
    const plan = await sqlPlan(ds, { personId: person.id, outcode: 'M14' });
    await sqlBudget(ds, plan.id, 10_000);

    await captureOnFailure(page, 'person-search', async () => {
      await page.goto('/?q=calm');
      await expect(page.getByRole('heading', { name: '3 results' }).count()).resolves.toBe(1);
      await expectNoAxeViolations(page);

      // Near M14, within 10 km, peer-led only (a plain GET form: the URL is the search).
      await page.getByLabel('Near (postcode or postcode district)').fill('M14');
      await page.locator('summary', { hasText: 'Filters' }).click();
      await page.getByLabel('How far can you travel?').selectOption('10');
      await page.getByLabel('Only peer-led').check();
      await Promise.all([page.waitForURL(/within=10/), page.getByRole('button', { name: 'Search', exact: true }).click()]);
      const url = new URL(page.url());
      expect(url.searchParams.get('peer')).toBe('1');
      expect(url.searchParams.get('near')).toBe('M14');
      const titles = await page.locator('.result__title').allTextContents();
      expect(titles.sort()).toEqual(['Calm art afternoon', 'Calm walking group']);
      await expect(page.locator('.result').first().textContent()).resolves.toMatch(/£15\.00 a session|£20\.00 a session/);
      await expectNoAxeViolations(page);
    });

    await captureOnFailure(page, 'person-compare', async () => {
      await page.getByRole('button', { name: /^Add to compare:? Calm walking group/ }).click();
      await page.waitForSelector('.compare-tray');
      await page.getByRole('button', { name: /^Add to compare:? Calm art afternoon/ }).click();
      await page.getByRole('link', { name: 'Compare 2 side by side' }).click();
      await page.waitForURL(/\/compare\?ids=/);
      const shared = new URL(page.url());
      expect(shared.searchParams.get('ids')!.split(',').sort()).toEqual([walk, art].sort());
      expect(shared.searchParams.get('near')).toBe('M14');
      const table = page.getByRole('table');
      await expect(table.locator('thead th').allTextContents()).resolves.toEqual(['Calm walking group', 'Calm art afternoon']);
      await expect(table.getByRole('row', { name: /^Price/ }).textContent()).resolves.toContain('£15.00 a session');
      await expect(table.getByRole('row', { name: /^Distance from M14/ }).textContent()).resolves.toMatch(/less than 1 mile/);
      await expectNoAxeViolations(page);
      await expectFitsPhone(page);

      // The link alone is the comparison: a fresh browser with no cookie sees the same table.
      const other = await j.browser.newContext({ baseURL: stack.baseURL });
      const p2 = await other.newPage();
      await p2.goto(shared.pathname + shared.search);
      await expect(p2.locator('thead th').allTextContents()).resolves.toEqual(['Calm walking group', 'Calm art afternoon']);
      await other.close();
    });

    await captureOnFailure(page, 'person-offering', async () => {
      await page.getByRole('link', { name: 'Calm walking group', exact: true }).click();
      await page.waitForURL(`**/offerings/${walk}`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Calm walking group');
      // The provider's text is shown as text: the tag is visible, never parsed.
      await expect(page.locator('.provider-text').textContent()).resolves.toContain('<b>No HTML</b> here');
      await expect(page.locator('.provider-text b').count()).resolves.toBe(0);
      await expectNoAxeViolations(page);
      await page.locator(`a[href="/offerings/${walk}/book?slot=${walkSlot}"]`).click();
      // Not signed in yet: sign in, then come back to the booking.
      await page.waitForURL(/\/sign-in\?next=/);
      await expectNoAxeViolations(page);
      await page.getByLabel('Email address').fill(person.email);
      await page.getByLabel('Password').fill('correct horse battery');
      await Promise.all([page.waitForURL(`**/offerings/${walk}/book?slot=${walkSlot}`), page.getByRole('button', { name: 'Sign in' }).click()]);
    });

    await captureOnFailure(page, 'person-book', async () => {
      await expect(page.locator('#budget-cost').textContent()).resolves.toContain('This costs £15.00');
      await expect(page.locator('label[for="budget"]').textContent()).resolves.toContain('£100.00 left now – £85.00 left after this booking');
      expect(await page.locator('#slot').isChecked()).toBe(true);
      await expectNoAxeViolations(page);
      // Keyboard only: Continue, check the answers, then confirm.
      await page.getByRole('button', { name: 'Continue' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Check your booking' }).waitFor();
      await expect(page.locator('.summary-list').textContent()).resolves.toContain('£15.00, held until the session');
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Confirm booking' }).focus();
      await Promise.all([page.waitForURL(/\/plan\?done=booked/), page.keyboard.press('Enter')]);
      await expect(page.getByRole('status').first().textContent()).resolves.toContain('booking request has been sent');
      await expect(page.locator('.figure--main dd').textContent()).resolves.toBe('£85.00');
      await expect(page.locator('.booking--new').textContent()).resolves.toContain('Calm walking group');
      await expectNoAxeViolations(page);
      await expectFitsPhone(page);
    });

    await captureOnFailure(page, 'person-refusal', async () => {
      // Someone else takes the last place while the page is open: the refusal is calm, focused and linked.
      await page.goto(`/offerings/${art}/book?slot=${artSlot}`);
      const rival = await bookingPerson(stack.api);
      const r = await stack.api.gql(
        `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id } }`,
        { input: { slotId: artSlot, planId: rival.planId, budgetId: rival.budgetId, idempotencyKey: 'rival-booking-1' } },
        { token: rival.token },
      );
      expect(r.errors).toBeUndefined();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('button', { name: 'Confirm booking' }).click();
      await page.waitForSelector('.error-summary');
      await expect(page.locator('.error-summary').textContent()).resolves.toContain('Sorry, that time is now full');
      expect(await focused(page)).toMatchObject({ tag: 'div' });
      await expect(page.locator('.error-summary a').getAttribute('href')).resolves.toBe('#slot');
      await expectNoAxeViolations(page);
      await page.goto('/plan');
      await expect(page.locator('.figure--main dd').textContent()).resolves.toBe('£85.00');
    });
  });
});
