import { demoSignInAction } from './account-actions';
import { DEMO_ACCOUNTS, demoSignInEnabled } from './demo-accounts';

// Server-rendered one-press sign-ins for the demo; absent unless DEMO_SIGN_IN=1.
export function DemoSignIn() {
  if (!demoSignInEnabled()) return null;
  return (
    <section className="panel" aria-labelledby="demo-title">
      <h2 className="heading-m" id="demo-title">
        Try the demo
      </h2>
      <p>This is demo data. Sign in with one press as:</p>
      <ul className="button-list">
        {DEMO_ACCOUNTS.map((a) => (
          <li key={a.email}>
            <form action={demoSignInAction}>
              <input type="hidden" name="email" value={a.email} />
              <button className="button button--secondary" type="submit">
                Sign in as {a.label}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}
