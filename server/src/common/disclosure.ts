// Disclosure control for counts derived from people (NHS Digital's rule for small numbers):
// 0 is shown as 0; 1-7 is withheld; anything else is rounded to the nearest 5.
// Secondary suppression: in any set of cells published together with their total, a withheld cell never stands
// alone — the smallest other non-zero cell is withheld too — so no withheld count can be recovered by subtracting
// the published cells from the total.
export const THRESHOLD = 7;

export interface Disclosed {
  value: number | null;
  suppressed: boolean;
}

export function roundToFive(n: number): number {
  return 5 * Math.round(n / 5);
}

export function disclose(n: number): Disclosed {
  if (!Number.isInteger(n) || n < 0) throw new Error(`Counts are whole numbers >= 0 (got ${n})`);
  if (n === 0) return { value: 0, suppressed: false };
  if (n <= THRESHOLD) return { value: null, suppressed: true };
  return { value: roundToFive(n), suppressed: false };
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
    if (pick >= 0) out[pick] = { value: null, suppressed: true };
  }
  return out;
}
