import 'reflect-metadata';
import { startRuntime } from './app-runtime';
import { describeError } from './common/describe-error';

// `npm run server`: the API alone. Applies pending migrations, serves /graphql, exits cleanly on SIGTERM.
async function main() {
  const runtime = await startRuntime();
  runtime.services.log.info('server.ready', { url: runtime.url });
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    runtime.services.log.info('server.stopping', { signal });
    try {
      await runtime.stop();
      process.exit(0);
    } catch (e) {
      console.error(e);
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((e: unknown) => {
  console.error(`Support Market could not start: ${describeError(e)}`);
  process.exit(1);
});
