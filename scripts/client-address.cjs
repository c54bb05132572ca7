// The client's address, passed from the web server to the API over a trusted channel (issue 13, finding 2).
// The web server (scripts/web-server.mjs) signs the address it saw on the socket with CLIENT_ADDRESS_SECRET, a
// secret only it and the API hold; the API keys its rate limits on a signed address and ignores any other. Anyone
// can set a header, nobody without the secret can sign one. Shared by the web server and the API (server/src/http/
// client-address.ts loads this file), so the two cannot drift apart.
'use strict';
const { createHmac, timingSafeEqual } = require('node:crypto');

const CLIENT_HEADER = 'x-sm-client';
/** A signed address older than this is refused (it only ever travels one hop, within milliseconds). */
const MAX_AGE_SECONDS = 300;

function mac(secret, payload) {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** "v1.<address, base64url>.<unix seconds>.<HMAC-SHA256>" */
function signClientAddress(secret, address, nowSeconds = Math.floor(Date.now() / 1000)) {
  const payload = `v1.${Buffer.from(String(address), 'utf8').toString('base64url')}.${nowSeconds}`;
  return `${payload}.${mac(secret, payload)}`;
}

/** The address in a header value signed with this secret and recent enough, else null. */
function readClientAddress(secret, value, nowSeconds = Math.floor(Date.now() / 1000)) {
  if (!secret || typeof value !== 'string' || value.length > 300) return null;
  const parts = value.split('.');
  if (parts.length !== 4 || parts[0] !== 'v1' || !/^\d{1,12}$/.test(parts[2])) return null;
  const given = Buffer.from(parts[3], 'utf8');
  const expected = Buffer.from(mac(secret, parts.slice(0, 3).join('.')), 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const age = nowSeconds - Number(parts[2]);
  if (age > MAX_AGE_SECONDS || age < -60) return null;
  const address = Buffer.from(parts[1], 'base64url').toString('utf8');
  return address.length > 0 && address.length <= 100 ? address : null;
}

/**
 * The address of the client a request came from: the socket's peer, or with trustedProxyHops = n the n-th entry
 * from the right of X-Forwarded-For (each trusted proxy appends the address it saw; entries further left are
 * whatever the client wrote and prove nothing).
 */
function peerAddress(req, trustedProxyHops = 0) {
  const peer = req.socket && req.socket.remoteAddress ? req.socket.remoteAddress : 'unknown';
  if (!trustedProxyHops) return peer;
  const raw = req.headers['x-forwarded-for'];
  const list = (Array.isArray(raw) ? raw.join(',') : raw || '').split(',').map((s) => s.trim()).filter(Boolean);
  return list.length >= trustedProxyHops ? list[list.length - trustedProxyHops] : peer;
}

module.exports = { CLIENT_HEADER, MAX_AGE_SECONDS, signClientAddress, readClientAddress, peerAddress };
