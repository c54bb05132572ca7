import { DeliveryMode, PriceUnit } from '../catalogue/catalogue.enums';
import { disclose } from '../../common/disclosure';
import type { LifeArea } from '../catalogue/life-area';
import { LIFE_AREA_NAMES, listInWords } from '../plan/life-area-names';
import { MatchFactor } from './match.entity';

// The matching score: a weighted sum of seven factors, each scored 0..1 with a plain-language reason. Pure and
// deterministic: the same plan, candidates and clock always give the same scores and order (ties by offering id).
// The hard constraints (fit, reach, age, affordability) are applied before scoring, in SQL; see docs/plans-and-budgets.md
// for the same table in prose.
export const WEIGHTS: Readonly<Record<MatchFactor, number>> = {
  [MatchFactor.GOAL_FIT]: 0.3,
  [MatchFactor.DISTANCE]: 0.15,
  [MatchFactor.AFFORDABILITY]: 0.15,
  [MatchFactor.PREFERENCES]: 0.15,
  [MatchFactor.OUTCOMES]: 0.1,
  [MatchFactor.RATING]: 0.1,
  [MatchFactor.AVAILABILITY]: 0.05,
};
export const FACTORS = Object.keys(WEIGHTS) as MatchFactor[];

/** Availability looks this far ahead. */
export const AVAILABILITY_WINDOW_DAYS = 28;
/** Evidence and ratings are shrunk towards neutral by this many imaginary people, so one voice cannot dominate. */
const OUTCOME_PRIOR_PEOPLE = 3;
const RATING_PRIOR_COUNT = 3;
const RATING_PRIOR_MEAN = 3.5;

export interface PlanProfile {
  outcode: string;
  needCategoryIds: ReadonlySet<string>;
  goals: readonly { lifeArea: LifeArea }[];
  languages: readonly string[];
  deliveryModes: readonly DeliveryMode[];
  maxTravelKm: number;
  prefersPeerSupport: boolean;
  accessibility: readonly string[];
  availablePence: number;
}

export interface Candidate {
  offeringId: string;
  categoryId: string;
  categoryName: string;
  lifeAreas: readonly LifeArea[];
  deliveryModes: readonly DeliveryMode[];
  languages: readonly string[];
  accessibility: readonly string[];
  pricePence: number;
  priceUnit: PriceUnit;
  sessionMinutes: number;
  costPence: number;
  distanceKm: number;
  /** Within reach in person (or at home), not only online or by phone. */
  inPerson: boolean;
  peerLed: boolean;
  ratingCount: number;
  ratingSum: number;
  /** People with a completed booking of this offering and a recorded score on a goal it addresses. */
  outcomePeople: number;
  outcomeMeanChange: number | null;
  /** The first free slot in the availability window, and how many free slots the window has. */
  nextFreeAt: Date | null;
  freeSlots: number;
}

export interface FactorScore {
  factor: MatchFactor;
  score: number;
  weight: number;
  explanation: string;
}

export interface Scored {
  offeringId: string;
  score: number;
  reasons: FactorScore[];
}

type Part = { score: number; explanation: string };

export function scoreCandidate(plan: PlanProfile, c: Candidate, now: Date): Scored {
  const parts: Record<MatchFactor, Part> = {
    [MatchFactor.GOAL_FIT]: goalFit(plan, c),
    [MatchFactor.DISTANCE]: distance(plan, c),
    [MatchFactor.AFFORDABILITY]: affordability(plan, c),
    [MatchFactor.PREFERENCES]: preferences(plan, c),
    [MatchFactor.OUTCOMES]: outcomes(c),
    [MatchFactor.RATING]: rating(c),
    [MatchFactor.AVAILABILITY]: availability(c, now),
  };
  const reasons = FACTORS.map((factor) => ({ factor, score: round(clamp01(parts[factor].score), 3), weight: WEIGHTS[factor], explanation: parts[factor].explanation }));
  const score = round(reasons.reduce((sum, r) => sum + r.weight * r.score, 0), 4);
  return { offeringId: c.offeringId, score, reasons };
}

/** Best first; equal scores by offering id, so the order never depends on how the rows arrived. */
export function rank(plan: PlanProfile, candidates: readonly Candidate[], now: Date, first: number): Scored[] {
  return candidates
    .map((c) => scoreCandidate(plan, c, now))
    .sort((a, b) => b.score - a.score || (a.offeringId < b.offeringId ? -1 : a.offeringId > b.offeringId ? 1 : 0))
    .slice(0, first);
}

// ---------------------------------------------------------------- factors

/** Half for being a kind of support the plan asks for, half for the share of its goals' life areas it serves. */
function goalFit(plan: PlanProfile, c: Candidate): Part {
  const isNeed = plan.needCategoryIds.has(c.categoryId);
  const served = plan.goals.filter((g) => c.lifeAreas.includes(g.lifeArea));
  const areas = listInWords([...new Set(served.map((g) => LIFE_AREA_NAMES[g.lifeArea]))]);
  const goalShare = plan.goals.length ? served.length / plan.goals.length : 0;
  const needText = `${c.categoryName} is ${isNeed ? '' : 'not '}one of the kinds of support you asked for`;
  const goalText = served.length
    ? `it can help with ${served.length} of your ${plural(plan.goals.length, 'goal')} (${areas})`
    : `it does not address the life areas of your goals`;
  if (plan.needCategoryIds.size && plan.goals.length) {
    return { score: 0.5 * (isNeed ? 1 : 0) + 0.5 * goalShare, explanation: `${needText}, and ${goalText}.` };
  }
  if (plan.needCategoryIds.size) return { score: isNeed ? 1 : 0, explanation: `${needText}.` };
  if (plan.goals.length) return { score: goalShare, explanation: `${capitalise(goalText)}.` };
  return { score: 0.5, explanation: 'Your plan does not list needs or goals yet, so this counts as an average fit.' };
}

/** Remote and home-visit support needs no travel; otherwise it falls from 1 at the door to 0.2 at the travel limit. */
function distance(plan: PlanProfile, c: Candidate): Part {
  const modes = reachableModes(c);
  if (modes.includes(DeliveryMode.ONLINE) || modes.includes(DeliveryMode.PHONE)) {
    return { score: 1, explanation: 'Available online or by phone, so there is no travel.' };
  }
  if (modes.includes(DeliveryMode.HOME_VISIT)) {
    return { score: 1, explanation: `They come to you at home, and they cover ${plan.outcode}.` };
  }
  const limit = Math.max(plan.maxTravelKm, 0.1);
  return {
    score: 1 - 0.8 * Math.min(1, c.distanceKm / limit),
    explanation: `${km(c.distanceKm)} from ${plan.outcode}, within the ${km(plan.maxTravelKm)} you said you would travel.`,
  };
}

/** The share of the money left that one session would leave untouched. */
function affordability(plan: PlanProfile, c: Candidate): Part {
  if (c.costPence === 0) return { score: 1, explanation: 'Free.' };
  const share = c.costPence / plan.availablePence;
  const percent = share < 0.01 ? 'less than 1%' : `${Math.round(share * 100)}%`;
  return { score: 1 - share, explanation: `${priceText(c)}: ${percent} of the ${pounds(plan.availablePence)} left in your budget.` };
}

/** The mean of the preferences the plan states: language, delivery mode, peer support, access needs. */
function preferences(plan: PlanProfile, c: Candidate): Part {
  const parts: Part[] = [];
  if (plan.languages.length) {
    const offered = new Set(c.languages.map((l) => l.toLowerCase()));
    const wanted = plan.languages.map((l) => l.toLowerCase());
    const hit = wanted.filter((l) => offered.has(l));
    // "Runs in Urdu" says more than "Runs in English and Urdu" when both were asked for.
    const shown = hit.some((l) => l !== 'en') ? hit.filter((l) => l !== 'en') : hit;
    parts.push(
      hit.length
        ? { score: 1, explanation: `Runs in ${listInWords(shown.map(languageName))}, which you asked for` }
        : { score: 0, explanation: `Not in ${listInOrWords(wanted.map(languageName))}, which you asked for` },
    );
  }
  if (plan.deliveryModes.length) {
    const modes = reachableModes(c);
    const hit = plan.deliveryModes.filter((m) => modes.includes(m));
    const wanted = listInOrWords(plan.deliveryModes.map((m) => MODE_NAMES[m]));
    parts.push(
      hit.length
        ? { score: 1, explanation: `Offered ${listInWords(hit.map((m) => MODE_NAMES[m]))}, as you prefer` }
        : modes.length < c.deliveryModes.length
          ? { score: 0, explanation: `Only online or by phone where you live, not ${wanted} as you prefer` }
          : { score: 0, explanation: `Not offered ${wanted}, as you prefer` },
    );
  }
  if (plan.prefersPeerSupport) {
    parts.push(
      c.peerLed
        ? { score: 1, explanation: 'Peer-led, by people with lived experience, as you asked' }
        : { score: 0, explanation: 'Not peer-led, though you asked for peer support' },
    );
  }
  if (plan.accessibility.length) {
    const offered = new Set(c.accessibility.map((a) => a.trim().toLowerCase()));
    const met = plan.accessibility.filter((a) => offered.has(a.trim().toLowerCase()));
    const unmet = plan.accessibility.filter((a) => !offered.has(a.trim().toLowerCase()));
    const said = [met.length ? `Has ${listInWords(met)}, which you need` : '', unmet.length ? `does not list ${listInWords(unmet)}` : ''].filter(Boolean);
    parts.push({ score: met.length / plan.accessibility.length, explanation: capitalise(said.join(', but ')) });
  }
  if (parts.length === 0) return { score: 0.5, explanation: 'You have not set any preferences yet, so this counts as average.' };
  return { score: parts.reduce((s, p) => s + p.score, 0) / parts.length, explanation: `${parts.map((p) => p.explanation).join('; ')}.` };
}

/**
 * Mean change in goal scores of people who used it, shrunk towards 0 for few people; +2 points or more scores 1.
 * Outcome evidence follows the same disclosure rule as commissioners' figures: fewer than 8 people count as no
 * evidence (so no one's own progress can be read off a match), and the number shown is rounded to 5.
 */
function outcomes(c: Candidate): Part {
  if (c.outcomePeople === 0 || c.outcomeMeanChange === null) {
    return { score: 0.5, explanation: 'No outcomes recorded yet by people who used it, so this counts as average.' };
  }
  const shown = disclose(c.outcomePeople);
  if (shown.suppressed) {
    return { score: 0.5, explanation: 'Too few people have recorded outcomes yet to say, so this counts as average.' };
  }
  const shrunk = (c.outcomeMeanChange * c.outcomePeople) / (c.outcomePeople + OUTCOME_PRIOR_PEOPLE);
  const change = Math.abs(c.outcomeMeanChange).toFixed(1);
  const direction = c.outcomeMeanChange > 0 ? 'higher' : c.outcomeMeanChange < 0 ? 'lower' : 'no different';
  const who = `About ${shown.value} people who used it`;
  const text = direction === 'no different' ? `${who} rated their goals no differently on average.` : `${who} rated their goals ${change} points ${direction} on average.`;
  return { score: 0.5 + shrunk / 4, explanation: text };
}

/** A Bayesian average of the stars (3 imaginary reviews of 3.5), scaled from 1-5 to 0-1. */
function rating(c: Candidate): Part {
  if (c.ratingCount === 0) return { score: 0.5, explanation: 'No reviews yet, so this counts as average.' };
  const bayes = (c.ratingSum + RATING_PRIOR_MEAN * RATING_PRIOR_COUNT) / (c.ratingCount + RATING_PRIOR_COUNT);
  const average = (c.ratingSum / c.ratingCount).toFixed(1);
  return { score: (bayes - 1) / 4, explanation: `Rated ${average} out of 5 by ${plural(c.ratingCount, 'person', 'people')}.` };
}

/** Sooner is better: 1 for a free place today, falling to 0.25 at four weeks; 0 with none in the window. */
function availability(c: Candidate, now: Date): Part {
  if (!c.nextFreeAt || c.freeSlots === 0) return { score: 0, explanation: 'No free places in the next four weeks.' };
  const days = Math.max(0, (c.nextFreeAt.getTime() - now.getTime()) / 86_400_000);
  const when = DAY.format(c.nextFreeAt);
  return {
    score: 1 - 0.75 * Math.min(1, days / AVAILABILITY_WINDOW_DAYS),
    explanation: `Next free place on ${when}; ${plural(c.freeSlots, 'session')} with free places in the next four weeks.`,
  };
}

/** The ways the person can actually use it: beyond in-person reach, only online and by phone. */
function reachableModes(c: Candidate): readonly DeliveryMode[] {
  return c.inPerson ? c.deliveryModes : c.deliveryModes.filter((m) => m === DeliveryMode.ONLINE || m === DeliveryMode.PHONE);
}

// ---------------------------------------------------------------- words

// Built once: an Intl formatter costs far more to make than to use (every candidate is explained).
const MONEY = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const DAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'Europe/London' });
const LANGUAGES = new Intl.DisplayNames(['en'], { type: 'language' });

const MODE_NAMES: Record<DeliveryMode, string> = {
  [DeliveryMode.IN_PERSON]: 'in person',
  [DeliveryMode.HOME_VISIT]: 'at home',
  [DeliveryMode.ONLINE]: 'online',
  [DeliveryMode.PHONE]: 'by phone',
  [DeliveryMode.GROUP]: 'in a group',
};

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English', cy: 'Welsh', gd: 'Scottish Gaelic', ur: 'Urdu', pa: 'Punjabi', bn: 'Bengali', ar: 'Arabic', so: 'Somali',
  pl: 'Polish', ro: 'Romanian', gu: 'Gujarati', ta: 'Tamil', tr: 'Turkish', zh: 'Chinese', pt: 'Portuguese', es: 'Spanish',
  fr: 'French', bfi: 'British Sign Language',
};

export function languageName(code: string): string {
  const known = LANGUAGE_NAMES[code.toLowerCase()];
  if (known) return known;
  try {
    return LANGUAGES.of(code) ?? code;
  } catch {
    return code;
  }
}

function priceText(c: Candidate): string {
  const unit = { [PriceUnit.SESSION]: 'a session', [PriceUnit.HOUR]: 'an hour', [PriceUnit.DAY]: 'a day', [PriceUnit.WEEK]: 'a week' }[c.priceUnit];
  const base = `${pounds(c.pricePence)} ${unit}`;
  if (c.priceUnit !== PriceUnit.HOUR || c.costPence === c.pricePence) return base;
  const hours = c.sessionMinutes / 60;
  return `${base} (${pounds(c.costPence)} for a ${Number.isInteger(hours) ? hours : hours.toFixed(1)}-hour session)`;
}

function listInOrWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function pounds(pence: number): string {
  return `£${MONEY.format(pence / 100)}`;
}

function km(value: number): string {
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} km`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

function round(x: number, places: number): number {
  const f = 10 ** places;
  return Math.round(x * f) / f;
}
