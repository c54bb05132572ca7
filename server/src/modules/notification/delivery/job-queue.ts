import { Logger, runMigrations } from 'graphile-worker';

// graphile-worker keeps its own schema (graphile_worker) and migrates it with its own code; we run that right after
// our migrations, so the notification triggers can queue jobs from the first event on.
const quiet = new Logger(() => () => {});

export async function installJobQueue(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger: quiet });
}

export const TASKS = {
  deliver: 'deliver_notification',
  reminder: 'booking_reminder',
  supporterInvitation: 'supporter_invitation_email',
  verificationExpiry: 'verification_expiry',
} as const;

/** graphile-worker's cron: the evidence job every day at 06:00 UTC; a missed run is made up within a day (?fill=1d). */
export const CRONTAB = `0 6 * * * ${TASKS.verificationExpiry} ?fill=1d`;
