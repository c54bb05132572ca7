import { derivedId, isUuid, stableUuid } from './oruk-ids';
import { londonParts } from './oruk-mapper';

describe('Open Referral ids', () => {
  it('derives valid, stable v4 UUIDs that lead back to the row', () => {
    const id = '1d477805-f4f0-4bea-b85d-a0b8bbaeb032';
    const sal = derivedId('service_at_location', id);
    expect(isUuid(sal)).toBe(true);
    expect(sal).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(sal).not.toBe(id);
    expect(derivedId('service_at_location', id)).toBe(sal);
    expect(derivedId('service_at_location', sal)).toBe(id);
    expect(derivedId('location', id)).not.toBe(sal);
  });

  it('names taxonomies with version 5 UUIDs', () => {
    expect(stableUuid('taxonomy:life-areas')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableUuid('a')).not.toBe(stableUuid('b'));
  });
});

describe('UK time of sessions', () => {
  it.each([
    ['2026-03-29T00:59:59Z', '2026-03-29', '00:59:59'],
    ['2026-03-29T01:00:00Z', '2026-03-29', '02:00:00'],
    ['2026-07-01T23:30:00Z', '2026-07-02', '00:30:00'],
    ['2026-10-25T00:59:59Z', '2026-10-25', '01:59:59'],
    ['2026-10-25T01:00:00Z', '2026-10-25', '01:00:00'],
    ['2026-12-07T10:00:00Z', '2026-12-07', '10:00:00'],
  ])('%s is %s %s in the UK, as Intl says', (at, date, time) => {
    expect(londonParts(new Date(at))).toEqual({ date, time });
    const intl = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hourCycle: 'h23', hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(new Date(at));
    expect(intl).toBe(time);
  });
});
