import { Logger, runMigrations } from 'graphile-worker';

// graphile-worker keeps its own schema (graphile_worker) and migrates it with its own code; we run that right after
// our migrations, so the notification triggers can queue jobs from the first event on.
const quiet = new Logger(() => () => {});

export async function installJobQueue(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger: quiet });
}

export const TASKS = { deliver: 'deliver_notification', reminder: 'booking_reminder', supporterInvitation: 'supporter_invitation_email' } as const;
