'use client';
import { useActionState } from 'react';
import { ErrorSummary } from '@/lib/ui/error-summary';
import { describedBy, Field } from '@/lib/ui/field';
import { SubmitButton } from '@/lib/ui/submit-button';
import { errorFor } from '@/lib/form-state';
import { reportUnmetNeedAction, type UnmetNeedState } from './plan-details-actions';

const START: UnmetNeedState = { errors: [], values: {}, attempt: 0 };

// "Tell us what you could not find": counted as unmet need in the area for the council's commissioners, never
// linked to the person. The thanks replaces the form where it was, so the reader is not moved.
export function UnmetNeedForm({ categories, outcode, categorySlug }: { categories: { slug: string; name: string }[]; outcode: string; categorySlug?: string }) {
  const [state, action] = useActionState(reportUnmetNeedAction, START);
  if (state.sent) {
    return (
      <div className="notice notice--success" role="status">
        <p className="notice__text">Thank you. We have passed on what you could not find to the council&rsquo;s commissioners, without your name.</p>
      </div>
    );
  }
  const v = state.attempt > 0 ? state.values : { categorySlug: categorySlug ?? '', outcode, description: '' };
  const e = (f: string) => errorFor(state, f);
  return (
    <>
      <ErrorSummary errors={state.errors} attempt={state.attempt} />
      <form action={action} className="form" noValidate>
        <Field id="categorySlug" label="What kind of support were you looking for?" error={e('categorySlug')}>
          <select className="select" id="categorySlug" name="categorySlug" defaultValue={v.categorySlug ?? ''} aria-describedby={describedBy('categorySlug', false, e('categorySlug'))}>
            <option value="">Choose a kind of support</option>
            {categories.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="description" label="What could you not find?" hint="For example: a walking group in Urdu on Saturdays. Do not include your name or contact details." error={e('description')}>
          <textarea className="textarea" id="description" name="description" rows={3} defaultValue={v.description ?? ''} aria-describedby={describedBy('description', true, e('description'))} />
        </Field>
        <Field id="unmet-outcode" label="Where do you need it?" hint="Your postcode district, like M14." error={e('unmet-outcode')}>
          <input className="input input--short" id="unmet-outcode" name="outcode" defaultValue={v.outcode ?? ''} aria-describedby={describedBy('unmet-outcode', true, e('unmet-outcode'))} />
        </Field>
        <SubmitButton>Send</SubmitButton>
      </form>
    </>
  );
}
