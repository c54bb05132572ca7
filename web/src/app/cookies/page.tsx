import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Cookies – Support Market' };

// Every cookie the service sets (web/src/lib/session-cookie.ts): all strictly necessary, so no consent banner is
// needed (PECR regulation 6). No analytics or advertising cookies.
const COOKIES = [
  { name: 'sm_session', purpose: 'Keeps you signed in. Only set when you sign in.', expires: 'After 12 hours, or when you sign out' },
  { name: 'sm_shortlist', purpose: 'Remembers the services you saved to your shortlist, so you can come back to them without signing in.', expires: 'After 90 days' },
  { name: 'sm_compare', purpose: 'Remembers the services you picked to compare side by side.', expires: 'After 30 days' },
];

export default function CookiesPage() {
  return (
    <div className="two-thirds">
      <h1 className="heading-xl">Cookies</h1>
      <p className="lead">Cookies are small files saved on your phone, tablet or computer when you visit a website.</p>
      <p>
        Support Market only uses cookies that it needs to work. We do not use cookies to track you, measure visits or show
        adverts, so we do not ask you to accept them.
      </p>
      <div className="table-scroll">
        <table className="table">
          <caption className="table__caption">The cookies we set</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">What it is for</th>
              <th scope="col">When it expires</th>
            </tr>
          </thead>
          <tbody>
            {COOKIES.map((c) => (
              <tr key={c.name}>
                <th scope="row">{c.name}</th>
                <td>{c.purpose}</td>
                <td>{c.expires}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>None of them can be read by scripts in the page, and none is sent to any other website.</p>
    </div>
  );
}
