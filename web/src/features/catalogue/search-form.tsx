// A plain GET form: works without JavaScript, and the query string is the state.
export function SearchForm({ q, near }: { q: string; near: string }) {
  return (
    <form className="search-form" method="get" action="/" role="search" aria-label="Find support">
      <div className="form-group">
        <label className="label" htmlFor="q">
          What kind of support are you looking for?
        </label>
        <p className="hint" id="q-hint">
          For example, peer support, gardening or help with work.
        </p>
        <input className="input" id="q" name="q" type="search" defaultValue={q} aria-describedby="q-hint" autoComplete="off" />
      </div>
      <div className="form-group">
        <label className="label" htmlFor="near">
          Near (postcode or postcode district)
        </label>
        <p className="hint" id="near-hint">
          For example, M14 or M14 5TQ.
        </p>
        <input
          className="input input--short"
          id="near"
          name="near"
          type="text"
          defaultValue={near}
          aria-describedby="near-hint"
          autoComplete="postal-code"
          spellCheck={false}
        />
      </div>
      <button className="button" type="submit">
        Search
      </button>
    </form>
  );
}
