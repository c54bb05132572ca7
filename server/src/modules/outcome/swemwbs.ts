import { badInput } from '../../common/app-error';

// The Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS): seven statements, each scored 1 (none of the time)
// to 5 (all of the time); the raw total (7-35) is converted to a metric score with the published Rasch conversion
// table (Stewart-Brown et al. 2009; warwick.ac.uk/swemwbs), which is what should be compared and averaged.
// SWEMWBS © University of Warwick; free to use for non-commercial purposes with registration.
export const SWEMWBS_ITEMS = 7;

const METRIC_BY_RAW: Readonly<Record<number, number>> = {
  7: 7.0, 8: 9.51, 9: 11.25, 10: 12.4, 11: 13.33, 12: 14.08, 13: 14.75, 14: 15.32, 15: 15.84, 16: 16.36,
  17: 16.88, 18: 17.43, 19: 17.98, 20: 18.59, 21: 19.25, 22: 19.98, 23: 20.73, 24: 21.54, 25: 22.35, 26: 23.21,
  27: 24.11, 28: 25.03, 29: 26.02, 30: 27.03, 31: 28.13, 32: 29.31, 33: 30.7, 34: 32.55, 35: 35.0,
};

/** The metric score for a raw total of 7-35. */
export function swemwbsMetric(raw: number): number {
  const metric = METRIC_BY_RAW[raw];
  if (metric === undefined) throw badInput('A SWEMWBS raw score is a whole number from 7 to 35.', 'items');
  return metric;
}

/** Scores seven answers of 1-5: the raw total and its metric score. */
export function scoreSwemwbs(items: readonly number[]): { raw: number; metric: number } {
  if (items.length !== SWEMWBS_ITEMS || !items.every((i) => Number.isInteger(i) && i >= 1 && i <= 5)) {
    throw badInput('Answer all seven wellbeing statements, each from 1 (none of the time) to 5 (all of the time).', 'items');
  }
  const raw = items.reduce((a, b) => a + b, 0);
  return { raw, metric: swemwbsMetric(raw) };
}
