import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createLogger } from '../../../server/src/common/logger';
import { startMailCatcher, storeInFolder, type MailCatcher } from '../../../server/src/dev/mail-catcher';
import { startNotificationWorker, type NotificationWorker } from '../../../server/src/modules/notification/delivery/worker';
import { useJourney } from './journey';

/**
 * A journey whose emails really go out: the notification worker sends over SMTP to a mail catcher that stores them in
 * a folder the web app's /dev/mail page (demo mode) reads. Call at the top of a describe block.
 */
export function useMailJourney(name: string) {
  const mailDir = mkdtempSync(join(tmpdir(), `sm-e2e-${name}-mail-`));
  const j = useJourney({ DEMO_SIGN_IN: '1', MAIL_DIR: mailDir });
  let catcher: MailCatcher;
  let worker: NotificationWorker;
  beforeAll(async () => {
    catcher = await startMailCatcher({ port: 0, store: storeInFolder(mailDir) });
    worker = await startNotificationWorker({
      connectionString: j.stack.api.db.url,
      smtpUrl: `smtp://127.0.0.1:${catcher.port}`,
      mailFrom: 'Support Market <no-reply@supportmarket.example>',
      webOrigin: j.stack.baseURL,
      concurrency: 2,
      log: createLogger(false),
      pollIntervalMs: 200,
    });
  });
  afterAll(async () => {
    await worker?.stop();
    await catcher?.close();
  });
  return j;
}

/** Opens /dev/mail until an email with this subject is there (the worker sends within a second or two), and reads it. */
export async function caughtMail(page: Page, subject: string): Promise<string> {
  for (let i = 0; i < 40; i++) {
    await page.goto('/dev/mail');
    const card = page.locator('.card', { has: page.getByRole('heading', { name: subject }) });
    if ((await card.count()) > 0) {
      await card.first().locator('summary').click();
      return (await card.first().locator('.mail__body').textContent()) ?? '';
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`No caught email "${subject}"`);
}
