import { startMailCatcher, type CaughtMail, type MailCatcher } from '../../server/src/dev/mail-catcher';
import { createLogger } from '../../server/src/common/logger';
import { startNotificationWorker, type NotificationWorker } from '../../server/src/modules/notification/delivery/worker';
import type { TestServer } from './test-server';

// A real SMTP server (smtp-server) on a free port that keeps what it accepts, and can be taken down and brought back
// on the same port; and the real notification workers pointed at it.
export interface TestMailbox {
  port: number;
  url: string;
  mail: CaughtMail[];
  /** Tests: called before each message is accepted. */
  beforeAccept: ((m: CaughtMail) => Promise<void>) | null;
  down(): Promise<void>;
  up(): Promise<void>;
}

export async function startMailbox(): Promise<TestMailbox> {
  const box: TestMailbox = {
    port: 0,
    url: '',
    mail: [],
    beforeAccept: null,
    async down() {
      await catcher?.close();
      catcher = null;
    },
    async up() {
      catcher = await startMailCatcher({ port: box.port, store: (m) => void box.mail.push(m), beforeAccept: (m) => (box.beforeAccept ? box.beforeAccept(m) : Promise.resolve()) });
    },
  };
  let catcher: MailCatcher | null = await startMailCatcher({ port: 0, store: (m) => void box.mail.push(m), beforeAccept: (m) => (box.beforeAccept ? box.beforeAccept(m) : Promise.resolve()) });
  box.port = catcher.port;
  box.url = `smtp://127.0.0.1:${catcher.port}`;
  return box;
}

export function startTestWorker(server: TestServer, box: TestMailbox, concurrency = 4): Promise<NotificationWorker> {
  return startNotificationWorker({
    connectionString: server.db.url,
    smtpUrl: box.url,
    mailFrom: 'Support Market <no-reply@supportmarket.example>',
    webOrigin: 'http://localhost:3000',
    concurrency,
    log: createLogger(false),
    pollIntervalMs: 200,
    sweepEveryMs: 60_000,
  });
}

export async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Messages per Message-ID: every value should be 1. */
export function countByMessageId(mail: CaughtMail[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of mail) m.set(x.messageId, (m.get(x.messageId) ?? 0) + 1);
  return m;
}
