import type { CircleQuery } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { ACCESS_WORDS } from './acting';
import { inviteSupporterAction, revokeSupporterAction } from './supporter-actions';

type Circle = NonNullable<CircleQuery['supportPlan']>;

const STATUS_WORDS = { INVITED: 'Invited', ACTIVE: 'Supporting you', REVOKED: 'Ended' } as const;
const ROLE_WORDS: Record<string, string> = { ADMIN: 'Support Market administrator', PERSON: 'Supporter', COMMISSIONER: 'Council commissioner', PROVIDER: 'Provider' };

// "Your circle of support" on My plan: invite someone (email, how they know you, what they may do), see and end
// each supporter, and see who other than you has read your plan and when.
export function CircleSection({ planId, circle }: { planId: string; circle: Circle }) {
  const live = circle.supporters.filter((s) => s.status !== 'REVOKED');
  const ended = circle.supporters.filter((s) => s.status === 'REVOKED');
  return (
    <>
      <p>
        People you trust can help with your plan: family, a friend, a support broker or a care coordinator. They use
        their own account. Whatever they do is recorded as done by them for you, and you can end their access at any
        time.
      </p>
      {live.length ? (
        <table className="table">
          <caption className="table__caption visually-hidden">Your supporters</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">How they know you</th>
              <th scope="col">What they can do</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {live.map((s) => (
              <tr key={s.id}>
                <td>
                  {s.name}
                  {s.name !== s.email && <span className="secondary"> ({s.email})</span>}
                </td>
                <td>
                  {s.relationship}
                  {s.authorisedReason && <span className="secondary"> Appointed by your council: {s.authorisedReason}</span>}
                </td>
                <td>They {ACCESS_WORDS[s.access]}</td>
                <td>
                  {STATUS_WORDS[s.status]}, invited {formatDateTime(s.invitedAt)}
                </td>
                <td>
                  <form action={revokeSupporterAction}>
                    <input type="hidden" name="id" value={s.id} />
                    <button className="button button--warning button--small" type="submit">
                      {s.status === 'INVITED' ? 'Withdraw invitation' : 'End access'}
                      <span className="visually-hidden"> for {s.name}</span>
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>No one is helping with your plan on Support Market yet.</p>
      )}
      {ended.length > 0 && <p className="secondary">Ended: {ended.map((s) => s.name).join(', ')}.</p>}

      <h3 className="heading-m">Invite someone</h3>
      <form action={inviteSupporterAction} className="form">
        <input type="hidden" name="planId" value={planId} />
        <div className="form-group">
          <label className="label" htmlFor="supporter-email">
            Their email address
          </label>
          <p className="hint" id="supporter-email-hint">
            We email them an invitation. They accept it with an account using this email address.
          </p>
          <input className="input" id="supporter-email" name="email" type="email" autoComplete="off" spellCheck={false} aria-describedby="supporter-email-hint" required />
        </div>
        <div className="form-group">
          <label className="label" htmlFor="supporter-relationship">
            How they know you
          </label>
          <p className="hint" id="supporter-relationship-hint">
            For example: daughter, friend, support broker.
          </p>
          <input className="input" id="supporter-relationship" name="relationship" type="text" maxLength={100} aria-describedby="supporter-relationship-hint" required />
        </div>
        <div className="form-group">
          <fieldset className="fieldset">
            <legend className="fieldset__legend">What can they do?</legend>
            <div className="radios">
              {(['VIEW', 'BOOK', 'MANAGE'] as const).map((a) => (
                <div className="radios__item" key={a}>
                  <input className="radios__input" id={`supporter-access-${a}`} name="access" type="radio" value={a} defaultChecked={a === 'VIEW'} aria-describedby={`supporter-access-${a}-hint`} />
                  <label className="radios__label" htmlFor={`supporter-access-${a}`}>
                    {a === 'VIEW' ? 'Look only' : a === 'BOOK' ? 'Look and book' : 'Look, book and change my plan'}
                  </label>
                  <p className="hint radios__hint" id={`supporter-access-${a}-hint`}>
                    {a === 'VIEW'
                      ? 'They can see your plan, your money and your bookings.'
                      : a === 'BOOK'
                        ? 'They can also book and cancel sessions paid from your budgets, and message providers for you.'
                        : 'They can also change your plan, your goals and record how things are going.'}
                  </p>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <button className="button" type="submit">
          Send invitation
        </button>
      </form>

      <h3 className="heading-m">Who has looked at your plan</h3>
      {circle.readLog.length ? (
        <table className="table table--compact">
          <caption className="table__caption visually-hidden">Who has looked at your plan, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Who</th>
              <th scope="col">When</th>
            </tr>
          </thead>
          <tbody>
            {circle.readLog.map((r) => (
              <tr key={r.id}>
                <td>
                  {r.readerName} <span className="secondary">({r.relationship ?? ROLE_WORDS[r.readerRole] ?? r.readerRole})</span>
                </td>
                <td>{formatDateTime(r.readAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>No one else has looked at your plan yet.</p>
      )}
    </>
  );
}
