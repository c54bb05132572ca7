import pino from 'pino';

// Structured logs: one JSON object a line on stdout ({"level","at","event", ...fields}). No personal data: ids, never
// emails or names.
//
// Written through pino to an asynchronous destination (issue 20): a line is queued and written by the event loop,
// not by a blocking write(2) in the middle of a request, and lines queued while a write is in flight go out together
// in one write. Nothing waits for a buffer to fill (minLength 0), so a quiet server's lines appear at once; on exit,
// including process.exit and a fatal error, pino flushes what is queued synchronously.
export type LogFields = Record<string, unknown>;

export interface Log {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export function createLogger(enabled = true, destination: pino.DestinationStream = pino.destination({ dest: 1, sync: false })): Log {
  const logger = pino(
    {
      level: enabled ? 'info' : 'error',
      base: undefined, // no pid or hostname on every line
      messageKey: 'event',
      timestamp: () => `,"at":"${new Date().toISOString()}"`,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
  return {
    info: (e, f) => (f ? logger.info(f, e) : logger.info(e)),
    warn: (e, f) => (f ? logger.warn(f, e) : logger.warn(e)),
    error: (e, f) => (f ? logger.error(f, e) : logger.error(e)),
  };
}
