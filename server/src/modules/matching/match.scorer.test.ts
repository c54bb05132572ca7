import { DeliveryMode, PriceUnit } from '../catalogue/catalogue.enums';
import { LifeArea } from '../catalogue/life-area';
import { MatchFactor } from './match.entity';
import { FACTORS, languageName, rank, scoreCandidate, WEIGHTS, type Candidate, type PlanProfile } from './match.scorer';

const NOW = new Date('2026-03-02T09:00:00Z'); // a Monday
const PEER = 'cat-peer';
const COURSE = 'cat-course';

const plan = (f: Partial<PlanProfile> = {}): PlanProfile => ({
  outcode: 'M14',
  needCategoryIds: new Set([PEER]),
  goals: [{ lifeArea: LifeArea.SOCIAL_CONNECTION }, { lifeArea: LifeArea.WORK_AND_LEARNING }],
  languages: [],
  deliveryModes: [],
  maxTravelKm: 10,
  prefersPeerSupport: false,
  accessibility: [],
  availablePence: 10_000,
  ...f,
});

const candidate = (f: Partial<Candidate> = {}): Candidate => ({
  offeringId: 'o-1',
  categoryId: PEER,
  categoryName: 'Peer support',
  lifeAreas: [LifeArea.SOCIAL_CONNECTION, LifeArea.MENTAL_WELLBEING],
  deliveryModes: [DeliveryMode.GROUP, DeliveryMode.IN_PERSON],
  languages: ['en'],
  accessibility: [],
  pricePence: 1_000,
  priceUnit: PriceUnit.SESSION,
  sessionMinutes: 60,
  costPence: 1_000,
  distanceKm: 5,
  inPerson: true,
  peerLed: false,
  ratingCount: 0,
  ratingSum: 0,
  outcomePeople: 0,
  outcomeMeanChange: null,
  nextFreeAt: null,
  freeSlots: 0,
  ...f,
});

const reason = (p: PlanProfile, c: Candidate, factor: MatchFactor) => scoreCandidate(p, c, NOW).reasons.find((r) => r.factor === factor)!;

describe('match weights', () => {
  it('cover every factor once and sum to 1', () => {
    expect(FACTORS).toEqual(Object.values(MatchFactor));
    expect(FACTORS.reduce((s, f) => s + WEIGHTS[f], 0)).toBeCloseTo(1, 12);
  });

  it('make the total the weighted sum of the factor scores, within 0..1', () => {
    const s = scoreCandidate(plan(), candidate({ ratingCount: 3, ratingSum: 12, nextFreeAt: new Date(NOW.getTime() + 3 * 86_400_000), freeSlots: 2 }), NOW);
    expect(s.reasons.map((r) => r.factor)).toEqual(FACTORS);
    expect(s.score).toBeCloseTo(s.reasons.reduce((t, r) => t + r.weight * r.score, 0), 4);
    for (const r of s.reasons) expect(r.score).toBeGreaterThanOrEqual(0);
    for (const r of s.reasons) expect(r.score).toBeLessThanOrEqual(1);
  });
});

describe('match factors', () => {
  it('goal fit: half for a listed need, half for the share of goals served', () => {
    expect(reason(plan(), candidate(), MatchFactor.GOAL_FIT)).toMatchObject({
      score: 0.75,
      explanation: 'Peer support is one of the kinds of support you asked for, and it can help with 1 of your 2 goals (social connection).',
    });
    expect(reason(plan(), candidate({ categoryId: COURSE, categoryName: 'Learning and skills', lifeAreas: [LifeArea.WORK_AND_LEARNING] }), MatchFactor.GOAL_FIT)).toMatchObject({
      score: 0.25,
      explanation: 'Learning and skills is not one of the kinds of support you asked for, and it can help with 1 of your 2 goals (work and learning).',
    });
    expect(reason(plan({ goals: [] }), candidate(), MatchFactor.GOAL_FIT).score).toBe(1);
    expect(reason(plan({ needCategoryIds: new Set() }), candidate(), MatchFactor.GOAL_FIT)).toMatchObject({ score: 0.5, explanation: 'It can help with 1 of your 2 goals (social connection).' });
  });

  it('distance: no travel for remote or home support; otherwise falling linearly to 0.2 at the travel limit', () => {
    expect(reason(plan(), candidate({ deliveryModes: [DeliveryMode.ONLINE], distanceKm: 300 }), MatchFactor.DISTANCE)).toMatchObject({ score: 1, explanation: 'Available online or by phone, so there is no travel.' });
    expect(reason(plan(), candidate({ deliveryModes: [DeliveryMode.HOME_VISIT], distanceKm: 12 }), MatchFactor.DISTANCE)).toMatchObject({ score: 1, explanation: 'They come to you at home, and they cover M14.' });
    expect(reason(plan(), candidate({ distanceKm: 0 }), MatchFactor.DISTANCE).score).toBe(1);
    expect(reason(plan(), candidate({ distanceKm: 5 }), MatchFactor.DISTANCE)).toMatchObject({ score: 0.6, explanation: '5.0 km from M14, within the 10 km you said you would travel.' });
    expect(reason(plan(), candidate({ distanceKm: 10 }), MatchFactor.DISTANCE).score).toBe(0.2);
  });

  it('affordability: the share of the money left that one session leaves', () => {
    expect(reason(plan(), candidate({ costPence: 0, pricePence: 0 }), MatchFactor.AFFORDABILITY)).toMatchObject({ score: 1, explanation: 'Free.' });
    expect(reason(plan(), candidate(), MatchFactor.AFFORDABILITY)).toMatchObject({ score: 0.9, explanation: '£10.00 a session: 10% of the £100.00 left in your budget.' });
    expect(reason(plan(), candidate({ priceUnit: PriceUnit.HOUR, pricePence: 1_800, sessionMinutes: 120, costPence: 3_600 }), MatchFactor.AFFORDABILITY)).toMatchObject({
      score: 0.64, explanation: '£18.00 an hour (£36.00 for a 2-hour session): 36% of the £100.00 left in your budget.',
    });
    expect(reason(plan({ availablePence: 1_000_000 }), candidate(), MatchFactor.AFFORDABILITY).explanation).toMatch(/less than 1% of the £10,000.00/);
  });

  it('preferences: the mean of the ones stated, each explained', () => {
    const p = plan({ languages: ['ur', 'en'], deliveryModes: [DeliveryMode.ONLINE], prefersPeerSupport: true, accessibility: ['Hearing loop', 'quiet space'] });
    const r = reason(p, candidate({ languages: ['en', 'ur'], peerLed: true, accessibility: ['hearing loop'] }), MatchFactor.PREFERENCES);
    expect(r.score).toBeCloseTo((1 + 0 + 1 + 0.5) / 4, 3);
    expect(r.explanation).toBe(
      'Runs in Urdu, which you asked for; Not offered online, as you prefer; Peer-led, by people with lived experience, as you asked; Has Hearing loop, which you need, but does not list quiet space.',
    );
    expect(reason(plan({ languages: ['cy', 'bfi'] }), candidate(), MatchFactor.PREFERENCES)).toMatchObject({ score: 0, explanation: 'Not in Welsh or British Sign Language, which you asked for.' });
    // In person far away and online: for this person it is online only.
    const faraway = candidate({ deliveryModes: [DeliveryMode.GROUP, DeliveryMode.IN_PERSON, DeliveryMode.ONLINE], inPerson: false, distanceKm: 250 });
    expect(reason(plan({ deliveryModes: [DeliveryMode.IN_PERSON] }), faraway, MatchFactor.PREFERENCES)).toMatchObject({
      score: 0, explanation: 'Only online or by phone where you live, not in person as you prefer.',
    });
    expect(reason(plan({ deliveryModes: [DeliveryMode.ONLINE] }), faraway, MatchFactor.PREFERENCES)).toMatchObject({ score: 1, explanation: 'Offered online, as you prefer.' });
    expect(reason(plan(), candidate(), MatchFactor.PREFERENCES)).toMatchObject({ score: 0.5, explanation: 'You have not set any preferences yet, so this counts as average.' });
  });

  it('outcomes: neutral without evidence or with too few people to disclose; shrunk towards neutral for few people', () => {
    expect(reason(plan(), candidate(), MatchFactor.OUTCOMES).score).toBe(0.5);
    const one = reason(plan(), candidate({ outcomePeople: 1, outcomeMeanChange: 4 }), MatchFactor.OUTCOMES);
    expect(one).toEqual({ factor: MatchFactor.OUTCOMES, score: 0.5, weight: expect.any(Number), explanation: 'Too few people have recorded outcomes yet to say, so this counts as average.' });
    const eight = reason(plan(), candidate({ outcomePeople: 8, outcomeMeanChange: 2 }), MatchFactor.OUTCOMES);
    expect(eight.explanation).toBe('About 10 people who used it rated their goals 2.0 points higher on average.');
    const many = reason(plan(), candidate({ outcomePeople: 30, outcomeMeanChange: 2 }), MatchFactor.OUTCOMES);
    expect(many.score).toBeGreaterThan(eight.score);
    expect(many.score).toBeGreaterThan(0.9);
    expect(reason(plan(), candidate({ outcomePeople: 9, outcomeMeanChange: -1 }), MatchFactor.OUTCOMES).score).toBeLessThan(0.5);
  });

  it('rating: a Bayesian average, so one five-star review does not beat many good ones', () => {
    const single = reason(plan(), candidate({ ratingCount: 1, ratingSum: 5 }), MatchFactor.RATING);
    const many = reason(plan(), candidate({ ratingCount: 40, ratingSum: 180 }), MatchFactor.RATING);
    expect(many.score).toBeGreaterThan(single.score);
    expect(many.explanation).toBe('Rated 4.5 out of 5 by 40 people.');
    expect(reason(plan(), candidate(), MatchFactor.RATING)).toMatchObject({ score: 0.5, explanation: 'No reviews yet, so this counts as average.' });
  });

  it('availability: sooner is better, none in four weeks scores 0', () => {
    const at = (days: number) => reason(plan(), candidate({ nextFreeAt: new Date(NOW.getTime() + days * 86_400_000), freeSlots: 3 }), MatchFactor.AVAILABILITY);
    expect(at(0).score).toBe(1);
    expect(at(14).score).toBeCloseTo(0.625, 3);
    expect(at(1).explanation).toBe('Next free place on Tuesday 3 March; 3 sessions with free places in the next four weeks.');
    expect(reason(plan(), candidate(), MatchFactor.AVAILABILITY)).toMatchObject({ score: 0, explanation: 'No free places in the next four weeks.' });
  });

  it('names languages people use', () => {
    expect(['ur', 'cy', 'bfi', 'pl', 'bn', 'de'].map(languageName)).toEqual(['Urdu', 'Welsh', 'British Sign Language', 'Polish', 'Bengali', 'German']);
  });
});

describe('ranking', () => {
  it('is best first, ties broken by offering id, whatever order the candidates came in', () => {
    const list = [
      candidate({ offeringId: 'c', distanceKm: 9 }),
      candidate({ offeringId: 'b', distanceKm: 1 }),
      candidate({ offeringId: 'a', distanceKm: 9 }),
      candidate({ offeringId: 'd', distanceKm: 1, ratingCount: 10, ratingSum: 50 }),
    ];
    const order = rank(plan(), list, NOW, 10).map((s) => s.offeringId);
    expect(order).toEqual(['d', 'b', 'a', 'c']);
    expect(rank(plan(), [...list].reverse(), NOW, 10).map((s) => s.offeringId)).toEqual(order);
    expect(rank(plan(), list, NOW, 2).map((s) => s.offeringId)).toEqual(['d', 'b']);
  });
});
