// Port choice for `npm start`: a default port that is taken (a second checkout, a leftover server) gives way to
// the next free one; a port the user chose is never changed, a taken one stops the start with a message.
import { createServer } from 'node:net';

/** Whether a TCP port can be listened on, on every interface and on 127.0.0.1 (where the embedded database listens). */
export async function portFree(port) {
  const tryListen = (host) =>
    new Promise((resolve) => {
      const srv = createServer();
      srv.unref();
      srv.once('error', () => resolve(false));
      srv.listen({ port, host, exclusive: true }, () => srv.close(() => resolve(true)));
    });
  return (await tryListen(undefined)) && (await tryListen('127.0.0.1'));
}

/**
 * Picks the port for one service.
 * @param {{ name: string, variable: string, value: string | undefined, fallback: number, avoid?: Set<number>, tries?: number }} o
 *   name: what listens there ("the API"); variable: the setting that chooses it (PORT); value: that setting, if set.
 * @returns {Promise<{ port: number, note: string | null }>} the port, and a line to print when it is not the usual one
 * @throws Error naming the port and what to do, when the chosen port is taken or no free one is near
 */
export async function pickPort({ name, variable, value, fallback, avoid = new Set(), tries = 20 }) {
  if (value !== undefined && value !== '') {
    const port = Number(value);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${variable} must be a port number from 1 to 65535 (got "${value}")`);
    if (avoid.has(port) || !(await portFree(port))) {
      throw new Error(`Port ${port} (${variable}, for ${name}) is taken: stop what uses it, or set ${variable} to a free port.`);
    }
    return { port, note: null };
  }
  for (let port = fallback; port < fallback + tries && port <= 65535; port++) {
    if (avoid.has(port) || !(await portFree(port))) continue;
    const note = port === fallback ? null : `port ${fallback} is taken: ${name} uses ${port} (set ${variable} to choose)`;
    return { port, note };
  }
  throw new Error(`Ports ${fallback}-${fallback + tries - 1} (for ${name}) are all taken: stop what uses them, or set ${variable} to a free port.`);
}
