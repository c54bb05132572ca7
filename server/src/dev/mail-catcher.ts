import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

// A local SMTP server that accepts every message and keeps it (for `npm start`, the tests and the benchmark): a
// newcomer sees every email the product sends without an email account. Not for production.
export interface CaughtMail {
  messageId: string;
  from: string;
  to: string[];
  subject: string;
  date: string;
  text: string;
  html: string;
  raw: string;
}

export interface MailCatcherOptions {
  port: number;
  host?: string;
  /** Called with each accepted message, before the server answers 250 (a throw refuses it). */
  store(mail: CaughtMail): void | Promise<void>;
  /** Tests: runs after the message arrived and before it is accepted; the message is refused if the client is gone by then. */
  beforeAccept?(mail: CaughtMail): Promise<void>;
}

export interface MailCatcher {
  port: number;
  close(): Promise<void>;
}

export async function startMailCatcher(o: MailCatcherOptions): Promise<MailCatcher> {
  const closed = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    // No reverse DNS lookup of each client (a local catcher; a lookup can stall every connection).
    disableReverseLookup: true,
    logger: false,
    size: 5 * 1024 * 1024,
    onClose(session) {
      closed.add(session.id);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        void (async () => {
          const mail = parseMail(Buffer.concat(chunks).toString('utf8'), session.envelope.mailFrom ? session.envelope.mailFrom.address : '', session.envelope.rcptTo.map((r) => r.address));
          if (o.beforeAccept) await o.beforeAccept(mail);
          if (closed.has(session.id)) throw new Error('The client went away before the message was accepted.');
          await o.store(mail);
        })().then(
          () => callback(),
          (e: Error) => callback(e),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host ?? '127.0.0.1', () => resolve());
  });
  server.on('error', () => {});
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : o.port;
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Just enough MIME for our own emails: headers, and the text/plain and text/html parts (quoted-printable or plain). */
export function parseMail(raw: string, from: string, to: string[]): CaughtMail {
  const [head] = raw.split(/\r?\n\r?\n/, 1);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) headers.set(line.slice(0, i).toLowerCase(), line.slice(i + 1).trim());
  }
  // Linear scans (a backtracking regular expression here cost tens of milliseconds a message).
  const lower = raw.toLowerCase();
  const part = (type: string): string => {
    const at = lower.indexOf(`content-type: ${type}`);
    if (at < 0) return '';
    const gap = /\r?\n\r?\n/.exec(raw.slice(at));
    if (!gap) return '';
    const start = at + gap.index + gap[0].length;
    const end = raw.indexOf('\n--', start);
    const headerBlock = lower.slice(at, start);
    const body = raw.slice(start, end < 0 ? raw.length : end).replace(/\r$/, '');
    return headerBlock.includes('quoted-printable') ? decodeQuotedPrintable(body) : headerBlock.includes('base64') ? Buffer.from(body, 'base64').toString('utf8') : body;
  };
  return {
    messageId: headers.get('message-id') ?? '',
    from,
    to,
    subject: decodeWords(headers.get('subject') ?? ''),
    date: headers.get('date') ?? new Date().toUTCString(),
    text: part('text/plain'),
    html: part('text/html'),
    raw,
  };
}

function decodeQuotedPrintable(s: string): string {
  const bytes = s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => `%${h}`);
  try {
    return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
  } catch {
    return s;
  }
}

/** RFC 2047 encoded words in headers (=?UTF-8?Q?...?= or =?UTF-8?B?...?=). */
function decodeWords(s: string): string {
  return s
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

/**
 * Keeps each message as a JSON file in `dir`, named by its Message-ID: a repeat of the same notification replaces
 * the file instead of adding one (the catcher's side of exactly-once). The web app's /dev/mail page reads them.
 */
export function storeInFolder(dir: string): (mail: CaughtMail) => void {
  mkdirSync(dir, { recursive: true });
  return (mail) => {
    const name = (mail.messageId || `${Date.now()}-${Math.random()}`).replace(/[^A-Za-z0-9.@-]/g, '_');
    const { raw, ...rest } = mail;
    writeFileSync(join(dir, `${name}.json`), JSON.stringify({ ...rest, receivedAt: new Date().toISOString(), size: raw.length }, null, 1));
  };
}
