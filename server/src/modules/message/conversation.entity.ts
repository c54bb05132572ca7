import { Field, ID, ObjectType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection';

@ObjectType({
  description:
    "A conversation between a person (and the supporters acting for them) and a provider, about an offering or booking.\nNeither side sees the other's email address or phone number through it.",
})
export class Conversation {
  @Field(() => ID)
  id: string;

  planId: string;
  personId: string;
  providerId: string;
  providerOwnerId: string;
  offeringId: string;
  bookingId: string | null;
  personUnread: number;
  providerUnread: number;

  @Field(() => Date)
  lastMessageAt: Date;

  createdAt: Date;
  sortKey?: [string, string];
}

@ObjectType()
export class Message {
  @Field(() => ID)
  id: string;

  conversationId: string;
  senderId: string;

  @Field(() => String)
  body: string;

  @Field(() => Date)
  sentAt: Date;

  @Field(() => Boolean, { description: "True when the provider's side sent it." })
  fromProvider: boolean;

  @Field(() => String)
  senderName: string;

  sortKey?: [string, string];
}

@ObjectType()
export class MessageEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => Message)
  node: Message;
}

@ObjectType()
export class MessageConnection {
  @Field(() => [MessageEdge])
  edges: MessageEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType()
export class ConversationEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => Conversation)
  node: Conversation;
}

@ObjectType()
export class ConversationConnection {
  @Field(() => [ConversationEdge])
  edges: ConversationEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

export interface ConversationRow {
  id: string;
  plan_id: string;
  person_id: string;
  provider_id: string;
  provider_owner_id: string;
  offering_id: string;
  booking_id: string | null;
  person_unread: number;
  provider_unread: number;
  last_message_at: Date;
  created_at: Date;
  cursor_at?: string;
}

export const CONVERSATION_COLUMNS = (a = 'c') =>
  `${a}.id, ${a}.plan_id, ${a}.person_id, ${a}.provider_id, ${a}.provider_owner_id, ${a}.offering_id, ${a}.booking_id,
   ${a}.person_unread, ${a}.provider_unread, ${a}.last_message_at, ${a}.created_at,
   to_char(${a}.last_message_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at`;

export function toConversation(r: ConversationRow): Conversation {
  return Object.assign(new Conversation(), {
    id: r.id,
    planId: r.plan_id,
    personId: r.person_id,
    providerId: r.provider_id,
    providerOwnerId: r.provider_owner_id,
    offeringId: r.offering_id,
    bookingId: r.booking_id,
    personUnread: r.person_unread,
    providerUnread: r.provider_unread,
    lastMessageAt: r.last_message_at,
    createdAt: r.created_at,
    sortKey: r.cursor_at ? ([r.cursor_at, r.id] as [string, string]) : undefined,
  });
}

export interface MessageRow {
  id: string;
  conversation_id: string;
  sender_id: string;
  from_provider: boolean;
  sender_name: string;
  body: string;
  sent_at: Date;
  cursor_at: string;
}

export const MESSAGE_COLUMNS = (a = 'm') =>
  `${a}.id, ${a}.conversation_id, ${a}.sender_id, ${a}.from_provider, ${a}.sender_name, ${a}.body, ${a}.sent_at,
   to_char(${a}.sent_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at`;

export function toMessage(r: MessageRow): Message {
  return Object.assign(new Message(), {
    id: r.id,
    conversationId: r.conversation_id,
    senderId: r.sender_id,
    fromProvider: r.from_provider,
    senderName: r.sender_name,
    body: r.body,
    sentAt: r.sent_at,
    sortKey: [r.cursor_at, r.id] as [string, string],
  });
}
