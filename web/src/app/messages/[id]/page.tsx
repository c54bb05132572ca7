import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireViewer } from '@/features/account/viewer';
import { CONVERSATION_QUERY } from '@/features/message/message-operations';
import { replyAction } from '@/features/message/message-actions';
import { query } from '@/lib/apollo/server-client';
import { formatDateTime } from '@/lib/format';
import { Notice } from '@/lib/ui/notice';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Conversation – Support Market' };

// One conversation, oldest message first, and a reply box. Message text is shown as text (React escapes it).
export default async function ConversationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { id } = await params;
  const viewer = await requireViewer(`/messages/${id}`);
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const sp = await searchParams;
  const { data } = await query({ query: CONVERSATION_QUERY, variables: { id } });
  const c = data?.conversation;
  if (!c) notFound();
  const other = viewer.role === 'PROVIDER' ? c.personName : c.provider.name;
  const messages = [...c.messages.edges.map((e) => e.node)].reverse();
  return (
    <>
      <a className="back-link" href="/messages">
        All messages
      </a>
      <Notice done={sp.done} error={sp.error} messages={{ sent: 'Message sent.' }} />
      <h1 className="heading-xl">Conversation with {other}</h1>
      <p className="lead">
        About {c.booking ? `the booking on ${formatDateTime(c.booking.startsAt)} of ` : ''}
        {c.offering ? <a href={`/offerings/${c.offering.id}`}>{c.offering.title}</a> : 'an offering'}
      </p>
      <ol className="messages">
        {messages.map((m) => (
          <li key={m.id} className={`messages__item${m.fromProvider ? ' messages__item--provider' : ''}`}>
            <p className="caption">
              {m.senderName}, {formatDateTime(m.sentAt)}
            </p>
            <p className="messages__body">{m.body}</p>
          </li>
        ))}
      </ol>
      {viewer.role !== 'ADMIN' && (
        <form action={replyAction} className="form" id="reply">
          <input type="hidden" name="conversationId" value={c.id} />
          <div className="form-group">
            <label className="label" htmlFor="reply-body">
              Your reply
            </label>
            <textarea className="textarea" id="reply-body" name="body" rows={4} maxLength={5000} required />
          </div>
          <button className="button" type="submit">
            Send reply
          </button>
        </form>
      )}
    </>
  );
}
