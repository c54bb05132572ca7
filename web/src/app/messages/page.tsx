import type { Metadata } from 'next';
import { requireViewer } from '@/features/account/viewer';
import { ConversationList } from '@/features/message/conversation-list';
import { MY_CONVERSATIONS_QUERY } from '@/features/message/message-operations';
import { query } from '@/lib/apollo/server-client';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Messages – Support Market' };

export default async function MessagesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requireViewer('/messages');
  const sp = await searchParams;
  const { data } = await query({ query: MY_CONVERSATIONS_QUERY, variables: { after: sp.after ?? null } });
  const page = data!.myConversations;
  return (
    <>
      <h1 className="heading-xl">Messages</h1>
      <ConversationList conversations={page.edges.map((e) => e.node)} providerSide={viewer.role === 'PROVIDER'} />
      {page.pageInfo.hasNextPage && page.pageInfo.endCursor && <a href={`/messages?after=${encodeURIComponent(page.pageInfo.endCursor)}`}>Older messages</a>}
    </>
  );
}
