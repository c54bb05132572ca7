import { Field } from '@/lib/ui/field';
import { PROVIDER_KIND } from '@/lib/format';
import { createProviderAction } from './provider-actions';

// A new organisation for the signed-in provider: the details people see on its page. Starts unverified.
export function NewProviderForm({ open }: { open: boolean }) {
  return (
    <details className="details" open={open}>
      <summary className="details__summary">Organisation details</summary>
      <form action={createProviderAction}>
        <Field id="org-name" label="Name">
          <input className="input" id="org-name" name="name" maxLength={200} autoComplete="organization" />
        </Field>
        <Field id="org-kind" label="What kind of provider are you?">
          <select className="select" id="org-kind" name="kind">
            {Object.entries(PROVIDER_KIND).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </Field>
        <Field id="org-base" label="Postcode district you are based in">
          <input className="input input--short" id="org-base" name="baseOutcode" maxLength={10} spellCheck={false} />
        </Field>
        <Field id="org-description" label="About you">
          <textarea className="textarea" id="org-description" name="description" rows={4} maxLength={5000} />
        </Field>
        <Field id="org-website" label="Website (optional)">
          <input className="input" id="org-website" name="website" type="url" maxLength={300} />
        </Field>
        <div className="checkboxes form-group">
          <div className="checkboxes__item">
            <input className="checkboxes__input" type="checkbox" id="org-peer" name="peerLed" value="1" />
            <label className="checkboxes__label" htmlFor="org-peer">
              We are peer-led (run by, or employing, people with lived experience)
            </label>
          </div>
        </div>
        <button className="button" type="submit">
          Add organisation
        </button>
      </form>
    </details>
  );
}
