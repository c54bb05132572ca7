import type { CheckedFieldsFragment } from '@/gql/graphql';
import { KIND_WORDS, ukDay } from './safety-words';

// "What we checked": each piece of evidence an admin checked, when, and until when. Never the reference number
// (the API does not give it to the public). Run-out evidence says so rather than disappearing.
export function WhatWeChecked({ verifications, verified, headingLevel = 2 }: { verifications: CheckedFieldsFragment[]; verified: boolean; headingLevel?: 2 | 3 }) {
  const shown = verifications.filter((v) => v.status === 'VERIFIED' || v.status === 'EXPIRED');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="checked-title">
      <Heading className="heading-m" id="checked-title">
        What we checked
      </Heading>
      <p>
        {verified
          ? 'We have checked everything this provider must hold for what it offers.'
          : 'We have not yet checked everything this provider must hold for what it offers.'}
      </p>
      {shown.length ? (
        <ul className="list list--bullet">
          {shown.map((v) => (
            <li key={v.id}>
              <strong>{KIND_WORDS[v.kind]}</strong>:{' '}
              {v.status === 'EXPIRED'
                ? `checked${v.checkedAt ? ` on ${ukDay(v.checkedAt)}` : ''}, ran out on ${v.expiresOn ? ukDay(v.expiresOn) : 'its expiry date'}`
                : `checked${v.checkedAt ? ` on ${ukDay(v.checkedAt)}` : ''}, ${v.expiresOn ? `good until ${ukDay(v.expiresOn)}` : 'does not run out'}`}
            </li>
          ))}
        </ul>
      ) : (
        <p>Nothing checked yet.</p>
      )}
    </section>
  );
}
