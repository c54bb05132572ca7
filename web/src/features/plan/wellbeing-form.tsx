import { formatDate } from '@/lib/format';
import { wellbeingAction } from './plan-actions';

// The Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS), seven statements about the last two weeks.
const STATEMENTS = [
  "I've been feeling optimistic about the future",
  "I've been feeling useful",
  "I've been feeling relaxed",
  "I've been dealing with problems well",
  "I've been thinking clearly",
  "I've been feeling close to other people",
  "I've been able to make up my own mind about things",
];
const ANSWERS = ['None of the time', 'Rarely', 'Some of the time', 'Often', 'All of the time'];

export function WellbeingForm({ planId, checks }: { planId: string; checks: { id: string; rawScore: number; metricScore: number; recordedAt: string }[] }) {
  const recent = [...checks].reverse().slice(0, 5);
  return (
    <>
      {recent.length > 0 && (
        <table className="table">
          <caption className="table__caption">Your last wellbeing checks (score from 7 to 35: higher is better)</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col" className="numeric">
                Score
              </th>
            </tr>
          </thead>
          <tbody>
            {recent.map((c) => (
              <tr key={c.id}>
                <td>{formatDate(c.recordedAt)}</td>
                <td className="numeric">{c.metricScore.toFixed(1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <details className="details">
        <summary className="details__summary">Do a wellbeing check (7 questions, about 2 minutes)</summary>
        <form action={wellbeingAction}>
          <input type="hidden" name="planId" value={planId} />
          <p>Think about the last 2 weeks. There are no right or wrong answers.</p>
          {STATEMENTS.map((s, i) => (
            <fieldset className="fieldset fieldset--question" key={i}>
              <legend className="fieldset__legend">{s}</legend>
              <div className="radios radios--inline">
                {ANSWERS.map((a, v) => (
                  <div className="radios__item" key={v}>
                    <input className="radios__input" type="radio" name={`item${i}`} value={v + 1} id={`item${i}-${v + 1}`} required />
                    <label className="radios__label" htmlFor={`item${i}-${v + 1}`}>
                      {a}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          ))}
          <button className="button" type="submit">
            Save my answers
          </button>
        </form>
      </details>
    </>
  );
}
