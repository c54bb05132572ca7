import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { signUp } from '../factories/accounts';
import { apiCreateOffering, apiCreateProvider } from '../factories/catalogue';
import { sqlBudget, sqlPlan } from '../factories/people';
import { captureOnFailure, expectNoAxeViolations, signIn } from './support/journey';
import { caughtMail, useMailJourney } from './support/mail-journey';

// Account rights through the browser (issue 15, parts 4 and 5): a person who forgot their password gets the link by
// email (the real worker, SMTP and catcher), chooses a new one, signs in with it, downloads their data and deletes
// their account; every page on the way is axe-clean and carries the urgent-help numbers in its footer.
const NEW_PASSWORD = 'lantern orchard pebble';

/** The footer's urgent-help links, as hrefs. */
async function footerCrisisLinks(page: Page): Promise<string[]> {
  return page.locator('footer .crisis a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}
const CRISIS_LINKS = ['tel:999', 'tel:111', 'tel:116123', 'sms:85258?body=SHOUT'];

describe('account rights in the browser', () => {
  const j = useMailJourney('account');

  it('forgot password, reset by the emailed link, sign in with the new password, download the data, delete the account', async () => {
    const { stack, page } = j;
    const person = await signUp(stack.api, 'PERSON', 'Ada Person');
    const plan = await sqlPlan(stack.api.ds, { personId: person.id });
    await sqlBudget(stack.api.ds, plan.id, 12_000);

    await captureOnFailure(page, 'account-forgot', async () => {
      await page.goto('/sign-in');
      expect(await footerCrisisLinks(page)).toEqual(CRISIS_LINKS);
      await page.getByRole('link', { name: 'Forgotten your password?' }).click();
      await page.waitForURL(/\/forgot-password$/);
      await expectNoAxeViolations(page);
      await page.getByLabel('Email address').fill(person.email);
      await Promise.all([page.waitForURL(/\/forgot-password\?sent=1/), page.getByRole('button', { name: 'Send me a link' }).click()]);
      await expect(page.getByRole('heading', { name: 'Check your email' }).isVisible()).resolves.toBe(true);
      await expectNoAxeViolations(page);
    });

    let link = '';
    await captureOnFailure(page, 'account-reset', async () => {
      const body = await caughtMail(page, 'Reset your Support Market password');
      link = /https?:\/\/\S+\/reset-password\?token=[A-Za-z0-9_-]{43}/.exec(body)![0];
      await page.goto(link);
      await expectNoAxeViolations(page);
      await page.getByLabel('New password').fill('password123');
      await page.getByRole('button', { name: 'Save new password' }).click();
      await page.locator('.error-summary').waitFor();
      await expect(page.locator('.error-summary').textContent()).resolves.toMatch(/most common/);
      await expectNoAxeViolations(page);
      await page.getByLabel('New password').fill(NEW_PASSWORD);
      await Promise.all([page.waitForURL(/\/account\?done=reset/), page.getByRole('button', { name: 'Save new password' }).click()]);
      await expect(page.locator('.notice--success').textContent()).resolves.toContain('Your new password is saved');
      await expectNoAxeViolations(page);
      // The link worked once.
      await page.goto(link);
      await page.getByLabel('New password').fill('another fine passphrase');
      await Promise.all([page.waitForURL(/\/reset-password\?expired=1/), page.getByRole('button', { name: 'Save new password' }).click()]);
      await expect(page.getByRole('heading', { name: 'This link has expired' }).isVisible()).resolves.toBe(true);
    });

    await captureOnFailure(page, 'account-sign-in-again', async () => {
      await page.getByRole('button', { name: /Sign out/ }).click();
      await page.waitForURL(/signedOut=1/);
      await signIn(page, person.email, NEW_PASSWORD);
      await page.getByRole('link', { name: 'Your account' }).click();
      await page.waitForURL(/\/account$/);
      await expectNoAxeViolations(page);
    });

    await captureOnFailure(page, 'account-download', async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download your data' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^support-market-my-data-\d{4}-\d{2}-\d{2}\.json$/);
      const data = JSON.parse(readFileSync((await download.path())!, 'utf8'));
      expect(data.account).toMatchObject({ id: person.id, email: person.email, name: 'Ada Person' });
      expect(data.budgets.map((b: { allocatedPence: number }) => b.allocatedPence)).toEqual([12_000]);
      expect(data.notifications.map((n: { kind: string }) => n.kind)).toContain('PASSWORD_RESET');
    });

    await captureOnFailure(page, 'account-delete', async () => {
      await page.getByRole('link', { name: 'Delete your account' }).click();
      await page.waitForURL(/\/account\/delete$/);
      await expectNoAxeViolations(page);
      await page.getByLabel('Your password').fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Delete my account' }).click();
      await page.locator('.error-summary').waitFor();
      await expect(page.locator('.error-summary').textContent()).resolves.toContain('cannot be undone');
      await expectNoAxeViolations(page);
      expect((await stack.api.ds.query(`SELECT deleted_at FROM app_user WHERE id = $1`, [person.id]))[0].deleted_at).toBeNull();
      await page.getByLabel('I understand that deleting my account cannot be undone').check();
      await page.getByLabel('Your password').fill(NEW_PASSWORD);
      await Promise.all([page.waitForURL(/\/account\/deleted$/), page.getByRole('button', { name: 'Delete my account' }).click()]);
      await expect(page.getByRole('heading', { name: 'Your account has been deleted' }).isVisible()).resolves.toBe(true);
      await expectNoAxeViolations(page);
      await expect(page.title()).resolves.toBe('Your account has been deleted – Support Market');
      await expect(page.getByRole('link', { name: 'Your account' }).count()).resolves.toBe(0);
      const [row] = await stack.api.ds.query(`SELECT name, deleted_at FROM app_user WHERE id = $1`, [person.id]);
      expect(row.name).toBe('Deleted account');
      expect(row.deleted_at).not.toBeNull();
      await page.goto('/sign-in');
      await page.getByLabel('Email address').fill(person.email);
      await page.getByLabel('Password').fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.locator('.error-summary').waitFor();
    });
  }, 240_000);

  it('every footer links the policy pages and urgent help; a mental-health offering shows urgent help first', async () => {
    const { stack, page } = j;
    const owner = await signUp(stack.api, 'PROVIDER', 'Casey Provider');
    const providerId = (await apiCreateProvider(stack.api, owner.token, { name: 'Evening Sanctuary' })).id;
    const offeringId = await apiCreateOffering(stack.api, owner.token, providerId, { categorySlug: 'crisis-cafe', title: 'Evening crisis café' });

    await captureOnFailure(page, 'account-policies', async () => {
      for (const [name, heading] of [
        ['Privacy notice', 'Privacy notice'],
        ['Cookies', 'Cookies'],
        ['Accessibility statement', 'Accessibility statement'],
        ['Contact us', 'Contact us'],
      ]) {
        await page.goto('/');
        await Promise.all([page.waitForURL((u) => u.pathname !== '/'), page.locator('footer').getByRole('link', { name, exact: true }).click()]);
        await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(heading);
        expect(await footerCrisisLinks(page)).toEqual(CRISIS_LINKS);
        await expectNoAxeViolations(page);
      }
      // The cookies page lists the cookies the web app really sets.
      await page.goto('/cookies');
      const names = await page.locator('tbody th').allTextContents();
      expect(names.sort()).toEqual(['sm_compare', 'sm_session', 'sm_shortlist']);
    });

    await captureOnFailure(page, 'account-crisis-offering', async () => {
      await page.goto(`/offerings/${offeringId}`);
      const box = page.locator('main .crisis--prominent');
      await expect(box.getByRole('heading', { name: 'In crisis? Get help now' }).isVisible()).resolves.toBe(true);
      await expect(box.textContent()).resolves.toMatch(/option 2/);
      expect(await box.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(CRISIS_LINKS);
      await expectNoAxeViolations(page);
    });
  }, 180_000);
});
