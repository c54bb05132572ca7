import { toPrefixQuery } from './offering.service';

describe('search words', () => {
  it('become an AND of prefix terms', () => {
    expect(toPrefixQuery('Peer supp')).toBe('peer:* & supp:*');
  });
  it('drop tsquery syntax so nothing can be injected', () => {
    expect(toPrefixQuery("a:* | !b & (c) '")).toBe('a:* & b:* & c:*');
    expect(toPrefixQuery('!!! ...')).toBeNull();
    expect(toPrefixQuery('')).toBeNull();
  });
  it('keep letters beyond ASCII (Welsh, Polish)', () => {
    expect(toPrefixQuery('Cymraeg ŵyr łódź')).toBe('cymraeg:* & ŵyr:* & łódź:*');
  });
});
