import { Logger, run, type Runner, type TaskList } from 'graphile-worker';
import { Pool } from 'pg';
import type { Log } from '../../../common/logger';
import { remindBooking } from './booking-reminder.task';
import { deliverNotification } from './deliver-notification.task';
import { sendSupporterInvitation } from './supporter-invitation.task';
import { CRONTAB, TASKS } from './job-queue';
import { expireVerifications } from './verification-expiry.task';
import { createMailer, type Mailer } from './mailer';

// The notification workers: graphile-worker runs the jobs the database queued in each event's transaction
// (LISTEN/NOTIFY wakes it at once; polling is the fallback), with retries that back off exponentially.
// A sweep on start and every minute queues any email still PENDING whose job is missing or stuck with a worker that
// died (graphile-worker only frees a dead worker's jobs after four hours): the row, not the job, is the record of
// what is owed, and the delivery task's row lock makes an extra job harmless.
export interface WorkerOptions {
  connectionString: string;
  smtpUrl: string;
  mailFrom: string;
  webOrigin: string;
  concurrency: number;
  log: Log;
  sweepEveryMs?: number;
  pollIntervalMs?: number;
}

export interface NotificationWorker {
  sweep(): Promise<number>;
  stop(): Promise<void>;
}

export async function startNotificationWorker(o: WorkerOptions): Promise<NotificationWorker> {
  const mailer: Mailer = createMailer(o.smtpUrl, o.mailFrom);
  const logger = new Logger(() => (level, message) => {
    if (level === 'error' || level === 'warning') o.log.warn('worker.log', { level, message: message.slice(0, 500) });
  });
  const taskList: TaskList = {
    [TASKS.deliver]: async (payload, helpers) => {
      const { id, link } = payload as { id: string; link?: string };
      const outcome = await helpers.withPgClient((client) => deliverNotification(client, mailer, id, o.webOrigin, link));
      o.log.info('notification.delivered', { notificationId: id, outcome, attempt: helpers.job.attempts });
    },
    [TASKS.reminder]: async (payload, helpers) => {
      const bookingId = (payload as { bookingId: string }).bookingId;
      const outcome = await helpers.withPgClient((client) => remindBooking(client, bookingId));
      o.log.info('booking.reminder', { bookingId, outcome });
    },
    [TASKS.supporterInvitation]: async (payload, helpers) => {
      const id = (payload as { id: string }).id;
      const outcome = await helpers.withPgClient((client) => sendSupporterInvitation(client, mailer, id, o.webOrigin));
      o.log.info('supporter.invitation_emailed', { supporterId: id, outcome });
    },
    [TASKS.verificationExpiry]: async (_payload, helpers) => {
      const outcome = await helpers.withPgClient((client) => expireVerifications(client));
      o.log.info('verification.expiry', outcome);
    },
  };
  // One pool for the jobs and the sweep; each job holds one connection while it sends.
  const pool = new Pool({ connectionString: o.connectionString, max: o.concurrency + 3, application_name: 'support-market-worker' });
  // A connection that dies (the server restarts) must not crash the process: log it, the pool makes a new one.
  pool.on('error', (e) => o.log.warn('worker.pool_error', { message: e.message }));
  pool.on('connect', (client) => client.on('error', (e) => o.log.warn('worker.client_error', { message: e.message })));
  const runner: Runner = await run({
    pgPool: pool,
    concurrency: o.concurrency,
    noHandleSignals: true,
    pollInterval: o.pollIntervalMs ?? 2000,
    logger,
    taskList,
    crontab: CRONTAB,
  });
  const sweep = async (): Promise<number> => {
    // notification_pending_idx. Only emails that no job will send: none queued, a job out of attempts, or one locked
    // (perhaps by a worker that died, which graphile-worker frees only after four hours: it gets a twin, and the row
    // lock makes that harmless). A job waiting with attempts left (SMTP down, backing off) is left alone, so an outage
    // does not re-queue every pending email every minute. preserve_run_at keeps a job's schedule.
    const { rows } = await pool.query(
      `SELECT count(graphile_worker.add_job('${TASKS.deliver}', json_build_object('id', n.id), job_key := 'notification:' || n.id,
                                             job_key_mode := 'preserve_run_at'))::int AS n
         FROM (SELECT p.id FROM notification p
                WHERE p.email_status = 'PENDING'
                  AND NOT EXISTS (SELECT 1 FROM graphile_worker.jobs j
                                   WHERE j.key = 'notification:' || p.id AND j.locked_at IS NULL AND j.attempts < j.max_attempts)
                ORDER BY p.created_at LIMIT 5000) n`,
    );
    return rows[0].n as number;
  };
  const swept = await sweep();
  if (swept) o.log.info('notification.sweep', { queued: swept });
  const timer = setInterval(() => void sweep().catch((e) => o.log.warn('notification.sweep_failed', { message: String(e) })), o.sweepEveryMs ?? 60_000);
  timer.unref();
  let stopped = false;
  return {
    sweep,
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      await runner.stop();
      mailer.close();
      await pool.end();
    },
  };
}
