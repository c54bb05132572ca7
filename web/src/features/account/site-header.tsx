import { signOutAction } from './account-actions';
import { getViewer } from './viewer';
import { NotificationsLink } from '../notification/unread-badge';
import { readShortlistIds } from '../catalogue/shortlist-actions';
import { ShortlistLink } from '../catalogue/shortlist-link';

// The header's links depend on who is signed in; sign-out is a form (a POST), so no link can sign anyone out.
export async function SiteHeader() {
  const viewer = await getViewer();
  const saved = (await readShortlistIds()).length;
  const links: { href: string; label: string }[] = [{ href: '/', label: 'Find support' }];
  if (viewer?.role === 'PERSON') links.push({ href: '/plan', label: 'My plan' }, { href: '/supporting', label: 'People you support' });
  if (viewer?.role === 'PROVIDER' || viewer?.role === 'ADMIN') links.push({ href: '/provider', label: 'Provider portal' });
  if (viewer?.role === 'COMMISSIONER' || viewer?.role === 'ADMIN') links.push({ href: '/commissioner', label: 'Your market' });
  if (viewer?.role === 'COMMISSIONER' || viewer?.role === 'ADMIN') links.push({ href: '/admin', label: 'Console' });
  if (viewer && viewer.role !== 'COMMISSIONER') links.push({ href: '/messages', label: 'Messages' });
  links.push({ href: '/calculator', label: 'Budget calculator' });
  if (viewer) links.push({ href: '/account', label: 'Your account' });
  return (
    <header className="header">
      <div className="width-container header__inner">
        <a className="header__name" href="/">
          Support Market
        </a>
        <nav className="header__nav" aria-label="Main">
          <ul className="header__links">
            {links.map((l) => (
              <li key={l.href}>
                <a className="header__link" href={l.href}>
                  {l.label}
                </a>
              </li>
            ))}
            <li>
              <ShortlistLink count={saved} />
            </li>
            {viewer && (
              <li>
                <NotificationsLink />
              </li>
            )}
            {viewer ? (
              <li>
                <form action={signOutAction} className="inline-form">
                  <button className="header__link header__button" type="submit">
                    Sign out<span className="visually-hidden"> ({viewer.name})</span>
                  </button>
                </form>
              </li>
            ) : (
              <li>
                <a className="header__link" href="/sign-in">
                  Sign in
                </a>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
