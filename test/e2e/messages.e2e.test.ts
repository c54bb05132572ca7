import { signUp } from '../factories/accounts';
import { apiCreateOffering, apiCreateProvider, sqlSlot } from '../factories/catalogue';
import { sqlBudget, sqlPlan } from '../factories/people';
import { captureOnFailure, expectNoAxeViolations, signIn } from './support/journey';
import { caughtMail, useMailJourney } from './support/mail-journey';

// A person asks a question on an offering; the provider answers; the person books; the provider sees the request in
// the app and in the caught email (/dev/mail, demo mode) and confirms; the person sees the confirmation in both.

describe('reaching each other: a question, an answer, a booking and its notifications', () => {
  const j = useMailJourney('messages');

  it('asks, answers, books, confirms, and tells both sides in the app and by email', async () => {
    const { stack, page, browser } = j;
    const owner = await signUp(stack.api, 'PROVIDER', 'Priya Provider');
    const providerId = (await apiCreateProvider(stack.api, owner.token, { name: 'Moss Side Voices', contact: { phone: '0161 496 0123', email: 'hello@moss-side-voices.example', hours: 'Mondays 10am to 4pm' } })).id;
    const offeringId = await apiCreateOffering(stack.api, owner.token, providerId, { title: 'Tuesday peer group', contact: { venueAddress: 'Moss Side Library, Quinney Crescent', venueOutcode: 'M14' } });
    const slotId = await sqlSlot(stack.api.ds, offeringId, new Date(Date.now() + 3 * 86_400_000), 6);
    const person = await signUp(stack.api, 'PERSON', 'Sam Person');
    const plan = await sqlPlan(stack.api.ds, { personId: person.id });
    await sqlBudget(stack.api.ds, plan.id, 10_000);
    let conversationUrl = '';

    await captureOnFailure(page, 'reach-ask', async () => {
      await signIn(page, person.email);
      await page.goto(`/offerings/${offeringId}`);
      await expect(page.locator('#contact + dl').textContent()).resolves.toContain('Moss Side Library, Quinney Crescent, M14');
      await expectNoAxeViolations(page);
      await page.getByRole('link', { name: 'See where M14 is on a map' }).click();
      await page.waitForURL(/\/districts\/M14/);
      await expectNoAxeViolations(page);
      await page.goto(`/offerings/${offeringId}`);
      await page.getByLabel('Ask Moss Side Voices a question').fill('Is the library step-free?');
      await Promise.all([page.waitForURL(/\/messages\/[0-9a-f-]{36}\?done=sent/), page.getByRole('button', { name: 'Send question' }).click()]);
      conversationUrl = new URL(page.url()).pathname;
      await expect(page.locator('.messages').textContent()).resolves.toContain('Is the library step-free?');
      await expectNoAxeViolations(page);
    });

    const providerContext = await browser.newContext({ baseURL: stack.baseURL });
    const providerPage = await providerContext.newPage();
    try {
      await captureOnFailure(providerPage, 'reach-answer', async () => {
        await signIn(providerPage, owner.email);
        await providerPage.goto('/messages');
        await expect(providerPage.locator('.results').textContent()).resolves.toMatch(/Sam Person\s*1 new/);
        await expectNoAxeViolations(providerPage);
        await providerPage.getByRole('link', { name: /Sam Person/ }).click();
        await providerPage.getByLabel('Your reply').fill('Yes: there is a ramp and a lift.');
        await Promise.all([providerPage.waitForURL(/done=sent/), providerPage.getByRole('button', { name: 'Send reply' }).click()]);
        await expectNoAxeViolations(providerPage);
      });

      await captureOnFailure(page, 'reach-book', async () => {
        await page.goto(conversationUrl);
        await expect(page.locator('.messages').textContent()).resolves.toContain('Yes: there is a ramp and a lift.');
        await page.goto(`/offerings/${offeringId}/book?slot=${slotId}`);
        // Continue to "Check your booking", then confirm.
        await page.getByRole('button', { name: 'Continue' }).click();
        await Promise.all([page.waitForURL(/\/plan\?done=booked/), page.getByRole('button', { name: 'Confirm booking' }).click()]);
      });

      await captureOnFailure(providerPage, 'reach-confirm', async () => {
        // In the app: the badge, the notification and the request with the person's name.
        await providerPage.goto('/notifications');
        await expect(providerPage.locator('.header__badge').textContent()).resolves.toMatch(/^\d/);
        await expect(providerPage.locator('.results').textContent()).resolves.toContain('Sam Person asked to book Tuesday peer group');
        await expectNoAxeViolations(providerPage);
        // And by email, caught locally.
        await expect(caughtMail(providerPage, 'New booking request: Tuesday peer group')).resolves.toContain('Sam Person asked to book');
        await expectNoAxeViolations(providerPage);
        await providerPage.goto('/provider/bookings');
        const row = providerPage.getByRole('row', { name: /Tuesday peer group/ });
        await expect(row.textContent()).resolves.toContain('Sam Person');
        await expectNoAxeViolations(providerPage);
        await Promise.all([providerPage.waitForURL(/done=confirmed/), row.getByRole('button', { name: /^Confirm/ }).click()]);
      });
    } finally {
      await providerContext.close();
    }

    await captureOnFailure(page, 'reach-confirmed', async () => {
      await page.goto('/notifications');
      await expect(page.locator('.results').textContent()).resolves.toContain('Moss Side Voices confirmed your booking for Tuesday peer group');
      await expectNoAxeViolations(page);
      await expect(caughtMail(page, 'Booking confirmed: Tuesday peer group')).resolves.toContain('Moss Side Voices confirmed your booking');
      await page.goto('/notifications');
      await Promise.all([page.waitForURL(/done=read/), page.getByRole('button', { name: 'Mark all as read' }).click()]);
      await expect(page.locator('.header__badge').count()).resolves.toBe(0);
    });
  }, 180_000);
});
