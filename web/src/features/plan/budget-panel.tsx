import { graphql } from '@/gql';
import type { BudgetPanelFragment } from '@/gql/graphql';
import { formatDate, formatDateTime, formatPence, formatPenceShort, FUNDING_SOURCE } from '@/lib/format';
import { LineChart } from '@/lib/ui/charts';

export const BUDGET_PANEL_FRAGMENT = graphql(`
  fragment BudgetPanel on Budget {
    id
    fundingSource
    allocatedPence
    committedPence
    spentPence
    availablePence
    periodStartDate
    periodEndDate
    statement(first: 50) {
      edges {
        node {
          id
          kind
          amountPence
          availableChangePence
          availableAfterPence
          createdAt
          note
          description
          actedFor
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);


const day = (d: string) => new Date(`${d}T00:00:00Z`).getTime();

function niceMax(v: number): number {
  if (v <= 0) return 100;
  const mag = 10 ** Math.floor(Math.log10(v));
  return Math.ceil(v / mag) * mag;
}

// Held / spent / left, a burn-down of the money left against an even spend over the period, and the statement.
export function BudgetPanel({ budget: b }: { budget: BudgetPanelFragment }) {
  const lines = b.statement.edges.map((e) => e.node);
  const start = day(b.periodStartDate);
  const end = Math.max(day(b.periodEndDate), start + 86_400_000);
  const actual = [
    { x: start, y: lines[0]?.availableAfterPence ?? b.availablePence },
    ...lines.map((l) => ({ x: Math.max(start, new Date(l.createdAt).getTime()), y: l.availableAfterPence })),
    { x: Math.min(Math.max(Date.now(), start), end), y: b.availablePence },
  ];
  const yMax = niceMax(Math.max(b.allocatedPence, ...actual.map((p) => p.y)));
  const title = FUNDING_SOURCE[b.fundingSource] ?? b.fundingSource;
  return (
    <article className="card" aria-labelledby={`budget-${b.id}`}>
      <h3 className="heading-m" id={`budget-${b.id}`}>
        {title}
      </h3>
      <p className="secondary">
        From {formatDate(b.periodStartDate)} to {formatDate(b.periodEndDate)}
      </p>
      <dl className="figures">
        <div className="figure figure--main">
          <dt>Left to spend</dt>
          <dd data-testid={`available-${b.id}`}>{formatPence(b.availablePence)}</dd>
        </div>
        <div className="figure">
          <dt>Held for bookings</dt>
          <dd>{formatPence(b.committedPence)}</dd>
        </div>
        <div className="figure">
          <dt>Spent</dt>
          <dd>{formatPence(b.spentPence)}</dd>
        </div>
        <div className="figure">
          <dt>Total budget</dt>
          <dd>{formatPence(b.allocatedPence)}</dd>
        </div>
      </dl>
      <LineChart
        id={`burn-${b.id}`}
        title={`Money left in your ${title.toLowerCase()}`}
        description={`The money left went from ${formatPence(actual[0].y)} to ${formatPence(b.availablePence)}. The dashed line shows spending evenly until ${formatDate(b.periodEndDate)}.`}
        series={[
          { name: 'Money left', points: actual, className: 'chart__series', step: true },
          { name: 'Spending evenly over the period', points: [{ x: start, y: b.allocatedPence }, { x: end, y: 0 }], dashed: true, className: 'chart__series chart__series--plan' },
        ]}
        yMax={yMax}
        yTicks={[0, yMax / 2, yMax]}
        yFormat={formatPenceShort}
        xFormat={(v) => formatDate(new Date(v))}
        xMin={start}
        xMax={end}
      />
      <details className="details">
        <summary className="details__summary">
          Statement ({lines.length} {lines.length === 1 ? 'line' : 'lines'})
        </summary>
        <div className="table-scroll" role="region" aria-label={`Statement for ${title}`} tabIndex={0}>
          <table className="table">
            <caption className="table__caption visually-hidden">Statement for {title}, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">What happened</th>
                <th scope="col" className="numeric">
                  Change
                </th>
                <th scope="col" className="numeric">
                  Left after
                </th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l) => (
                <tr key={l.id}>
                  <td>{formatDateTime(l.createdAt)}</td>
                  <td>
                    {l.description}
                    {l.actedFor && <span className="secondary"> By {l.actedFor}</span>}
                  </td>
                  <td className="numeric">{l.availableChangePence === 0 ? '–' : `${l.availableChangePence > 0 ? '+' : '−'}${formatPence(Math.abs(l.availableChangePence))}`}</td>
                  <td className="numeric">{formatPence(l.availableAfterPence)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {b.statement.pageInfo.hasNextPage && <p className="hint">Showing the first 50 lines. Download the statement to see them all.</p>}
        <p>
          <a href={`/plan/statement/${b.id}`} download>
            Download the statement (CSV spreadsheet)
          </a>
        </p>
      </details>
    </article>
  );
}
