// Admins may look at any area's market (commissioners see only their own): a plain GET form, so the area is in the
// address and can be bookmarked.
export function AreaPicker({ areas, selected }: { areas: { code: string; name: string; councilName?: string | null }[]; selected: string }) {
  return (
    <form method="get" action="/commissioner" className="form-row">
      <label className="label" htmlFor="la">
        Area
      </label>
      <select className="select" id="la" name="la" defaultValue={selected}>
        {areas.map((a) => (
          <option key={a.code} value={a.code}>
            {a.councilName ?? a.name}
          </option>
        ))}
      </select>
      <button className="button button--secondary" type="submit">
        Show area
      </button>
    </form>
  );
}
