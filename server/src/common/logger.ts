// Structured logs: one JSON object a line on stdout. No personal data: ids, never emails or names.
export type LogFields = Record<string, unknown>;

export interface Log {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export function createLogger(enabled = true): Log {
  const write = (level: string, event: string, fields: LogFields = {}) => {
    if (!enabled && level !== 'error') return;
    process.stdout.write(`${JSON.stringify({ at: new Date().toISOString(), level, event, ...fields })}\n`);
  };
  return {
    info: (e, f) => write('info', e, f),
    warn: (e, f) => write('warn', e, f),
    error: (e, f) => write('error', e, f),
  };
}
