'use client';
import { useActionState } from 'react';
import { ErrorSummary } from '@/lib/ui/error-summary';
import { describedBy, Field } from '@/lib/ui/field';
import { SubmitButton } from '@/lib/ui/submit-button';
import { errorFor, INITIAL_FORM_STATE } from '@/lib/form-state';
import { DELIVERY_MODE } from '@/lib/format';
import { saveOfferingAction } from './provider-actions';

export interface OfferingFormValues {
  title: string;
  summary: string;
  description: string;
  categorySlug: string;
  deliveryModes: string[];
  price: string;
  priceUnit: string;
  sessionMinutes: string;
  /** Miles as shown (the API's km converted by milesForForm). */
  serviceRadiusMiles: string;
  /** The stored km, sent back so an unchanged reach keeps it exactly; empty for a new offering. */
  serviceRadiusKm: string;
  languages: string;
  accessibility: string;
  baseOutcode: string;
}

export const EMPTY_OFFERING: OfferingFormValues = {
  title: '',
  summary: '',
  description: '',
  categorySlug: '',
  deliveryModes: [],
  price: '',
  priceUnit: 'SESSION',
  sessionMinutes: '60',
  serviceRadiusMiles: '5',
  serviceRadiusKm: '',
  languages: 'en',
  accessibility: '',
  baseOutcode: '',
};

const UNITS: [string, string][] = [
  ['SESSION', 'a session'],
  ['HOUR', 'an hour'],
  ['DAY', 'a day'],
  ['WEEK', 'a week'],
];

export function OfferingForm({ offeringId, providerId, categories, initial }: { offeringId?: string; providerId: string; categories: { slug: string; name: string }[]; initial: OfferingFormValues }) {
  const [state, action] = useActionState(saveOfferingAction, INITIAL_FORM_STATE);
  const v = (k: keyof OfferingFormValues) => (state.attempt ? (state.values[k] ?? '') : (initial[k] as string));
  const modes = state.attempt ? (state.values.deliveryModes ?? '').split(',') : initial.deliveryModes;
  const err = (f: string) => errorFor(state, f);
  const input = (id: keyof OfferingFormValues, props: React.InputHTMLAttributes<HTMLInputElement> = {}, hint?: boolean) => (
    <input className={`input${err(id) ? ' input--error' : ''}`} id={id} name={id} defaultValue={v(id)} aria-describedby={describedBy(id, hint, err(id))} aria-invalid={err(id) ? true : undefined} {...props} />
  );
  return (
    <>
      <ErrorSummary errors={state.errors} attempt={state.attempt} />
      <form action={action} className="form" noValidate>
        {offeringId && <input type="hidden" name="offeringId" value={offeringId} />}
        <input type="hidden" name="providerId" value={providerId} />
        <Field id="title" label="Name" hint="What people will see first, like “Tuesday walking group”." error={err('title')}>
          {input('title', { maxLength: 200 }, true)}
        </Field>
        <Field id="summary" label="Summary" hint="One sentence about who it is for and what happens." error={err('summary')}>
          {input('summary', { maxLength: 500 }, true)}
        </Field>
        <Field id="description" label="Full description" hint="What to expect, where you meet, what to bring. Plain text only." error={err('description')}>
          <textarea className="textarea" id="description" name="description" rows={6} maxLength={5000} defaultValue={v('description')} aria-describedby={describedBy('description', true, err('description'))} aria-invalid={err('description') ? true : undefined} />
        </Field>
        <Field id="categorySlug" label="Kind of support" error={err('categorySlug')}>
          <select className="select" id="categorySlug" name="categorySlug" defaultValue={v('categorySlug')} aria-describedby={describedBy('categorySlug', false, err('categorySlug'))}>
            <option value="">Choose one</option>
            {categories.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <div className={`form-group${err('deliveryModes-IN_PERSON') ? ' form-group--error' : ''}`}>
          <fieldset className="fieldset" aria-describedby={err('deliveryModes-IN_PERSON') ? 'deliveryModes-error' : undefined}>
            <legend className="fieldset__legend">How is it given?</legend>
            {err('deliveryModes-IN_PERSON') && (
              <p className="error-message" id="deliveryModes-error">
                <span className="visually-hidden">Error:</span> {err('deliveryModes-IN_PERSON')}
              </p>
            )}
            <div className="checkboxes">
              {Object.entries(DELIVERY_MODE).map(([m, label]) => (
                <div className="checkboxes__item" key={m}>
                  <input className="checkboxes__input" type="checkbox" id={`deliveryModes-${m}`} name="deliveryModes" value={m} defaultChecked={modes.includes(m)} />
                  <label className="checkboxes__label" htmlFor={`deliveryModes-${m}`}>
                    {label}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">Price</legend>
          <div className="form-row">
            <Field id="price" label="Price in pounds" hint="0 if it is free." error={err('price')}>
              <div className="input-prefix">
                <span className="input-prefix__sign" aria-hidden="true">
                  £
                </span>
                {input('price', { inputMode: 'decimal', className: 'input input--short' }, true)}
              </div>
            </Field>
            <Field id="priceUnit" label="For" error={err('priceUnit')}>
              <select className="select" id="priceUnit" name="priceUnit" defaultValue={v('priceUnit')}>
                {UNITS.map(([u, l]) => (
                  <option key={u} value={u}>
                    {l}
                  </option>
                ))}
              </select>
            </Field>
          </div>
        </fieldset>
        <Field id="sessionMinutes" label="How long is a session, in minutes?" error={err('sessionMinutes')}>
          {input('sessionMinutes', { inputMode: 'numeric', className: 'input input--short' })}
        </Field>
        <Field id="serviceRadiusMiles" label="How far do you reach, in miles?" hint="How far you travel, or how far people can come from." error={err('serviceRadiusMiles')}>
          {input('serviceRadiusMiles', { inputMode: 'decimal', className: 'input input--short' }, true)}
        </Field>
        {/* What the field showed and the km behind it: unchanged miles keep the stored km exactly. */}
        <input type="hidden" name="serviceRadiusMilesShown" value={initial.serviceRadiusMiles} />
        <input type="hidden" name="serviceRadiusKm" value={initial.serviceRadiusKm} />
        <Field id="baseOutcode" label="Postcode district where it happens (optional)" hint="Leave empty to use your organisation's base." error={err('baseOutcode')}>
          {input('baseOutcode', { className: 'input input--short', autoComplete: 'off', spellCheck: false }, true)}
        </Field>
        <Field id="languages" label="Languages" hint="Codes with commas, like en, cy, ur or bfi for British Sign Language." error={err('languages')}>
          {input('languages', { spellCheck: false }, true)}
        </Field>
        <Field id="accessibility" label="Access (optional)" hint="With commas, like step-free access, hearing loop, quiet space." error={err('accessibility')}>
          {input('accessibility', {}, true)}
        </Field>
        <SubmitButton>{offeringId ? 'Save changes' : 'Save as a draft'}</SubmitButton>
      </form>
    </>
  );
}
