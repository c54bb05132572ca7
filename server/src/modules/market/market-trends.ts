import { disclose, discloseGroup } from '../../common/disclosure';
import type { Category } from '../catalogue/category.entity';
import { CategoryPrices, MarketMonth, PriceQuartiles } from './market.entity';
import type { MonthRow, PriceRow } from './market.repository';

// Assembles prices and monthly trends from the repository's rows: pure, so the rules are tested without a database.
// Prices are public facts; trend counts derived from people pass the same disclosure control as the gap table:
// plans in need each month on their own (a running count, not parts of a total), unmet searches and people with an
// outcome as groups over the twelve months (so no withheld month can be recovered from a twelve-month total).

/** The first day (UTC) of the month eleven months before `now`'s: the start of a twelve-month window. */
export function windowStart(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
}

function quartiles(q: [number, number, number] | null | undefined): PriceQuartiles | null {
  if (!q || q[1] === null) return null;
  return Object.assign(new PriceQuartiles(), {
    lowerQuartilePence: Math.round(q[0]),
    medianPence: Math.round(q[1]),
    upperQuartilePence: Math.round(q[2]),
  });
}

export function assemblePrices(categories: Category[], area: PriceRow[], national: PriceRow[], asOf: Date): CategoryPrices[] {
  const areaOf = new Map(area.map((r) => [r.category_id, r]));
  const nationalOf = new Map(national.map((r) => [r.category_id, r]));
  return categories.map((category) => {
    const a = areaOf.get(category.id);
    const n = nationalOf.get(category.id);
    const hourly = quartiles(a?.hourly);
    const nationalHourly = quartiles(n?.hourly);
    return Object.assign(new CategoryPrices(), {
      categoryId: category.id,
      category,
      offerings: a?.offerings ?? 0,
      session: quartiles(a?.session),
      hourly,
      nationalOfferings: n?.offerings ?? 0,
      nationalSession: quartiles(n?.session),
      nationalHourly,
      hourlyVsNational: hourly && nationalHourly && nationalHourly.medianPence > 0 ? Math.round((hourly.medianPence / nationalHourly.medianPence) * 100) / 100 : null,
      asOf,
    });
  });
}

export function assembleTrends(local: MonthRow[], remote: { month: string; new_offerings: number; free_places: number }[]): MarketMonth[] {
  const remoteOf = new Map(remote.map((r) => [r.month, r]));
  const unmet = discloseGroup(local.map((m) => m.unmet));
  const people = discloseGroup(local.map((m) => m.outcome_people));
  let plans = 0;
  let offerings = 0;
  return local.map((m, i) => {
    plans += m.new_plans;
    offerings += m.new_local_offerings + (remoteOf.get(m.month)?.new_offerings ?? 0);
    const demand = disclose(plans);
    const withheldPeople = people[i].suppressed || people[i].value === 0;
    return Object.assign(new MarketMonth(), {
      month: m.month,
      demand: demand.value,
      supply: offerings,
      freePlaces: m.local_free_places + (remoteOf.get(m.month)?.free_places ?? 0),
      unmetSearches: unmet[i].value,
      spentPence: Number(m.spent),
      outcomePeople: people[i].value,
      meanScoreChange: withheldPeople || m.mean_change === null ? null : Math.round(m.mean_change * 100) / 100,
      suppressed: demand.suppressed || unmet[i].suppressed || people[i].suppressed,
    });
  });
}
