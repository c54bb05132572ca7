import type { Request } from 'express';

// Which client a request comes from, for rate limits. A direct caller is its socket's address; a request relayed by
// the web server carries the address the web server saw, signed with CLIENT_ADDRESS_SECRET (x-sm-client). An unsigned
// or badly signed x-sm-client is ignored, so nobody can pick their own bucket by setting a header. The signing code is
// shared with the web server (scripts/client-address.cjs) so the two cannot drift apart.
interface SharedClientAddress {
  CLIENT_HEADER: string;
  signClientAddress(secret: string, address: string, nowSeconds?: number): string;
  readClientAddress(secret: string, value: unknown, nowSeconds?: number): string | null;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const shared = require('../../../scripts/client-address.cjs') as SharedClientAddress;

export const CLIENT_HEADER = shared.CLIENT_HEADER;
export const signClientAddress = shared.signClientAddress;

export function clientKeyOf(req: Request, secret: string): string {
  const relayed = shared.readClientAddress(secret, req.headers[CLIENT_HEADER]);
  return relayed ? `web:${relayed}` : (req.ip ?? req.socket.remoteAddress ?? 'unknown');
}
