import { resolve } from 'node:path';
import { startMailCatcher, storeInFolder } from './mail-catcher';

// `node server/dist/dev/mail-catcher-cli.js`: the local mail catcher that `npm start` (and docker compose) run. It
// accepts every email on MAIL_CATCHER_PORT (default 1025) and keeps each as a JSON file in MAIL_DIR (default
// .data/mail), named by its Message-ID, so a repeat of the same notification replaces the file instead of adding
// one. The web app shows them at /dev/mail in demo mode. Never for production: it delivers nothing.
const port = Number(process.env.MAIL_CATCHER_PORT || 1025);
const host = process.env.MAIL_CATCHER_HOST || '127.0.0.1';
const dir = resolve(process.env.MAIL_DIR || '.data/mail');

async function main() {
  const catcher = await startMailCatcher({ port, host, store: storeInFolder(dir) });
  console.log(`[mail] catching email on smtp://${host}:${catcher.port}, kept in ${dir}`);
  const stop = () => void catcher.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e: Error) => {
  console.error(`[mail] could not start: ${e.message}`);
  process.exit(1);
});
