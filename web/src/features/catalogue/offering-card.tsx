import { graphql } from '@/gql';
import type { OfferingCardFragment } from '@/gql/graphql';
import { DELIVERY_MODE, formatDateTime, formatDistance, formatPrice } from '@/lib/format';
import { Badges } from './badges';
import { CompareButton } from './compare-button';
import { Rating } from './rating';

export const OFFERING_CARD_FRAGMENT = graphql(`
  fragment OfferingCard on Offering {
    id
    title
    summary
    pricePence
    priceUnit
    distanceKm
    remote
    deliveryModes
    category {
      name
    }
    rating {
      average
      count
    }
    nextAvailableSlot {
      id
      startsAt
    }
    provider {
      id
      name
      verified
      peerLed
      kind
    }
  }
`);

// One search result. The provider wrote the title and summary: React renders them as text, never as HTML.
export function OfferingCard({ offering: o, compareIds, back, headingLevel = 3 }: { offering: OfferingCardFragment; compareIds: string[]; back: string; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const distance = formatDistance(o.distanceKm);
  return (
    <li className="result">
      <Heading className="result__title">
        <a href={`/offerings/${o.id}`}>{o.title}</a>
      </Heading>
      <p className="result__provider">
        by <a href={`/providers/${o.provider.id}`}>{o.provider.name}</a> · {o.category.name}
      </p>
      <Badges verified={o.provider.verified} peerLed={o.provider.peerLed} kind={o.provider.kind} />
      <p className="result__summary">{o.summary}</p>
      <dl className="result__facts">
        <div>
          <dt>Price</dt>
          <dd>{formatPrice(o.pricePence, o.priceUnit)}</dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>
            {o.deliveryModes.map((m) => DELIVERY_MODE[m] ?? m).join(', ')}
            {distance && !o.remote ? ` · ${distance} away` : distance ? ` · based ${distance} away` : ''}
          </dd>
        </div>
        <div>
          <dt>Next free time</dt>
          <dd>{o.nextAvailableSlot ? formatDateTime(o.nextAvailableSlot.startsAt) : 'No free times in the next 4 weeks'}</dd>
        </div>
        <div>
          <dt>Rating</dt>
          <dd>
            <Rating average={o.rating.average} count={o.rating.count} />
          </dd>
        </div>
      </dl>
      <CompareButton offeringId={o.id} title={o.title} selected={compareIds.includes(o.id)} full={compareIds.length >= 4} back={back} />
    </li>
  );
}
