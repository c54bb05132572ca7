import { graphql } from '@/gql';
import type { OfferingCardFragment } from '@/gql/graphql';
import { DELIVERY_MODE, formatDateTime, formatDistance, formatPrice } from '@/lib/format';
import { Badges } from './badges';
import { CompareButton } from './compare-button';
import { ShortlistButton } from './shortlist-button';
import { MAX_SHORTLIST } from '@/lib/session-cookie';
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
    serviceRadiusKm
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

const REMOTE = ['ONLINE', 'PHONE'];

/** How this person can take part: the modes asked for (all if none), and only remote ones when the base is out of reach. */
export function reachableModes(o: Pick<OfferingCardFragment, 'deliveryModes' | 'distanceKm' | 'serviceRadiusKm'>, reach: Reach): { usable: string[]; others: string[]; far: boolean } {
  const far = o.distanceKm != null && (o.distanceKm > o.serviceRadiusKm || (reach.withinKm != null && o.distanceKm > reach.withinKm));
  const asked: string[] = reach.modes.length ? reach.modes : o.deliveryModes;
  const usable = o.deliveryModes.filter((m) => asked.includes(m) && (!far || REMOTE.includes(m)));
  return { usable, others: o.deliveryModes.filter((m) => !usable.includes(m)), far };
}

export interface Reach {
  /** The travel limit asked for, in km. */
  withinKm: number | null;
  modes: string[];
}

// One search result. The provider wrote the title and summary: React renders them as text, never as HTML.
export function OfferingCard({ offering: o, compareIds, back, headingLevel = 3, reach = { withinKm: null, modes: [] }, shortlist }: { offering: OfferingCardFragment; compareIds: string[]; back: string; headingLevel?: 2 | 3; reach?: Reach; shortlist?: string[] }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const distance = formatDistance(o.distanceKm);
  const modes = reachableModes(o, reach);
  const label = (ms: string[]) => ms.map((m) => DELIVERY_MODE[m] ?? m).join(', ');
  return (
    <li className="result" id={`result-${o.id}`} tabIndex={-1}>
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
          <dt>How and where</dt>
          <dd className="result__modes">
            {modes.far && modes.usable.length ? (
              // Out of reach for travel: say which mode matches, and that the rest are far away.
              <>
                <strong>{label(modes.usable)}</strong>
                {modes.others.length ? ` · ${label(modes.others).toLowerCase()} based ${distance} away` : ` · based ${distance} away`}
              </>
            ) : (
              <>
                {modes.others.length && reach.modes.length ? (
                  <>
                    <strong>{label(modes.usable)}</strong> (also {label(modes.others).toLowerCase()})
                  </>
                ) : (
                  label(o.deliveryModes)
                )}
                {distance ? (o.remote && !o.deliveryModes.some((m) => !REMOTE.includes(m)) ? ` · based ${distance} away` : ` · ${distance} away`) : ''}
              </>
            )}
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
      {shortlist && <ShortlistButton offeringId={o.id} title={o.title} saved={shortlist.includes(o.id)} full={shortlist.length >= MAX_SHORTLIST} back={`${back}#result-${o.id}`} />}
    </li>
  );
}
