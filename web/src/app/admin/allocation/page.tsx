import type { Metadata } from 'next';
import { requireViewer } from '@/features/account/viewer';
import { publishAction } from '@/features/console/console-actions';
import { COUNCILS_QUERY, SCHEME_QUERY } from '@/features/console/console-operations';
import { penceFrom } from '@/features/console/money';
import { query } from '@/lib/apollo/server-client';
import { LIFE_AREA, formatDateLong, formatPence } from '@/lib/format';
import { Field } from '@/lib/ui/field';
import { Notice } from '@/lib/ui/notice';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Allocation table – Console – Support Market' };

const LEVELS = [
  ['somePoints', 'Some'],
  ['substantialPoints', 'Substantial'],
  ['criticalPoints', 'Critical'],
] as const;

// The council's current table, a form for the next version, and a preview of old against new before publishing.
// Published versions never change; budgets already agreed are not changed by a new table.
export default async function AllocationConsolePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requireViewer('/admin/allocation', ['ADMIN', 'COMMISSIONER']);
  const sp = await searchParams;
  const isAdmin = viewer.role === 'ADMIN';
  const code = isAdmin ? sp.la ?? '' : viewer.localAuthority?.code ?? '';
  const councils = isAdmin ? [...((await query({ query: COUNCILS_QUERY })).data?.commissioningAuthorities ?? [])].sort((a, b) => a.councilName.localeCompare(b.councilName)) : [];
  const scheme = code ? (await query({ query: SCHEME_QUERY, variables: { code } }).catch(() => ({ data: null }))).data?.allocationScheme ?? null : null;
  const proposedPence = sp.pencePerPoint !== undefined ? penceFrom(sp.pencePerPoint) : null;
  const proposedRates = scheme?.rates.map((r) => {
    const pick = (k: (typeof LEVELS)[number][0]) => {
      const raw = sp[`${r.lifeArea}.${k}`];
      const n = raw === undefined ? r[k] : Number(raw);
      return Number.isInteger(n) && n >= 0 && n <= 1000 ? n : null;
    };
    return { lifeArea: r.lifeArea, somePoints: pick('somePoints'), substantialPoints: pick('substantialPoints'), criticalPoints: pick('criticalPoints') };
  });
  const ratesOk = proposedRates?.every((r) => r.somePoints !== null && r.substantialPoints !== null && r.criticalPoints !== null) ?? false;
  const checking = !!sp.check && !!scheme && proposedPence !== null && ratesOk && !sp.error;
  const problem = sp.check && !checking && !sp.error ? 'Give the value of a point in pounds (like 12.50) and every rate as a whole number of points from 0 to 1000' : null;
  const changed = proposedRates?.filter((r, i) => LEVELS.some(([k]) => r[k] !== scheme!.rates[i][k])) ?? [];
  return (
    <>
      <a className="back-link" href="/admin">
        Back to the console
      </a>
      <h1 className="heading-xl">Allocation table</h1>
      <Notice done={sp.done} error={sp.error} messages={{ published: 'The new version is published. New budget estimates use it from now on.' }} />
      {problem && (
        <div className="notice notice--error" role="alert">
          <p className="notice__text">{problem}.</p>
        </div>
      )}
      {isAdmin && (
        <form method="get" action="/admin/allocation">
          <Field id="al-la" label="Council">
            <select className="select" id="al-la" name="la" defaultValue={code}>
              <option value="">Choose a council</option>
              {councils.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.councilName}
                </option>
              ))}
            </select>
          </Field>
          <button className="button button--secondary" type="submit">
            Show table
          </button>
        </form>
      )}
      {code && !scheme && <p>This council has no allocation table yet.</p>}
      {scheme && (
        <>
          <p>
            {scheme.localAuthority.councilName}, version {scheme.version}, published on {formatDateLong(scheme.publishedAt)}. A point is worth {formatPence(scheme.pencePerPoint)} a
            year. {scheme.note && <>What changed: {scheme.note}</>}
          </p>
          {checking ? (
            <>
              <h2 className="heading-l">Check before you publish version {scheme.version + 1}</h2>
              <dl className="summary-list">
                <div className="summary-list__row">
                  <dt>Value of a point, a year</dt>
                  <dd>
                    {formatPence(scheme.pencePerPoint)} now, {formatPence(proposedPence!)} in the new version
                  </dd>
                </div>
                <div className="summary-list__row">
                  <dt>Rates that change</dt>
                  <dd>
                    {changed.length === 0
                      ? 'None'
                      : changed.map((r) => {
                          const was = scheme.rates.find((x) => x.lifeArea === r.lifeArea)!;
                          return (
                            <p key={r.lifeArea}>
                              {LIFE_AREA[r.lifeArea]}: {was.somePoints}, {was.substantialPoints}, {was.criticalPoints} points now; {r.somePoints}, {r.substantialPoints},{' '}
                              {r.criticalPoints} in the new version
                            </p>
                          );
                        })}
                  </dd>
                </div>
                <div className="summary-list__row">
                  <dt>Example: critical need in every area</dt>
                  <dd>
                    {formatPence(scheme.rates.reduce((t, r) => t + r.criticalPoints, 0) * scheme.pencePerPoint)} a year now,{' '}
                    {formatPence(proposedRates!.reduce((t, r) => t + r.criticalPoints!, 0) * proposedPence!)} in the new version
                  </dd>
                </div>
                <div className="summary-list__row">
                  <dt>What changed and why</dt>
                  <dd>{sp.note || 'Not given'}</dd>
                </div>
              </dl>
              <p>Budgets already agreed do not change. Published versions are kept and cannot be edited.</p>
              <form action={publishAction}>
                <input type="hidden" name="localAuthorityCode" value={code} />
                <input type="hidden" name="pencePerPoint" value={sp.pencePerPoint} />
                <input type="hidden" name="rates" value={JSON.stringify(proposedRates)} />
                <input type="hidden" name="note" value={sp.note ?? ''} />
                <button className="button" type="submit">
                  Publish version {scheme.version + 1}
                </button>
              </form>
            </>
          ) : (
            <form method="get" action="/admin/allocation">
              {isAdmin && <input type="hidden" name="la" value={code} />}
              <input type="hidden" name="check" value="1" />
              <h2 className="heading-l">Make a new version</h2>
              <Field id="al-ppp" label="Value of a point a year, in pounds" hint={`Now ${formatPence(scheme.pencePerPoint)}`}>
                <input
                  className="input input--width-10"
                  id="al-ppp"
                  name="pencePerPoint"
                  inputMode="decimal"
                  defaultValue={sp.pencePerPoint ?? (scheme.pencePerPoint / 100).toFixed(2)}
                  aria-describedby="al-ppp-hint"
                />
              </Field>
              <table className="table">
                <caption className="table__caption">Points for each level of need</caption>
                <thead>
                  <tr>
                    <th scope="col">Life area</th>
                    {LEVELS.map(([k, label]) => (
                      <th scope="col" key={k}>
                        {label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {scheme.rates.map((r) => (
                    <tr key={r.lifeArea}>
                      <th scope="row">{LIFE_AREA[r.lifeArea]}</th>
                      {LEVELS.map(([k, label]) => (
                        <td key={k}>
                          <label className="visually-hidden" htmlFor={`${r.lifeArea}-${k}`}>
                            {LIFE_AREA[r.lifeArea]}, {label.toLowerCase()} need, points
                          </label>
                          <input className="input input--width-5" id={`${r.lifeArea}-${k}`} name={`${r.lifeArea}.${k}`} inputMode="numeric" defaultValue={sp[`${r.lifeArea}.${k}`] ?? r[k]} />
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
              <Field id="al-note" label="What changed and why (optional)">
                <input className="input" id="al-note" name="note" maxLength={1000} defaultValue={sp.note ?? ''} />
              </Field>
              <button className="button" type="submit">
                Preview the new version
              </button>
            </form>
          )}
        </>
      )}
    </>
  );
}
