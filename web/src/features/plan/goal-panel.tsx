import { graphql } from '@/gql';
import type { GoalPanelFragment } from '@/gql/graphql';
import { formatDate, LIFE_AREA } from '@/lib/format';
import { LineChart } from '@/lib/ui/charts';
import { recordOutcomeAction } from './plan-actions';

export const GOAL_PANEL_FRAGMENT = graphql(`
  fragment GoalPanel on Goal {
    id
    lifeArea
    description
    baselineScore
    latestScore
    scoreChange
    history {
      id
      score
      recordedAt
    }
  }
`);

function change(n: number): string {
  if (n > 0) return `up ${n} since you started`;
  if (n < 0) return `down ${-n} since you started`;
  return 'the same as when you started';
}

// One goal: where it started, where it is now, a small chart of every score, and a form to add today's score.
/** `mayChange`: false for a supporter who may not record scores (below MANAGE). */
export function GoalPanel({ goal: g, mayChange = true }: { goal: GoalPanelFragment; mayChange?: boolean }) {
  const points = g.history.map((h) => ({ x: new Date(h.recordedAt).getTime(), y: h.score }));
  const xMin = points[0]?.x ?? Date.now();
  const xMax = Math.max(points[points.length - 1]?.x ?? Date.now(), xMin + 86_400_000);
  return (
    <article className="card" aria-labelledby={`goal-${g.id}`}>
      <h3 className="heading-s" id={`goal-${g.id}`}>
        {g.description}
      </h3>
      <p className="secondary">{LIFE_AREA[g.lifeArea] ?? g.lifeArea}</p>
      <p>
        Now <strong>{g.latestScore} out of 10</strong>, {change(g.scoreChange)} ({g.baselineScore}).
      </p>
      {points.length > 1 && (
        <LineChart
          id={`goal-chart-${g.id}`}
          title={`Scores for “${g.description}”`}
          description={`${points.length} scores from ${formatDate(new Date(xMin))} to ${formatDate(new Date(xMax))}, from ${g.baselineScore} to ${g.latestScore} out of 10.`}
          series={[{ name: 'Your score (1 to 10)', points }]}
          yMin={0}
          yMax={10}
          yTicks={[0, 5, 10]}
          yFormat={(v) => String(v)}
          xFormat={(v) => formatDate(new Date(v))}
          xMin={xMin}
          xMax={xMax}
        />
      )}
      {mayChange && (
      <details className="details">
        <summary className="details__summary">
          Add a score<span className="visually-hidden"> for {g.description}</span>
        </summary>
        <form action={recordOutcomeAction} className="form-row">
          <input type="hidden" name="goalId" value={g.id} />
          <label className="label" htmlFor={`score-${g.id}`}>
            How are things now, from 1 (very hard) to 10 (very good)?
          </label>
          <select className="select" id={`score-${g.id}`} name="score" defaultValue={String(g.latestScore)}>
            {Array.from({ length: 10 }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          <button className="button button--secondary" type="submit">
            Save score
          </button>
        </form>
      </details>
      )}
    </article>
  );
}
