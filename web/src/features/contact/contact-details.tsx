import { graphql } from '@/gql';
import type { ContactFieldsFragment } from '@/gql/graphql';

export const CONTACT_FIELDS_FRAGMENT = graphql(`
  fragment ContactFields on ContactDetails {
    email
    phone
    website
    venueAddress
    venueOutcode
    accessibility
    hours
  }
`);

// Only http(s) links from providers become links; anything else is shown as text.
const safeWebsite = (url: string | null | undefined) => (url && /^https?:\/\//i.test(url) ? url : null);

/** "Get in touch": how to reach the provider, where sessions happen (with a map of the district) and when. */
export function ContactDetailsList({ contact: c, showAccess = true }: { contact: ContactFieldsFragment; showAccess?: boolean }) {
  const website = safeWebsite(c.website);
  const nothing = !c.email && !c.phone && !c.website && !c.venueAddress && !c.hours;
  if (nothing) return <p>The provider has not given contact details yet. You can send them a message.</p>;
  return (
    <dl className="summary-list">
      {c.phone && (
        <div className="summary-list__row">
          <dt>Phone</dt>
          <dd>
            <a href={`tel:${c.phone.replace(/\s/g, '')}`}>{c.phone}</a>
          </dd>
        </div>
      )}
      {c.email && (
        <div className="summary-list__row">
          <dt>Email</dt>
          <dd>
            <a href={`mailto:${c.email}`}>{c.email}</a>
          </dd>
        </div>
      )}
      {c.website && (
        <div className="summary-list__row">
          <dt>Website</dt>
          <dd>{website ? <a href={website} rel="nofollow noopener noreferrer">{website}</a> : c.website}</dd>
        </div>
      )}
      {c.venueAddress && c.venueOutcode && (
        <div className="summary-list__row">
          <dt>Venue</dt>
          <dd>
            {c.venueAddress}, {c.venueOutcode}
            <br />
            <a href={`/districts/${encodeURIComponent(c.venueOutcode)}`}>See where {c.venueOutcode} is on a map</a>
          </dd>
        </div>
      )}
      {c.hours && (
        <div className="summary-list__row">
          <dt>Hours</dt>
          <dd>{c.hours}</dd>
        </div>
      )}
      {showAccess && c.accessibility.length > 0 && (
        <div className="summary-list__row">
          <dt>Access</dt>
          <dd>{c.accessibility.join(', ')}</dd>
        </div>
      )}
    </dl>
  );
}
