// An email for a notification: plain text and a simple HTML part, in plain language, with the link into the app.
// Everything from users (names, message text) is escaped in the HTML part: it is text, never markup.
export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function renderEmail(n: { title: string; body: string; link: string | null; recipientName: string; linkLabel?: string }, webOrigin: string): EmailContent {
  const label = n.linkLabel ?? 'See it in Support Market';
  const url = n.link ? `${webOrigin.replace(/\/$/, '')}${n.link}` : null;
  const footer = 'You get these emails because you have a Support Market account. You can turn them off in your notification settings.';
  const settings = `${webOrigin.replace(/\/$/, '')}/notifications#settings`;
  const text = [`Hello ${n.recipientName},`, '', n.body, '', url ? `${label}: ${url}` : '', '', '--', footer, settings].filter((l, i, a) => !(l === '' && a[i - 1] === '')).join('\n');
  const html = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${escape(n.title)}</title></head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #0b0c0c;">
<p>Hello ${escape(n.recipientName)},</p>
<p>${escape(n.body).replace(/\n/g, '<br>')}</p>
${url ? `<p><a href="${escape(url)}">${escape(label)}</a></p>` : ''}
<hr><p style="font-size: 14px; color: #505a5f;">${escape(footer)} <a href="${escape(settings)}">Notification settings</a></p>
</body></html>`;
  return { subject: n.title, text, html };
}
