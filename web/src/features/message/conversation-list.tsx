import type { MyConversationsQuery } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';

type Node = MyConversationsQuery['myConversations']['edges'][number]['node'];

// The viewer's conversations, most recent first; the other side's name and what it is about.
export function ConversationList({ conversations, providerSide }: { conversations: Node[]; providerSide: boolean }) {
  if (!conversations.length) return <p>No messages yet.</p>;
  return (
    <ul className="results">
      {conversations.map((c) => (
        <li key={c.id} className="card">
          <h2 className="heading-s">
            <a href={`/messages/${c.id}`}>
              {providerSide ? c.personName : c.provider.name}
              {c.unreadCount > 0 && <span className="tag tag--requested"> {c.unreadCount} new</span>}
            </a>
          </h2>
          <p>
            About {c.booking ? `the booking on ${formatDateTime(c.booking.startsAt)} of ` : ''}
            {c.offering?.title ?? 'an offering'}. Last message {formatDateTime(c.lastMessageAt)}.
          </p>
        </li>
      ))}
    </ul>
  );
}
