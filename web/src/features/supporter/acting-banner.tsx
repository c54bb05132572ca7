import { getActing, ACCESS_WORDS } from './acting';
import { stopActingAction } from './supporter-actions';

// On every page while a supporter acts for someone: whose plan they are using and how to stop. role="region" with
// a label so screen reader users can find it from the landmarks list.
export async function ActingBanner() {
  const acting = await getActing();
  if (!acting) return null;
  return (
    <section className="acting-banner" aria-label="Acting for someone">
      <div className="width-container acting-banner__inner">
        <p className="acting-banner__text">
          <strong>You are acting for {acting.personName}.</strong> You {ACCESS_WORDS[acting.access]}. What you do is recorded as done by you for {acting.personName}.
        </p>
        <form action={stopActingAction}>
          <button className="button button--secondary button--small" type="submit">
            Stop acting for {acting.personName}
          </button>
        </form>
      </div>
    </section>
  );
}
