import type { MatchesQuery } from '@/gql/graphql';
import { formatPence, formatPrice } from '@/lib/format';

const FACTOR: Record<string, string> = {
  GOAL_FIT: 'Fits your goals',
  DISTANCE: 'Distance',
  AFFORDABILITY: 'Cost',
  AVAILABILITY: 'Free times',
  PREFERENCES: 'What you prefer',
  RATING: 'Reviews',
  OUTCOMES: 'How it helped others',
};

// Recommended matches with their reasons: the strongest reasons first, each in words.
export function MatchesPanel({ matches, hasBudget }: { matches: MatchesQuery['matches']; hasBudget: boolean }) {
  if (!matches.length) return <p>We have no suggestions that fit your plan yet. Try a <a href="/">search</a>, or change your plan above.</p>;
  return (
    <ol className="matches">
      {matches.map((m) => {
        const reasons = [...m.reasons].sort((a, b) => b.score * b.weight - a.score * a.weight).slice(0, 3);
        return (
          <li key={m.offering.id} className="match">
            <h3 className="heading-s">
              <a href={`/offerings/${m.offering.id}`}>{m.offering.title}</a>
            </h3>
            <p className="secondary">
              {m.offering.provider.name} · {m.sessionCostPence === 0
                ? 'Free'
                : hasBudget
                  ? `${formatPrice(m.offering.pricePence, m.offering.priceUnit)} · one session costs ${formatPence(m.sessionCostPence)} from your budget`
                  : `${formatPrice(m.offering.pricePence, m.offering.priceUnit)} · one session costs ${formatPence(m.sessionCostPence)}`}
            </p>
            <p>
              Match: <strong>{Math.round(m.score * 100)} out of 100</strong>. Why we suggest it:
            </p>
            <ul className="list list--bullet">
              {reasons.map((r) => (
                <li key={r.factor}>
                  <strong>{FACTOR[r.factor] ?? r.factor}:</strong> {r.explanation}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
