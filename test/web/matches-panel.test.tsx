import { renderToStaticMarkup } from 'react-dom/server';
import { MatchesPanel } from '@/features/plan/matches-panel';
import type { MatchesQuery } from '@/gql/graphql';

// How a suggestion's cost is said (issue 15): free is "Free", never "£0.00 from your budget"; without a budget a
// price is shown plainly, with no talk of a budget.
const match = (sessionCostPence: number, pricePence: number) =>
  ({
    score: 0.8,
    sessionCostPence,
    offering: { id: `o${pricePence}`, title: `Group ${pricePence}`, pricePence, priceUnit: 'SESSION', provider: { name: 'Circle' } },
    reasons: [{ factor: 'AFFORDABILITY', explanation: 'Free.', score: 1, weight: 0.15 }],
  }) as unknown as MatchesQuery['matches'][number];

describe('suggestions on My plan', () => {
  it('says a free session is free, with or without a budget', () => {
    for (const hasBudget of [true, false]) {
      const html = renderToStaticMarkup(<MatchesPanel matches={[match(0, 0)]} hasBudget={hasBudget} />);
      expect(html).toContain('Circle · Free');
      expect(html).not.toMatch(/£0\.00|from your budget/);
    }
  });

  it('shows a price plainly to someone without a budget, and what it takes from the budget to someone with one', () => {
    expect(renderToStaticMarkup(<MatchesPanel matches={[match(1200, 1200)]} hasBudget={false} />)).not.toContain('budget');
    expect(renderToStaticMarkup(<MatchesPanel matches={[match(1200, 1200)]} hasBudget />)).toContain('one session costs £12.00 from your budget');
  });

  it('points somewhere when there is nothing to suggest', () => {
    expect(renderToStaticMarkup(<MatchesPanel matches={[]} hasBudget={false} />)).toContain('change your plan above');
  });
});
