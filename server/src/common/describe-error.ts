import { EmbeddedPostgresError } from '../db/embedded';

/**
 * One line (or a stack) for a command-line tool that failed: a failure the user can act on (a taken port, a bad
 * setting) is its message alone; anything else keeps its stack; a thrown non-Error still says what it was.
 */
export function describeError(e: unknown): string {
  if (e instanceof EmbeddedPostgresError) return e.message;
  if (e instanceof Error) {
    if (e.message.startsWith('Invalid configuration')) return e.message;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EADDRINUSE') return `${e.message} (${code})`;
    return e.stack ?? e.message;
  }
  return `failed with a non-error value: ${String(e)}`;
}
