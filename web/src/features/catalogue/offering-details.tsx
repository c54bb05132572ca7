import { graphql } from '@/gql';
import type { OfferingDetailsFragment } from '@/gql/graphql';
import { DELIVERY_MODE, formatDistance, formatPrice, languageName, LIFE_AREA, plural, PROVIDER_KIND } from '@/lib/format';
import { Badges } from './badges';
import { ProviderText } from './provider-text';
import { Rating } from './rating';
import { ContactDetailsList } from '../contact/contact-details';
import { WhatWeChecked } from '../safety/what-we-checked';
import type { CheckedFieldsFragment } from '@/gql/graphql';

export const OFFERING_DETAILS_FRAGMENT = graphql(`
  fragment OfferingDetails on Offering {
    id
    title
    summary
    description
    status
    pricePence
    priceUnit
    sessionMinutes
    deliveryModes
    languages
    accessibility
    lifeAreas
    minimumAge
    maximumAge
    remote
    serviceRadiusKm
    baseOutcode
    category {
      slug
      name
    }
    rating {
      average
      count
    }
    provider {
      id
      name
      kind
      verified
      peerLed
      website
      verifications {
        ...CheckedFields
      }
    }
    contact {
      ...ContactFields
    }
  }
`);

function ages(min: number | null, max: number | null): string {
  if (min != null && max != null) return `${min} to ${max}`;
  if (min != null) return `${min} and over`;
  if (max != null) return `up to ${max}`;
  return 'Any age';
}

// Everything a person needs to decide. Provider-written text goes through ProviderText: plain text, never HTML.
export function OfferingDetails({ offering: o }: { offering: OfferingDetailsFragment }) {
  return (
    <>
      <p className="caption">{o.category.name}</p>
      <h1 className="heading-xl">{o.title}</h1>
      <p className="lead">{o.summary}</p>
      <p>
        Run by <a href={`/providers/${o.provider.id}`}>{o.provider.name}</a> ({PROVIDER_KIND[o.provider.kind] ?? o.provider.kind})
      </p>
      <Badges verified={o.provider.verified} peerLed={o.provider.peerLed} kind={o.provider.kind} />
      <h2 className="heading-m">Key facts</h2>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>Price</dt>
          <dd>
            {formatPrice(o.pricePence, o.priceUnit)}
            {o.priceUnit === 'HOUR' ? ` (sessions last ${o.sessionMinutes} minutes)` : ''}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>Session length</dt>
          <dd>{o.sessionMinutes >= 60 && o.sessionMinutes % 60 === 0 ? plural(o.sessionMinutes / 60, 'hour') : `${o.sessionMinutes} minutes`}</dd>
        </div>
        <div className="summary-list__row">
          <dt>How it is given</dt>
          <dd>{o.deliveryModes.map((m) => DELIVERY_MODE[m] ?? m).join(', ')}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Where</dt>
          <dd>
            {o.remote && o.deliveryModes.every((m) => m === 'ONLINE' || m === 'PHONE')
              ? 'Anywhere (online or by phone)'
              : `Based in ${o.baseOutcode}, for people up to ${formatDistance(o.serviceRadiusKm)} away`}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>Languages</dt>
          <dd>{o.languages.map(languageName).join(', ')}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Access</dt>
          <dd>{o.accessibility.length ? o.accessibility.join(', ') : 'Not given. Ask the provider.'}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Ages</dt>
          <dd>{ages(o.minimumAge, o.maximumAge)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Helps with</dt>
          <dd>{o.lifeAreas.map((a) => LIFE_AREA[a] ?? a).join(', ')}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Rating</dt>
          <dd>
            <Rating average={o.rating.average} count={o.rating.count} />
          </dd>
        </div>
      </dl>
      <h2 className="heading-m">About this support</h2>
      <ProviderText text={o.description} />
      <h2 className="heading-m" id="contact">
        Get in touch
      </h2>
      <ContactDetailsList contact={o.contact} showAccess={false} />
      <WhatWeChecked verifications={o.provider.verifications as CheckedFieldsFragment[]} verified={o.provider.verified} />
      <p>
        <a href={`/concerns/new?providerId=${o.provider.id}&offeringId=${o.id}`}>Raise a concern about this support</a>
      </p>
    </>
  );
}
