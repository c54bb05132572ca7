import { signUp } from '../factories/accounts';
import { bookingPerson } from '../factories/bookings';
import { apiCreateProvider } from '../factories/catalogue';
import { captureOnFailure, expectFitsPhone, expectNoAxeViolations, signIn, useJourney } from './support/journey';

// A provider signs in, lists an offering, adds a weekly pattern of times, publishes it, and confirms a booking that a
// person made through the API.
describe('provider journey: list, add times, publish, confirm', () => {
  const j = useJourney();

  it('lists an offering with slots and confirms a booking', async () => {
    const { stack, page } = j;
    const owner = await signUp(stack.api, 'PROVIDER', 'Priya Test');
    await apiCreateProvider(stack.api, owner.token, { name: 'Didsbury Wellbeing Co-op', baseOutcode: 'M20' });
    let offeringId = '';

    await captureOnFailure(page, 'provider-create', async () => {
      await signIn(page, owner.email);
      expect(new URL(page.url()).pathname).toBe('/provider');
      await expectNoAxeViolations(page);
      await page.getByRole('link', { name: 'List something new for Didsbury Wellbeing Co-op' }).click();
      await page.waitForURL(/\/provider\/offerings\/new/);
      await expectNoAxeViolations(page);

      // Saving with nothing filled in explains every problem and links to each field.
      await page.getByRole('button', { name: 'Save as a draft' }).click();
      await page.waitForSelector('.error-summary');
      await expect(page.locator('.error-summary a').first().getAttribute('href')).resolves.toBe('#title');
      await expectNoAxeViolations(page);

      await page.getByLabel('Name', { exact: true }).fill('Thursday allotment group');
      await page.getByLabel('Summary').fill('Grow vegetables with others, at your own pace.');
      await page.getByLabel('Full description').fill('We meet at the allotment every Thursday.\nTools and gloves provided.');
      await page.getByLabel('Kind of support').selectOption({ label: 'Nature-based activities' });
      await page.getByLabel('In a group').check();
      await page.getByLabel('Price in pounds').fill('8.50');
      await page.getByLabel('How long is a session, in minutes?').fill('120');
      // Reach in miles, like every distance on the site; the API keeps km.
      await expect(page.getByLabel('How far do you reach, in miles?').inputValue()).resolves.toBe('5');
      await page.getByLabel('How far do you reach, in miles?').fill('3');
      await Promise.all([page.waitForURL(/\/provider\/offerings\/[0-9a-f-]{36}\?done=created/), page.getByRole('button', { name: 'Save as a draft' }).click()]);
      offeringId = new URL(page.url()).pathname.split('/').pop()!;
      const saved = await stack.api.gql<{ offering: { serviceRadiusKm: number } }>(`query($id: ID!) { offering(id: $id) { serviceRadiusKm } }`, { id: offeringId }, { token: owner.token });
      expect(saved.data!.offering.serviceRadiusKm).toBe(4.828);
      await expect(page.getByLabel('How far do you reach, in miles?').inputValue()).resolves.toBe('3');
      await expect(page.getByTestId('offering-status').textContent()).resolves.toMatch(/^Draft/);
      await expectNoAxeViolations(page);
    });

    await captureOnFailure(page, 'provider-slots', async () => {
      // Tomorrow's weekday (UK time): on a Thursday after 10:30 the first of three Thursdays would already be past.
      const day = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'Europe/London' }).format(Date.now() + 24 * 3600_000);
      await page.getByLabel('Day').selectOption({ label: day });
      await page.getByLabel('Start time').fill('10:30');
      await page.getByLabel('For how many weeks?').fill('3');
      await page.getByLabel('Places each time').fill('6');
      await Promise.all([page.waitForURL(/done=slots/), page.getByRole('button', { name: 'Add these times' }).click()]);
      await expect(page.getByRole('status').first().textContent()).resolves.toContain('3 new times are added');
      const rows = await page.locator('#slots tbody tr').allTextContents();
      expect(rows).toHaveLength(3);
      // UK time: 10:30 on that day, whatever the season.
      for (const r of rows) expect(r).toMatch(new RegExp(`^${day.slice(0, 3)} .*10:30am to 12:30pm`));

      await Promise.all([page.waitForURL(/done=published/), page.getByRole('button', { name: 'Publish' }).click()]);
      await expect(page.getByTestId('offering-status').textContent()).resolves.toMatch(/^Published/);
      await expectNoAxeViolations(page);
    });

    await captureOnFailure(page, 'provider-confirm', async () => {
      // A person books the first time through the API.
      const { data } = await stack.api.gql<{ offering: { slots: { id: string }[] } }>(`query($id: ID!) { offering(id: $id) { slots { id } } }`, { id: offeringId });
      const person = await bookingPerson(stack.api);
      const r = await stack.api.gql(
        `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id status } }`,
        { input: { slotId: data!.offering.slots[0].id, planId: person.planId, budgetId: person.budgetId, idempotencyKey: 'provider-journey-1' } },
        { token: person.token },
      );
      expect(r.data?.requestBooking.status).toBe('REQUESTED');

      await page.goto('/provider');
      const row = page.getByRole('table', { name: 'Requests waiting for your answer' }).getByRole('row', { name: /Thursday allotment group/ });
      await expect(row.textContent()).resolves.toContain('Waiting for the provider');
      await expectNoAxeViolations(page);
      await Promise.all([page.waitForURL(/done=confirmed/), row.getByRole('button', { name: /^Confirm/ }).click()]);
      await expect(page.getByRole('status').first().textContent()).resolves.toContain('Booking confirmed');
      await expectFitsPhone(page);
      await page.goto('/provider/bookings?status=CONFIRMED');
      await expect(page.getByRole('table', { name: 'Confirmed' }).getByRole('row', { name: /Thursday allotment group/ }).textContent()).resolves.toContain('Confirmed');
      await expectNoAxeViolations(page);
    });
  });
});
