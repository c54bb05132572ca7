import { admin, commissioner, signUp } from '../factories/accounts';
import { book, bookingPerson, slotIn } from '../factories/bookings';
import { sqlOffering, sqlProvider } from '../factories/catalogue';
import { captureOnFailure, expectNoAxeViolations, setPassword, signIn, useJourney } from './support/journey';

// Issue 16: a person raises a concern about a booked session; the commissioner of the area acknowledges and closes it
// from the console; an admin verifies a personal assistant's DBS check and the public badge appears with its date.
jest.setTimeout(240_000);

describe('safety journeys', () => {
  const j = useJourney();

  it('a concern about a session reaches the commissioner, who acknowledges and closes it; the person sees the outcome', async () => {
    const { stack, page, browser } = j;
    const provider = await sqlProvider(stack.api.ds, { name: 'Hulme Walking Group', baseOutcode: 'M1' });
    const offeringId = await sqlOffering(stack.api.ds, provider.id, { title: 'Saturday walk', baseOutcode: 'M1' });
    const person = await bookingPerson(stack.api);
    await setPassword(j, person.account);
    await book(stack.api, person, await slotIn(stack.api, offeringId, 30));
    const officer = await commissioner(stack.api, 'E08000003');
    await setPassword(j, officer);

    await captureOnFailure(page, 'safety-raise', async () => {
      await signIn(page, person.account.email);
      await page.goto('/plan');
      await Promise.all([page.waitForURL(/\/concerns\/new\?/), page.getByRole('link', { name: /Raise a concern about Saturday walk/ }).click()]);
      await expectNoAxeViolations(page);
      await page.getByLabel('What happened?').fill('The walk leader left me alone on the hill and would not answer my calls.');
      await Promise.all([page.waitForURL(/\/concerns\/new\?sent=/), page.getByRole('button', { name: 'Send concern' }).click()]);
      await expect(page.getByRole('heading', { name: 'Concern received' }).isVisible()).resolves.toBe(true);
      await expectNoAxeViolations(page);
    });

    const console = await browser.newContext({ baseURL: stack.baseURL });
    const officerPage = await console.newPage();
    try {
      await captureOnFailure(officerPage, 'safety-console', async () => {
        await signIn(officerPage, officer.email);
        await officerPage.goto('/admin/concerns');
        await expectNoAxeViolations(officerPage);
        await Promise.all([officerPage.waitForURL(/\/admin\/concerns\/[0-9a-f-]{36}/), officerPage.getByRole('link', { name: 'Hulme Walking Group: Saturday walk' }).click()]);
        await expect(officerPage.locator('main').textContent()).resolves.toContain('would not answer my calls');
        await expectNoAxeViolations(officerPage);
        // By keyboard: focus the button and press Enter.
        await officerPage.getByRole('button', { name: 'Acknowledge' }).focus();
        await Promise.all([officerPage.waitForURL(/done=acknowledged/), officerPage.keyboard.press('Enter')]);
        await officerPage.getByLabel(/Note/).fill('Spoke to the group; the leader has been retrained and apologised.');
        await Promise.all([officerPage.waitForURL(/done=closed/), officerPage.getByRole('button', { name: 'Close with this outcome' }).click()]);
        const text = (await officerPage.locator('main').textContent()) ?? '';
        expect(text).toContain('Closed on');
        expect(text).toContain('by Test COMMISSIONER');
        await expectNoAxeViolations(officerPage);
      });
    } finally {
      await console.close();
    }

    await captureOnFailure(page, 'safety-mine', async () => {
      await page.goto('/concerns');
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text).toContain('Closed');
      expect(text).toContain('the leader has been retrained');
      await expectNoAxeViolations(page);
    });
  });

  it("an admin verifies a personal assistant's DBS check and the badge appears with its date", async () => {
    const { stack, page, browser } = j;
    const owner = await signUp(stack.api, 'PROVIDER', 'Pat Assistant');
    const pa = await sqlProvider(stack.api.ds, { name: 'Pat Jones PA', kind: 'PERSONAL_ASSISTANT', ownerId: owner.id, baseOutcode: 'M14' });
    await sqlOffering(stack.api.ds, pa.id, { title: 'Help at home', categorySlug: 'personal-assistance', deliveryModes: ['HOME_VISIT'], baseOutcode: 'M14' });
    // Insurance already checked; the DBS check is what is missing.
    await stack.api.ds.query(
      `INSERT INTO provider_verification (provider_id, kind, status, reference, expires_on, checked_at) VALUES ($1, 'PUBLIC_LIABILITY_INSURANCE', 'VERIFIED', 'PL-1', current_date + 200, now())`,
      [pa.id],
    );
    const root = await admin(stack.api);
    await setPassword(j, root);

    await captureOnFailure(page, 'safety-evidence', async () => {
      await signIn(page, owner.email);
      await page.goto('/provider');
      await page.getByLabel('What is it?').selectOption('DBS_CHECK');
      await page.getByLabel('Certificate, registration or policy number').fill('001234567890');
      await Promise.all([page.waitForURL(/done=evidence/), page.getByRole('button', { name: /Send evidence/ }).click()]);
      await expect(page.locator('main').textContent()).resolves.toContain('DBS check (001234567890): waiting to be checked');
      await expectNoAxeViolations(page);
    });

    const adminContext = await browser.newContext({ baseURL: stack.baseURL });
    const adminPage = await adminContext.newPage();
    try {
      await captureOnFailure(adminPage, 'safety-queue', async () => {
        await signIn(adminPage, root.email);
        await adminPage.goto('/admin/verifications');
        await expectNoAxeViolations(adminPage);
        await Promise.all([adminPage.waitForURL(/done=approved/), adminPage.getByRole('button', { name: 'Approve dbs check from Pat Jones PA' }).click()]);
      });
    } finally {
      await adminContext.close();
    }

    await captureOnFailure(page, 'safety-badge', async () => {
      await page.goto(`/providers/${pa.id}`);
      await expect(page.getByRole('list', { name: 'About this provider' }).first().getByText('Checked provider', { exact: true }).isVisible()).resolves.toBe(true);
      const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text).toContain(`DBS check: checked on ${today}, does not run out`);
      expect(text).not.toContain('001234567890');
      await expectNoAxeViolations(page);
    });
  });
});
