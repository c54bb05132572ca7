import type { StayingSafeQuery } from '@/gql/graphql';
import { formatDateLong } from '@/lib/format';
import { Field, describedBy } from '@/lib/ui/field';
import { stayingSafeAction } from './plan-actions';

type Section = NonNullable<StayingSafeQuery['supportPlan']>['stayingSafe'];

export const MAX_CONTACTS = 5;

const RISKS_HINT = 'For example, going to the football on your own, starting a course, or meeting new people. These are your choices.';
const HELPS_HINT = 'For example, texting someone when you get there and when you leave, or taking a break when it gets too much.';

// Staying safe, taking chances: the person's own words, kept with the plan. Nobody else is told what is written here.
export function StayingSafe({ planId, section, error }: { planId: string; section: Section; error?: boolean }) {
  const rows = Math.min(MAX_CONTACTS, Math.max(3, section.contacts.length + 1));
  const contactError = error ? 'Give each person a name and a UK phone number, like 07700 900123' : undefined;
  return (
    <>
      <p>
        Recovery means taking some chances. Write down the risks you choose to take, what helps you stay safe, and who to call if you
        need someone. This is part of your plan: only you can see it (and anyone you let manage your plan). Providers and the council
        cannot see it.
      </p>
      {section.updatedAt && <p className="secondary">Last changed on {formatDateLong(section.updatedAt)}.</p>}
      <form action={stayingSafeAction}>
        <input type="hidden" name="planId" value={planId} />
        <Field id="safe-risks" label="The risks I choose to take" hint={RISKS_HINT} wide>
          <textarea className="textarea" id="safe-risks" name="risksTaken" rows={4} maxLength={4000} defaultValue={section.risksTaken ?? ''} aria-describedby={describedBy('safe-risks', RISKS_HINT)} />
        </Field>
        <Field id="safe-helps" label="What helps me stay safe" hint={HELPS_HINT} wide>
          <textarea className="textarea" id="safe-helps" name="whatHelps" rows={4} maxLength={4000} defaultValue={section.whatHelps ?? ''} aria-describedby={describedBy('safe-helps', HELPS_HINT)} />
        </Field>
        <fieldset className={`fieldset${contactError ? ' form-group--error' : ''}`} aria-describedby={contactError ? 'safe-contacts-error' : 'safe-contacts-hint'}>
          <legend className="fieldset__legend">Who to call</legend>
          <p className="hint" id="safe-contacts-hint">
            Up to {MAX_CONTACTS} people or services. Leave a row empty if you do not need it.
          </p>
          {contactError && (
            <p className="error-message" id="safe-contacts-error">
              <span className="visually-hidden">Error:</span> {contactError}
            </p>
          )}
          {Array.from({ length: rows }, (_, i) => (
            <div className="contact-row" key={i}>
              <Field id={`safe-name-${i}`} label={`Name ${i + 1}`}>
                <input className="input" id={`safe-name-${i}`} name={`contactName${i}`} maxLength={100} autoComplete="off" defaultValue={section.contacts[i]?.name ?? ''} />
              </Field>
              <Field id={`safe-phone-${i}`} label={`Phone number ${i + 1}`}>
                <input
                  className="input"
                  id={`safe-phone-${i}`}
                  name={`contactPhone${i}`}
                  type="tel"
                  maxLength={30}
                  // Checked in the browser first, so what was written above is not lost to a mistyped number.
                  pattern="[0-9+ .\(\)\-]{10,24}"
                  title="A UK phone number, like 07700 900123"
                  autoComplete="off"
                  defaultValue={section.contacts[i]?.phone ?? ''}
                />
              </Field>
            </div>
          ))}
        </fieldset>
        <button className="button" type="submit">
          Save staying safe
        </button>
      </form>
    </>
  );
}
