import { admin, signUp } from '../factories/accounts';
import { inDays, sqlOffering, sqlProvider, sqlSlot } from '../factories/catalogue';
import { sqlBudget, sqlPlan } from '../factories/people';
import { focused } from './support/browser';
import { captureOnFailure, expectFitsPhone, expectNoAxeViolations, setPassword, signIn, useJourney } from './support/journey';

// What a newcomer's trial found broken (issue 18), each checked the way a person meets it, with axe on every page.
// Each test walks several pages; on a loaded machine that takes longer than the default minute.
jest.setTimeout(240_000);

describe('after a newcomer’s trial', () => {
  const j = useJourney();

  it('search: far groups do not ride on their online mode, full offerings wait until asked, pages go back, compare keeps focus', async () => {
    const { stack, page } = j;
    const ds = stack.api.ds;
    const local = await sqlProvider(ds, { name: 'Rusholme Circle', baseOutcode: 'M14' });
    const far = await sqlProvider(ds, { name: 'Leeds Online Circle', baseOutcode: 'LS1' });
    const near = await sqlOffering(ds, local.id, { title: 'Sewing group near', baseOutcode: 'M14', pricePence: 900, deliveryModes: ['GROUP'] });
    const farGroup = await sqlOffering(ds, far.id, { title: 'Sewing group far', baseOutcode: 'LS1', pricePence: 100, serviceRadiusKm: 5, deliveryModes: ['GROUP', 'ONLINE'] });
    const full = await sqlOffering(ds, local.id, { title: 'Sewing group full', baseOutcode: 'M14', pricePence: 500, deliveryModes: ['GROUP'] });
    await sqlSlot(ds, near, inDays(3), 5);
    await sqlSlot(ds, farGroup, inDays(3), 5);
    await sqlSlot(ds, full, inDays(3), 2, 2);

    await captureOnFailure(page, 'newcomer-search', async () => {
      await page.goto('/?q=sewing&near=M14&mode=GROUP&within=5&sort=PRICE_LOW_TO_HIGH');
      await expect(page.locator('.result__title').allTextContents()).resolves.toEqual(['Sewing group near']);
      await expect(page.locator('#results-scope').textContent()).resolves.toContain('free place in the next 4 weeks');
      await expectNoAxeViolations(page);

      // Asked for online as well: the far group is there, and says that online is how it matches.
      await page.goto('/?q=sewing&near=M14&mode=GROUP&mode=ONLINE&within=5&sort=PRICE_LOW_TO_HIGH');
      await expect(page.locator('.result__title').allTextContents()).resolves.toEqual(['Sewing group far', 'Sewing group near']);
      await expect(page.locator('.result').first().locator('.result__modes').textContent()).resolves.toMatch(/^Online · in a group based \d+ miles away$/);
      await expect(page.getByLabel('How far can you travel?').locator('option:checked').textContent()).resolves.toBe('Up to 5 miles');

      // Full offerings come only when asked for.
      await page.getByRole('link', { name: 'Include those with no free place' }).click();
      await page.waitForURL(/full=1/);
      await expect(page.locator('.result__title').allTextContents()).resolves.toContain('Sewing group full');
      await expectNoAxeViolations(page);

      // Pages: Next then Previous lands back on page 1.
      await page.goto('/?q=sewing&near=M14&full=1');
      expect(await page.locator('.result').count()).toBe(3);
      await page.goto('/?near=M14&full=1&q=sewing&sort=PRICE_LOW_TO_HIGH');
      const first = await page.locator('.result__title').allTextContents();
      await expect(page.locator('.pagination').count()).resolves.toBe(0);
      expect(first).toEqual(['Sewing group far', 'Sewing group full', 'Sewing group near']);

      // A broken page link says the page link is wrong, not the postcode.
      await page.goto('/?near=M14&q=sewing&after=garbage');
      await expect(page.locator('.error-summary').count()).resolves.toBe(0);
      await expect(page.locator('.notice--error').textContent()).resolves.toContain('That page of results is out of date or the link is broken');

      // Add to compare by keyboard: focus stays on the (now) Remove button.
      await page.goto('/?q=sewing&near=M14');
      await page.getByRole('button', { name: /^Add to compare: Sewing group near/ }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: /^Remove from compare: Sewing group near/ }).waitFor();
      await page.waitForFunction(() => (globalThis as any).document.activeElement?.id?.startsWith('compare-'));
      expect(await focused(page)).toMatchObject({ tag: 'button', id: `compare-${near}` });

      // A shortlist: save, see it, share the link (a fresh browser sees the same list), print without the buttons.
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Shortlist', exact: true }).getAttribute('href')).resolves.toBe('/shortlist');
      await page.getByRole('button', { name: /^Save to shortlist: Sewing group near/ }).click();
      // The header links to the shortlist from every page, with the count in words.
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Shortlist 1 saved' }).getAttribute('href')).resolves.toBe('/shortlist');
      await page.getByRole('link', { name: 'Your shortlist (1 saved)' }).click();
      await page.waitForURL(/\/shortlist$/);
      await expect(page.locator('.shortlist__item h2').allTextContents()).resolves.toEqual(['Sewing group near']);
      await expectNoAxeViolations(page);
      const shareHref = (await page.getByRole('link', { name: 'link to this shortlist' }).getAttribute('href'))!;
      const other = await j.browser.newContext({ baseURL: stack.baseURL });
      const p2 = await other.newPage();
      await p2.goto(shareHref);
      await expect(p2.locator('.shortlist__item h2').allTextContents()).resolves.toEqual(['Sewing group near']);
      await other.close();
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('button', { name: 'Print this list' }).isVisible()).toBe(false);
      await page.emulateMedia({ media: 'screen' });
    });
  });

  it('search pages go back with Previous', async () => {
    const { stack, page } = j;
    const ds = stack.api.ds;
    const p = await sqlProvider(ds, { name: 'Paging Circle', baseOutcode: 'M1' });
    for (let i = 0; i < 23; i++) {
      const id = await sqlOffering(ds, p.id, { title: `Knitting circle ${String(i).padStart(2, '0')}`, baseOutcode: 'M1', pricePence: 100 * i });
      await sqlSlot(ds, id, inDays(2), 3);
    }
    await captureOnFailure(page, 'newcomer-pages', async () => {
      await page.goto('/?q=knitting&sort=PRICE_LOW_TO_HIGH');
      await expect(page.locator('.pagination__page').textContent()).resolves.toBe('Page 1');
      await page.getByRole('link', { name: 'Next page of results' }).click();
      await page.waitForURL(/after=/);
      await expect(page.locator('.pagination__page').textContent()).resolves.toBe('Page 2');
      await expect(page.locator('.result__title').allTextContents()).resolves.toEqual(['Knitting circle 20', 'Knitting circle 21', 'Knitting circle 22']);
      await expectNoAxeViolations(page);
      await page.getByRole('link', { name: 'Previous page' }).click();
      await page.waitForURL((u) => !u.searchParams.has('after'));
      await expect(page.locator('.result__title').first().textContent()).resolves.toBe('Knitting circle 00');
    });
  });

  it('plan: messages sit in their section, an empty goal says what is missing, statements name the service, the search starts in their district', async () => {
    const { stack, page } = j;
    const ds = stack.api.ds;
    const person = await signUp(stack.api, 'PERSON', 'Newcomer Person');
    const plan = await sqlPlan(ds, { personId: person.id, outcode: 'M14' });
    const budgetId = await sqlBudget(ds, plan.id, 10_000);
    const p = await sqlProvider(ds, { name: 'Levenshulme Makers', baseOutcode: 'M19' });
    const offering = await sqlOffering(ds, p.id, { title: 'Pottery afternoon', baseOutcode: 'M19', pricePence: 1200 });
    const slot = await sqlSlot(ds, offering, inDays(5, 14), 4);
    const booked = await stack.api.gql(`mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id } }`, { input: { slotId: slot, planId: plan.id, budgetId, idempotencyKey: 'newcomer-statement-1' } }, { token: person.token });
    expect(booked.errors).toBeUndefined();

    await captureOnFailure(page, 'newcomer-plan', async () => {
      await signIn(page, person.email);
      await page.goto('/plan');
      await page.locator('summary', { hasText: 'Add a goal' }).click();
      await Promise.all([page.waitForURL(/error=GOAL_INCOMPLETE/), page.getByRole('button', { name: 'Add goal' }).click()]);
      // The message is inside the Goals section (where the page jumps), and the form stays open with the error.
      await expect(page.locator('#goals [role=alert]').textContent()).resolves.toContain('Please describe your goal');
      await expect(page.locator('main > [role=alert]').count()).resolves.toBe(0);
      await expect(page.locator('#goal-description-error').textContent()).resolves.toContain('Describe what you want to change');
      await expect(page.locator('#goal-description').getAttribute('aria-invalid')).resolves.toBe('true');
      await expectNoAxeViolations(page);

      await page.locator('summary', { hasText: /^Statement/ }).first().click();
      await expect(page.locator('table').filter({ hasText: 'Held for a booking' }).textContent()).resolves.toMatch(/Held for a booking: Pottery afternoon with Levenshulme Makers, session/);
      const href = (await page.locator('a', { hasText: 'Download the statement' }).first().getAttribute('href'))!;
      const csv = await page.evaluate(async (h) => (await fetch(h)).text(), href);
      expect(csv.split('\r\n')[0]).toContain('service,provider,session_start');
      expect(csv).toContain('Pottery afternoon,Levenshulme Makers,');

      // The confirmation after booking: a panel with the reference, and a calendar file for the session.
      const bookingId = booked.data!.requestBooking.id as string;
      await page.goto(`/plan?done=booked&booking=${bookingId}&at=bookings#bookings`);
      await expect(page.getByTestId('booking-reference').textContent()).resolves.toBe(`SM-${bookingId.replace(/-/g, '').slice(0, 8).toUpperCase()}`);
      await expect(page.locator('#bookings [role=status]').textContent()).resolves.toContain('booking request has been sent');
      await expectNoAxeViolations(page);
      const ics = await page.evaluate(async (h) => (await fetch(h)).text(), `/plan/bookings/${bookingId}/calendar`);
      expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
      expect(ics.replace(/\r\n /g, '')).toContain('SUMMARY:Pottery afternoon (Levenshulme Makers)');

      // Search starts in the plan's district.
      await page.goto('/');
      await expect(page.locator('#near').inputValue()).resolves.toBe('M14');
      await expectNoAxeViolations(page);
    });
  });

  it('provider: organisation errors at the fields with input kept; every added time is listed', async () => {
    const { stack, page } = j;
    const owner = await signUp(stack.api, 'PROVIDER', 'Newcomer Provider');
    await captureOnFailure(page, 'newcomer-provider', async () => {
      await signIn(page, owner.email);
      await page.getByLabel('Name', { exact: true }).fill('Gorton Growers');
      await page.getByRole('button', { name: 'Add organisation' }).click();
      await page.waitForSelector('.error-summary');
      await expect(page.locator('.error-summary a').allTextContents()).resolves.toEqual(['Enter the postcode district you are based in, like M14', 'Say a few words about your organisation']);
      await expect(page.locator('#org-name').inputValue()).resolves.toBe('Gorton Growers');
      await expect(page.locator('#org-base-error').count()).resolves.toBe(1);
      await expectNoAxeViolations(page);
      await page.locator('#org-base').fill('M18');
      await page.locator('#org-description').fill('We grow food together.');
      await Promise.all([page.waitForURL(/done=organisation/), page.getByRole('button', { name: 'Add organisation' }).click()]);
    });

    const token = owner.token;
    const providerId = (await stack.api.gql(`{ myProviders { id } }`, {}, { token })).data!.myProviders[0].id;
    const offering = await sqlOffering(stack.api.ds, providerId, { title: 'Six Thursdays', status: 'DRAFT' });
    await captureOnFailure(page, 'newcomer-times', async () => {
      await page.goto(`/provider/offerings/${offering}`);
      // Tomorrow's weekday, so that none of the six falls before now.
      const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'Europe/London' });
      await page.getByLabel('Day').selectOption({ label: tomorrow });
      await page.getByLabel('Start time').fill('10:30');
      await page.getByLabel('For how many weeks?').fill('6');
      await Promise.all([page.waitForURL(/done=slots/), page.getByRole('button', { name: 'Add these times' }).click()]);
      await expect(page.getByRole('status').first().textContent()).resolves.toContain('6 new times are added');
      await expect(page.locator('#slots tbody tr').count()).resolves.toBe(6);
      await expectNoAxeViolations(page);
    });
  });

  it('commissioner map, compare on a phone, calculator without a council, an admin on /plan, the favicon', async () => {
    const { stack, page } = j;
    const ds = stack.api.ds;
    const p = await sqlProvider(ds, { name: 'Compare Circle', baseOutcode: 'M14' });
    const a = await sqlOffering(ds, p.id, { title: 'Compare one', baseOutcode: 'M14' });
    const b = await sqlOffering(ds, p.id, { title: 'Compare two', baseOutcode: 'M14' });
    const c = await sqlOffering(ds, p.id, { title: 'Compare three', baseOutcode: 'M14' });
    const boss = await admin(stack.api);
    await setPassword(j, boss);
    await sqlPlan(ds, { outcode: 'M14' }).then((plan) => sqlBudget(ds, plan.id, 1000));

    await captureOnFailure(page, 'newcomer-misc', async () => {
      await page.setViewportSize({ width: 375, height: 740 });
      await page.goto(`/compare?ids=${a},${b},${c}&near=M14`);
      await expect(page.locator('.compare-card').count()).resolves.toBe(3);
      expect(await page.locator('.compare-card').nth(2).isVisible()).toBe(true);
      expect(await page.locator('.compare-wide').isVisible()).toBe(false);
      await expectFitsPhone(page);
      await expectNoAxeViolations(page);
      await page.setViewportSize({ width: 1280, height: 800 });

      await page.goto('/calculator');
      await Promise.all([page.waitForURL(/la=/), page.getByRole('button', { name: 'Work out my budget' }).click()]);
      await expect(page.locator('.error-summary a').getAttribute('href')).resolves.toBe('#la');
      await expect(page.locator('#la-error').textContent()).resolves.toContain('Choose your council');
      await expectNoAxeViolations(page);

      const icon = await page.locator('link[rel="icon"]').first().getAttribute('href');
      expect((await page.request.get(icon!)).status()).toBe(200);

      await signIn(page, boss.email);
      await page.goto('/plan');
      expect(new URL(page.url()).pathname).toBe('/wrong-account');
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('My plan is not for this account');
      await expectNoAxeViolations(page);

      await page.goto('/commissioner?la=E08000003');
      await expect(page.locator('.map__caption svg.map__key').count()).resolves.toBe(2);
      const labels = await page.locator('.map__label').count();
      expect(labels).toBeGreaterThan(0);
      expect(labels).toBeLessThan(40);
      await expectNoAxeViolations(page);
    });
  });
});
