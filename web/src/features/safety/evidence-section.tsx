import type { VerificationKind, VerificationStatus } from '@/gql/graphql';
import { submitEvidenceAction } from './safety-actions';
import { KIND_WORDS, VERIFICATION_STATUS_WORDS, ukDay } from './safety-words';

interface EvidenceProvider {
  id: string;
  name: string;
  verified: boolean;
  suspendedAt?: string | null;
  suspensionReason?: string | null;
  requiredVerifications: VerificationKind[];
  verifications: Array<{ id: string; kind: VerificationKind; status: VerificationStatus; reference?: string | null; reviewNote?: string | null; checkedAt?: string | null; expiresOn?: string | null }>;
}

const KINDS: VerificationKind[] = ['PUBLIC_LIABILITY_INSURANCE', 'DBS_CHECK', 'CQC_REGISTRATION', 'QUALIFICATION', 'REFERENCES'];

// The provider portal's evidence: what it must hold for what it offers, what it sent and where each piece has got to,
// and a form to send more. The public page shows what was checked and until when, never the reference.
export function EvidenceSection({ provider: p }: { provider: EvidenceProvider }) {
  const prefix = `evidence-${p.id}`;
  return (
    <div id={prefix}>
      {p.suspendedAt && (
        <div className="notice notice--error" role="status">
          <p className="notice__text">
            {p.name} is suspended: its offerings are out of search and cannot be booked. The reason: {p.suspensionReason}
          </p>
        </div>
      )}
      <h3 className="heading-m">Checks and evidence</h3>
      <p>
        {p.verified ? 'People see “Checked provider”.' : 'Not checked yet.'} For what you offer you must hold:{' '}
        {p.requiredVerifications.map((k) => KIND_WORDS[k]).join(', ')}.
      </p>
      {p.verifications.length > 0 && (
        <ul className="list list--bullet">
          {p.verifications.map((v) => (
            <li key={v.id}>
              {KIND_WORDS[v.kind]} ({v.reference}): {VERIFICATION_STATUS_WORDS[v.status].toLowerCase()}
              {v.checkedAt ? ` on ${ukDay(v.checkedAt)}` : ''}
              {v.expiresOn ? `, good until ${ukDay(v.expiresOn)}` : ''}
              {v.reviewNote ? `. Note: ${v.reviewNote}` : ''}
            </li>
          ))}
        </ul>
      )}
      <form action={submitEvidenceAction} className="form">
        <input type="hidden" name="providerId" value={p.id} />
        <div className="form-group">
          <label className="label" htmlFor={`${prefix}-kind`}>
            What is it?
          </label>
          <select className="select" id={`${prefix}-kind`} name="kind" defaultValue={p.requiredVerifications[0] ?? 'PUBLIC_LIABILITY_INSURANCE'}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_WORDS[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor={`${prefix}-reference`}>
            Certificate, registration or policy number
          </label>
          <p className="hint" id={`${prefix}-reference-hint`}>
            Only you and our checkers see it.
          </p>
          <input className="input" id={`${prefix}-reference`} name="reference" maxLength={100} required aria-describedby={`${prefix}-reference-hint`} />
        </div>
        <div className="form-group">
          <label className="label" htmlFor={`${prefix}-expires`}>
            Good until (leave empty if it does not run out)
          </label>
          <input className="input input--width-10" id={`${prefix}-expires`} name="expiresOn" type="date" />
        </div>
        <button className="button" type="submit">
          Send evidence<span className="visually-hidden"> for {p.name}</span>
        </button>
      </form>
    </div>
  );
}
