import { graphql } from '@/gql';
import type { TrendMonthFragment } from '@/gql/graphql';
import { formatPence, formatPenceShort } from '@/lib/format';
import { LineChart } from '@/lib/ui/charts';

export const TREND_MONTH_FRAGMENT = graphql(`
  fragment TrendMonth on MarketMonth {
    month
    demand
    supply
    freePlaces
    unmetSearches
    spentPence
    outcomePeople
    meanScoreChange
    suppressed
  }
`);

const monthStart = (m: string) => Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)) - 1, 1);
const monthName = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
export const formatMonth = (m: string | number) => monthName.format(new Date(typeof m === 'number' ? m : monthStart(m)));

interface Measure {
  key: string;
  title: string;
  /** The heading of its column in the table. */
  column: string;
  value: (m: TrendMonthFragment) => number | null;
  format: (v: number) => string;
}

const count = (v: number) => Math.round(v).toLocaleString('en-GB');

export const MEASURES: Measure[] = [
  { key: 'demand', column: 'People needing support', title: 'People whose plans need support', value: (m) => m.demand, format: count },
  { key: 'supply', column: 'Offers', title: 'Offers reaching the area', value: (m) => m.supply, format: count },
  { key: 'free', column: 'Free places', title: 'Places left free in the month', value: (m) => m.freePlaces, format: count },
  { key: 'unmet', column: 'Searches finding nothing', title: 'Searches that found nothing', value: (m) => m.unmetSearches, format: count },
  { key: 'spend', column: 'Spend', title: 'Spend from council and NHS budgets', value: (m) => m.spentPence, format: (v) => formatPenceShort(Math.round(v)) },
  { key: 'outcomes', column: 'Change in goal scores', title: 'Average change in goal scores', value: (m) => m.meanScoreChange, format: (v) => `${v > 0 ? '+' : ''}${v.toFixed(1)}` },
];

function ticks(max: number): { top: number; ticks: number[] } {
  if (max <= 0) return { top: 1, ticks: [0, 1] };
  const step = 10 ** Math.floor(Math.log10(max));
  const top = Math.ceil(max / step) * step;
  return { top, ticks: [0, top / 2, top] };
}

function TrendChart({ measure, months, areaName }: { measure: Measure; months: TrendMonthFragment[]; areaName: string }) {
  const points = months.flatMap((m) => {
    const v = measure.value(m);
    return v == null ? [] : [{ x: monthStart(m.month), y: v }];
  });
  const values = points.map((p) => p.y);
  const lo = Math.min(0, ...values);
  const { top, ticks: yTicks } = ticks(Math.max(...values.map(Math.abs), 0));
  const withheld = months.length - points.length;
  const first = points[0];
  const last = points[points.length - 1];
  const description = points.length
    ? `From ${measure.format(first.y)} in ${formatMonth(first.x)} to ${measure.format(last.y)} in ${formatMonth(last.x)}.${withheld ? ` ${withheld} months withheld or with no figure.` : ''} The table below has every month.`
    : 'No figures to show: the table below says why.';
  return (
    <LineChart
      id={`trend-${measure.key}`}
      title={`${measure.title} in ${areaName}, month by month`}
      description={description}
      series={[{ name: measure.title, points }]}
      yMin={lo < 0 ? -top : 0}
      yMax={top}
      yTicks={lo < 0 ? [-top, 0, top] : yTicks}
      yFormat={measure.format}
      xFormat={(x) => formatMonth(x)}
      xMin={monthStart(months[0].month)}
      xMax={monthStart(months[months.length - 1].month)}
    />
  );
}

/** What one month shows for one measure: its figure, or why there is none. */
function cell(measure: Measure, m: TrendMonthFragment): string {
  const v = measure.value(m);
  if (v == null) return measure.key === 'outcomes' && m.outcomePeople === 0 ? 'No scores' : 'Withheld';
  if (measure.key !== 'outcomes') return measure.format(v);
  return `${measure.format(v)} (${m.outcomePeople == null ? 'fewer than 8 people' : `${m.outcomePeople} people`})`;
}

/**
 * Every month of every measure in one table, months down and measures across: one table reads across measures as
 * well as down the months, and it has under half the elements of a table per measure (the commissioner pages
 * are the largest the app draws: every element is laid out and hydrated).
 */
function TrendTable({ months, areaName }: { months: TrendMonthFragment[]; areaName: string }) {
  return (
    <div className="table-scroll" role="region" aria-label={`Trends in ${areaName}: table`} tabIndex={0}>
      <table className="table table--compact">
        <caption className="table__caption">Month by month in {areaName}</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            {MEASURES.map((measure) => (
              <th key={measure.key} scope="col" className="numeric">
                {measure.column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{formatMonth(m.month)}</th>
              {MEASURES.map((measure) => (
                <td key={measure.key} className="numeric">
                  {cell(measure, m)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Each measure as a chart, then every figure in one table: laid open for the statement (`print`), folded away otherwise. */
export function TrendsPanel({ months, areaName, print = false }: { months: TrendMonthFragment[]; areaName: string; print?: boolean }) {
  if (!months.length) return <p>No trends yet.</p>;
  return (
    <div className="trends">
      {MEASURES.map((measure) => (
        <section key={measure.key} className="trends__item" aria-labelledby={`trend-h-${measure.key}`}>
          <h3 className="heading-s" id={`trend-h-${measure.key}`}>
            {measure.title}
          </h3>
          <TrendChart measure={measure} months={months} areaName={areaName} />
        </section>
      ))}
      {print ? (
        <TrendTable months={months} areaName={areaName} />
      ) : (
        <details className="details">
          <summary className="details__summary">Every month as a table</summary>
          <TrendTable months={months} areaName={areaName} />
        </details>
      )}
      <p className="hint">
        Counts of people are withheld below 8 and otherwise rounded to the nearest 5; a month is also withheld when it would let someone work out a withheld one from the twelve-month total.
        Spend totals {formatPence(months.reduce((s, m) => s + m.spentPence, 0))} over these months.
      </p>
    </div>
  );
}
