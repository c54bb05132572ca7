// Disclosure control for counts derived from people (NHS Digital's rule for small numbers):
// 0 is shown as 0; 1-7 is withheld; anything else is rounded to the nearest 5.
// Secondary suppression: in any set of cells published together with their total, a withheld cell never stands
// alone — the smallest other non-zero cell is withheld too — so no withheld count can be recovered by subtracting
// the published cells from the total.
// What may still be published about a withheld cell is what anyone knows from the rule itself: a cell withheld for
// being small is 1 to 7, one withheld to protect another is more than 7. `low` and `high` say so (for a shown cell
// both are the shown value), so figures derived from them (a banded gap) never depend on the withheld count.
export const THRESHOLD = 7;

export interface Disclosed {
  value: number | null;
  suppressed: boolean;
  /** The least the cell can be, from the published value or the rule. */
  low: number;
  /** The most it can be; null when the rule gives no upper bound. */
  high: number | null;
}

export function roundToFive(n: number): number {
  return 5 * Math.round(n / 5);
}

const SMALL: Disclosed = { value: null, suppressed: true, low: 1, high: THRESHOLD };
const PROTECTING: Disclosed = { value: null, suppressed: true, low: THRESHOLD + 1, high: null };

export function disclose(n: number): Disclosed {
  if (!Number.isInteger(n) || n < 0) throw new Error(`Counts are whole numbers >= 0 (got ${n})`);
  if (n === 0) return { value: 0, suppressed: false, low: 0, high: 0 };
  if (n <= THRESHOLD) return { ...SMALL };
  const value = roundToFive(n);
  return { value, suppressed: false, low: value, high: value };
}

/** Discloses a set of counts that add up to a published total, with secondary suppression. */
export function discloseGroup(counts: number[]): Disclosed[] {
  const out = counts.map(disclose);
  const withheld = out.filter((d) => d.suppressed).length;
  if (withheld === 1) {
    let pick = -1;
    counts.forEach((c, i) => {
      if (!out[i].suppressed && c > 0 && (pick < 0 || c < counts[pick])) pick = i;
    });
    if (pick >= 0) out[pick] = { ...PROTECTING };
  }
  return out;
}
