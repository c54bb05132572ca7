import nodemailer, { type Transporter } from 'nodemailer';

// One SMTP transport per worker process, pooled (a few connections kept open) so a burst of notifications does not
// pay a TCP and SMTP handshake per email.
export interface Mailer {
  send(m: { messageId: string; to: string; subject: string; text: string; html: string; headers: Record<string, string> }): Promise<void>;
  close(): void;
}

export function createMailer(smtpUrl: string, from: string): Mailer {
  const transport: Transporter = nodemailer.createTransport(smtpUrl, { pool: true, maxConnections: 4, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as never);
  return {
    async send(m) {
      await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text, html: m.html, messageId: m.messageId, headers: m.headers });
    },
    close() {
      transport.close();
    },
  };
}
