import { renderToStaticMarkup } from 'react-dom/server';
import { BudgetPanel } from '@/features/plan/budget-panel';
import type { BudgetPanelFragment } from '@/gql/graphql';

// The money chart on /plan: the balance moves in steps, the even-spending line is straight from the total at the
// start of the period to nothing at its end.
const budget = {
  __typename: 'Budget',
  id: 'b1',
  fundingSource: 'PERSONAL_BUDGET',
  allocatedPence: 100_000,
  committedPence: 1_500,
  spentPence: 0,
  availablePence: 98_500,
  periodStartDate: '2026-01-01',
  periodEndDate: '2026-12-31',
  statement: {
    edges: [
      { node: { id: 'l1', kind: 'ALLOCATION', amountPence: 100_000, availableChangePence: 100_000, availableAfterPence: 100_000, createdAt: '2026-01-01T09:00:00Z', note: null, description: 'Money added' } },
      { node: { id: 'l2', kind: 'HOLD', amountPence: 1_500, availableChangePence: -1_500, availableAfterPence: 98_500, createdAt: '2026-03-01T09:00:00Z', note: null, description: 'Held for a booking' } },
    ],
    pageInfo: { hasNextPage: false },
  },
} as unknown as BudgetPanelFragment;

function paths(html: string): string[] {
  return [...html.matchAll(/<g class="([^"]+)"><path d="([^"]+)"/g)].map((m) => `${m[1]}|${m[2]}`);
}

describe('budget money chart', () => {
  it('draws spending evenly as one straight line from the total to zero, and the balance as steps', () => {
    const html = renderToStaticMarkup(<BudgetPanel budget={budget} />);
    const [actual, plan] = paths(html);
    expect(plan).toMatch(/^chart__series chart__series--plan\|M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    const [, x0, y0, x1, y1] = /M([\d.]+),([\d.]+)L([\d.]+),([\d.]+)/.exec(plan)!.map(Number);
    expect(x1).toBeGreaterThan(x0);
    expect(y1).toBeGreaterThan(y0); // SVG y grows downwards: from the top (the total) to the axis (zero)
    expect(actual).toMatch(/\|M[\d.]+,[\d.]+(H[\d.]+V[\d.]+)+$/);
  });
});

describe('chart points', () => {
  it('marks every point of a solid series as a dot in one path, and the dashed series with none', () => {
    const html = renderToStaticMarkup(<BudgetPanel budget={budget} />);
    expect(html).not.toContain('<circle');
    const dots = [...html.matchAll(/<path class="chart__points" d="([^"]+)"/g)].map((m) => m[1]);
    expect(dots).toHaveLength(1); // the balance only: the even-spending line has no points to mark
    // The start of the period, the allocation, the hold and now: four points, each a zero-length segment that the
    // round cap draws as a dot.
    expect(dots[0]).toMatch(/^(M[\d.]+,[\d.]+h0){4}$/);
    // Each dot sits on a corner of the balance line: its start, and the end of each step (H to x, then V to y).
    const line = paths(html)[0].split('|')[1];
    const corners = [/^M([\d.]+),([\d.]+)/.exec(line)!.slice(1).join(','), ...[...line.matchAll(/H([\d.]+)V([\d.]+)/g)].map((m) => `${m[1]},${m[2]}`)];
    expect([...dots[0].matchAll(/M([\d.]+,[\d.]+)h0/g)].map((m) => m[1])).toEqual(corners);
  });
});
