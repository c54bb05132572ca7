#!/usr/bin/env node
// The web app's production server: Next's own request handler behind a plain Node HTTP server, so that every request
// reaches the app with the client's address signed for the API (x-sm-client, see client-address.cjs). `next start`
// cannot do this: it leaves a client's own X-Forwarded-For in place, so the web server could not tell the API who its
// client is (every web sign-in then shared one rate-limit bucket: issue 13, finding 2).
//   node scripts/web-server.mjs [port] [hostname]
// CLIENT_ADDRESS_SECRET  shared with the API; without it no address is passed and the API sees only the web server.
// TRUSTED_PROXY_HOPS     reverse proxies in front of this server that append to X-Forwarded-For (default 0).
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { CLIENT_HEADER, signClientAddress, peerAddress } = require('./client-address.cjs');
const next = require('next');

const port = Number(process.argv[2] || process.env.WEB_PORT || 3000);
const hostname = process.argv[3] || process.env.WEB_HOST || undefined;
const secret = process.env.CLIENT_ADDRESS_SECRET || '';
const hops = Number(process.env.TRUSTED_PROXY_HOPS || 0);
if (!Number.isInteger(hops) || hops < 0 || hops > 5) {
  console.error(`Invalid configuration: TRUSTED_PROXY_HOPS must be a whole number from 0 to 5 (got "${process.env.TRUSTED_PROXY_HOPS}")`);
  process.exit(1);
}
if (!secret) console.warn('[web] CLIENT_ADDRESS_SECRET is not set: the API will rate-limit all web users as one client');

const app = next({ dev: false, dir: join(root, 'web'), hostname: hostname ?? 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  // Whatever the client sent under this name is replaced: only this server's signature reaches the app.
  delete req.headers[CLIENT_HEADER];
  if (secret) req.headers[CLIENT_HEADER] = signClientAddress(secret, peerAddress(req, hops));
  void handle(req, res);
});
// Slow or idle clients do not hold sockets for ever (issue 13, finding 9).
server.requestTimeout = 30_000;
server.headersTimeout = 15_000;
server.maxConnections = Number(process.env.WEB_MAX_CONNECTIONS || 1000);
server.listen(port, hostname, () => console.log(`[web] ready on http://${hostname ?? 'localhost'}:${port}`));

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
