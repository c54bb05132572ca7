import { acknowledgeBy, isWorkingDay } from './working-days';

describe('one working day to acknowledge a concern', () => {
  it('is the same time the next working day, over a weekend and a bank holiday', () => {
    // Tuesday 1 December 2026, 10:00 UK time (GMT) -> Wednesday 10:00.
    expect(acknowledgeBy(new Date('2026-12-01T10:00:00Z')).toISOString()).toBe('2026-12-02T10:00:00.000Z');
    // Friday 4 December 15:00 -> Monday 7 December 15:00.
    expect(acknowledgeBy(new Date('2026-12-04T15:00:00Z')).toISOString()).toBe('2026-12-07T15:00:00.000Z');
    // Thursday 24 December 09:00 -> Christmas and the Boxing Day holiday (Monday 28th) -> Tuesday 29th 09:00.
    expect(acknowledgeBy(new Date('2026-12-24T09:00:00Z')).toISOString()).toBe('2026-12-29T09:00:00.000Z');
  });

  it('runs to the end of the next working day when raised at a weekend, in UK time (BST in summer)', () => {
    // Saturday 5 December -> the end of Monday 7 December (midnight GMT).
    expect(acknowledgeBy(new Date('2026-12-05T11:00:00Z')).toISOString()).toBe('2026-12-08T00:00:00.000Z');
    // Sunday 14 June 2026 -> the end of Monday 15 June, midnight BST = 23:00 UTC.
    expect(acknowledgeBy(new Date('2026-06-14T11:00:00Z')).toISOString()).toBe('2026-06-15T23:00:00.000Z');
    // 22:30 UTC on Friday 12 June is 23:30 BST, still Friday: Monday at the same time.
    expect(acknowledgeBy(new Date('2026-06-12T22:30:00Z')).toISOString()).toBe('2026-06-15T22:30:00.000Z');
  });

  it('knows weekends and bank holidays', () => {
    expect(isWorkingDay('2026-12-07')).toBe(true);
    expect(isWorkingDay('2026-12-05')).toBe(false);
    expect(isWorkingDay('2026-12-28')).toBe(false);
  });
});
