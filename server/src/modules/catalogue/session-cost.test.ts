import { PriceUnit } from './catalogue.enums';
import { sessionCostPence } from './session-cost';

describe('the cost of one booked session', () => {
  it('charges SESSION, DAY and WEEK prices once per slot', () => {
    expect(sessionCostPence(1500, PriceUnit.SESSION, 90)).toBe(1500);
    expect(sessionCostPence(8000, PriceUnit.DAY, 480)).toBe(8000);
    expect(sessionCostPence(20000, PriceUnit.WEEK, 60)).toBe(20000);
  });

  it('charges HOUR prices for the session length, rounded to the nearest penny with halves up', () => {
    expect(sessionCostPence(1800, PriceUnit.HOUR, 60)).toBe(1800);
    expect(sessionCostPence(1800, PriceUnit.HOUR, 90)).toBe(2700);
    expect(sessionCostPence(1555, PriceUnit.HOUR, 90)).toBe(2333); // 2332.5 -> 2333
    expect(sessionCostPence(1001, PriceUnit.HOUR, 20)).toBe(334); // 333.67 -> 334
    expect(sessionCostPence(1000, PriceUnit.HOUR, 20)).toBe(333); // 333.33 -> 333
    expect(sessionCostPence(0, PriceUnit.HOUR, 45)).toBe(0);
  });

  it('stays within a 32-bit integer at the largest allowed price and session', () => {
    expect(sessionCostPence(10_000_000, PriceUnit.HOUR, 1440)).toBe(240_000_000);
  });
});
