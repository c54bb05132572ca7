import type { LifeArea } from '@/gql/graphql';
import { formatPence, LIFE_AREA } from '@/lib/format';

export const LIFE_AREAS = Object.keys(LIFE_AREA) as LifeArea[];
const LEVELS = ['No help needed', 'Some help', 'A lot of help', 'Help with almost everything'];

export function CalculatorForm({ authorities, la, levels, laError }: { authorities: { code: string; councilName: string }[]; la: string; levels: Record<string, number>; laError?: string }) {
  return (
    <form method="get" action="/calculator" className="form">
      <div className={`form-group${laError ? ' form-group--error' : ''}`}>
        <label className="label" htmlFor="la">
          Your council
        </label>
        {laError && (
          <p className="error-message" id="la-error">
            <span className="visually-hidden">Error:</span> {laError}
          </p>
        )}
        <select className={`select${laError ? ' input--error' : ''}`} id="la" name="la" defaultValue={la} aria-describedby={laError ? 'la-error' : undefined} aria-invalid={laError ? true : undefined}>
          <option value="">Choose your council</option>
          {authorities.map((a) => (
            <option key={a.code} value={a.code}>
              {a.councilName}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="fieldset">
        <legend className="fieldset__legend fieldset__legend--m">How much help do you need with each part of life?</legend>
        <div className="grid-2">
          {LIFE_AREAS.map((a) => (
            <div className="form-group" key={a}>
              <label className="label" htmlFor={`need-${a}`}>
                {LIFE_AREA[a]}
              </label>
              <select className="select" id={`need-${a}`} name={a} defaultValue={String(levels[a] ?? 0)}>
                {LEVELS.map((l, i) => (
                  <option key={i} value={i}>
                    {l}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      </fieldset>
      <button className="button" type="submit">
        Work out my budget
      </button>
    </form>
  );
}

export function CalculatorResult({ result }: { result: NonNullable<import('@/gql/graphql').CalculatorQuery['indicativeBudget']> }) {
  const lines = result.breakdown.filter((l) => l.level > 0);
  return (
    <section className="panel panel--result" aria-labelledby="calc-result" tabIndex={-1} id="result">
      <h2 className="heading-l" id="calc-result">
        About {formatPence(result.annualPence)} a year
      </h2>
      <p>This is a guide, not a decision. Your council decides your budget with you.</p>
      <p>{result.explanation}</p>
      {lines.length > 0 && (
        <table className="table">
          <caption className="table__caption">How we worked it out ({result.localAuthority.name}, version {result.schemeVersion})</caption>
          <thead>
            <tr>
              <th scope="col">Part of life</th>
              <th scope="col" className="numeric">
                Points
              </th>
              <th scope="col" className="numeric">
                A year
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.lifeArea}>
                <th scope="row">{LIFE_AREA[l.lifeArea] ?? l.lifeArea}</th>
                <td className="numeric">{l.points}</td>
                <td className="numeric">{formatPence(l.pence)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
