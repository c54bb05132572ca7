import type { TypedDocumentNode } from '@apollo/client';
import type { ReviewPageFieldsFragment } from '@/gql/graphql';
import { query } from '@/lib/apollo/server-client';

type ReviewsQuery = { offering?: { reviews: ReviewPageFieldsFragment } | null; provider?: { reviews: ReviewPageFieldsFragment } | null };

/** A page of an offering's or a provider's reviews (`after` from ?reviews=); null when they cannot be read. */
export async function loadReviews<Q extends ReviewsQuery>(
  doc: TypedDocumentNode<Q, { id: string; after?: string | null }>,
  id: string,
  after: string | undefined,
): Promise<ReviewPageFieldsFragment | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  try {
    const { data } = await query({ query: doc, variables: { id, after: after ?? null } });
    return (data?.offering ?? data?.provider)?.reviews ?? null;
  } catch {
    // A stale or mangled ?reviews= cursor: the page still shows, without the reviews.
    return null;
  }
}
