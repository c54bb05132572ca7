// Distances in the comparison are from a district the person chooses: a plain GET form that keeps the ids, so the
// comparison with its distances stays one shareable address.
export function CompareDistanceForm({ ids, near }: { ids: string[]; near: string }) {
  return (
    <form method="get" action="/compare" className="form-row">
      <input type="hidden" name="ids" value={ids.join(',')} />
      <label className="label" htmlFor="near">
        Show distances from (postcode district)
      </label>
      <input className="input input--short" id="near" name="near" defaultValue={near} autoComplete="postal-code" spellCheck={false} />
      <button className="button button--secondary" type="submit">
        Update
      </button>
    </form>
  );
}
