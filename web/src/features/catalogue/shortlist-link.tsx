// The header's link to the shortlist, with how many offerings are saved: "Shortlist 3 saved" to a screen reader.
export function ShortlistLink({ count }: { count: number }) {
  return (
    <a className="header__link" href="/shortlist">
      Shortlist
      {/* A real space, so the name reads "Shortlist 3 saved", not "Shortlist3 saved". */}
      {count > 0 && ' '}
      {count > 0 && (
        <span className="header__badge header__badge--count">
          {count}
          <span className="visually-hidden"> saved</span>
        </span>
      )}
    </a>
  );
}
