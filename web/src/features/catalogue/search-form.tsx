import { DELIVERY_MODE, languageName, PROVIDER_KIND } from '@/lib/format';
import { DELIVERY_MODES, DISTANCES, FILTER_LANGUAGES, FREE_WITHIN_DAYS, PROVIDER_KINDS, type SearchState } from './search-params';

const SORT_LABEL: Record<string, string> = {
  RELEVANCE: 'Best match',
  DISTANCE: 'Nearest first',
  PRICE_LOW_TO_HIGH: 'Lowest price first',
  RATING: 'Best rated first',
  NEWEST: 'Newest first',
};

// A plain GET form: works without JavaScript, and the query string is the state. Filter groups are fieldsets with
// legends; <details> keeps the page short on a phone without any script.
export function SearchForm({ s, categories, nearError, nearFromPlan }: { s: SearchState; categories: { slug: string; name: string }[]; nearError?: string; nearFromPlan?: boolean }) {
  const filtersUsed = s.kinds.length + s.modes.length + s.pkinds.length + (s.lang ? 1 : 0) + (s.peer ? 1 : 0) + (s.maxPrice ? 1 : 0) + (s.within ? 1 : 0) + (s.full ? 1 : 0) + (s.from ? 1 : 0) + (s.to ? 1 : 0);
  return (
    <form className="search-form" method="get" action="/" role="search" aria-label="Find support">
      <div className="search-form__main">
        <div className="form-group">
          <label className="label" htmlFor="q">
            What kind of support are you looking for?
          </label>
          <p className="hint" id="q-hint">
            For example, peer support, gardening or help with work.
          </p>
          <input className="input" id="q" name="q" type="search" defaultValue={s.q} aria-describedby="q-hint" autoComplete="off" />
        </div>
        <div className={`form-group${nearError ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor="near">
            Near (postcode or postcode district)
          </label>
          <p className="hint" id="near-hint">
            {nearFromPlan ? 'Your district from your plan. Change it, or clear it to search everywhere.' : 'For example, M14 or M14 5TQ.'}
          </p>
          {nearError && (
            <p className="error-message" id="near-error">
              <span className="visually-hidden">Error:</span> {nearError}
            </p>
          )}
          <input
            className={`input input--short${nearError ? ' input--error' : ''}`}
            id="near"
            name="near"
            type="text"
            defaultValue={s.near}
            aria-describedby={nearError ? 'near-hint near-error' : 'near-hint'}
            aria-invalid={nearError ? true : undefined}
            autoComplete="postal-code"
            spellCheck={false}
          />
        </div>
      </div>

      <details className="filters" open={filtersUsed > 0}>
        <summary className="filters__summary">
          Filters{filtersUsed ? ` (${filtersUsed} chosen)` : ''}
        </summary>
        <div className="filters__body">
          <fieldset className="fieldset">
            <legend className="fieldset__legend">Kind of support</legend>
            <div className="checkboxes checkboxes--columns">
              {categories.map((c) => (
                <div className="checkboxes__item" key={c.slug}>
                  <input className="checkboxes__input" type="checkbox" id={`kind-${c.slug}`} name="kind" value={c.slug} defaultChecked={s.kinds.includes(c.slug)} />
                  <label className="checkboxes__label" htmlFor={`kind-${c.slug}`}>
                    {c.name}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>

          <fieldset className="fieldset">
            <legend className="fieldset__legend">How it is given</legend>
            <div className="checkboxes">
              {DELIVERY_MODES.map((m) => (
                <div className="checkboxes__item" key={m}>
                  <input className="checkboxes__input" type="checkbox" id={`mode-${m}`} name="mode" value={m} defaultChecked={s.modes.includes(m)} />
                  <label className="checkboxes__label" htmlFor={`mode-${m}`}>
                    {DELIVERY_MODE[m]}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>

          <fieldset className="fieldset">
            <legend className="fieldset__legend">When</legend>
            <p className="hint" id="when-hint">
              We show support with a free place in the next {FREE_WITHIN_DAYS / 7} weeks. Give dates to look at other days.
            </p>
            <div className="date-range">
              <div className="form-group">
                <label className="label" htmlFor="from">
                  Free on or after
                </label>
                <input className="input input--date" id="from" name="from" type="date" defaultValue={s.from} aria-describedby="when-hint" />
              </div>
              <div className="form-group">
                <label className="label" htmlFor="to">
                  Free on or before
                </label>
                <input className="input input--date" id="to" name="to" type="date" defaultValue={s.to} aria-describedby="when-hint" />
              </div>
            </div>
            <div className="checkboxes">
              <div className="checkboxes__item">
                <input className="checkboxes__input" type="checkbox" id="full" name="full" value="1" defaultChecked={s.full} />
                <label className="checkboxes__label" htmlFor="full">
                  Also show support with no free place (full, or no times yet)
                </label>
              </div>
            </div>
          </fieldset>

          <fieldset className="fieldset">
            <legend className="fieldset__legend">Distance and price</legend>
            <div className="form-group">
              <label className="label" htmlFor="within">
                How far can you travel?
              </label>
              <p className="hint" id="within-hint">
                Works when you give a postcode. Online and phone support is shown too, unless you choose only other ways.
              </p>
              <select className="select" id="within" name="within" defaultValue={s.within ? String(s.within) : ''} aria-describedby="within-hint">
                <option value="">Any distance</option>
                {DISTANCES.map((d) => (
                  <option key={d} value={d}>
                    Up to {d} {d === 1 ? 'mile' : 'miles'}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-group">
              <label className="label" htmlFor="maxPrice">
                Most you want to pay, in pounds
              </label>
              <div className="input-prefix">
                <span className="input-prefix__sign" aria-hidden="true">
                  £
                </span>
                <input className="input input--short" id="maxPrice" name="maxPrice" type="text" inputMode="numeric" pattern="[0-9]*" defaultValue={s.maxPrice ?? ''} />
              </div>
            </div>
          </fieldset>

          <fieldset className="fieldset">
            <legend className="fieldset__legend">Language and who runs it</legend>
            <div className="form-group">
              <label className="label" htmlFor="lang">
                Language
              </label>
              <select className="select" id="lang" name="lang" defaultValue={s.lang}>
                <option value="">Any language</option>
                {FILTER_LANGUAGES.map((l) => (
                  <option key={l} value={l}>
                    {languageName(l)}
                  </option>
                ))}
              </select>
            </div>
            <div className="checkboxes">
              <div className="checkboxes__item">
                <input className="checkboxes__input" type="checkbox" id="peer" name="peer" value="1" defaultChecked={s.peer} />
                <label className="checkboxes__label" htmlFor="peer">
                  Only peer-led (run by people with lived experience)
                </label>
              </div>
            </div>
          </fieldset>

          <fieldset className="fieldset">
            <legend className="fieldset__legend">Kind of provider</legend>
            <div className="checkboxes checkboxes--columns">
              {PROVIDER_KINDS.map((k) => (
                <div className="checkboxes__item" key={k}>
                  <input className="checkboxes__input" type="checkbox" id={`pkind-${k}`} name="pkind" value={k} defaultChecked={s.pkinds.includes(k)} />
                  <label className="checkboxes__label" htmlFor={`pkind-${k}`}>
                    {PROVIDER_KIND[k]}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
      </details>

      <div className="form-group">
        <label className="label" htmlFor="sort">
          Sort by
        </label>
        <select className="select" id="sort" name="sort" defaultValue={s.sort}>
          {Object.entries(SORT_LABEL).map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <button className="button" type="submit">
        Search
      </button>
    </form>
  );
}
