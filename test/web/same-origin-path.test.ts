import { sameOriginPath } from '../../web/src/lib/same-origin-path';

// Finding 3 of issue 13: `next`, `back` and `backTo` after a form let people be sent to another host.
describe('sameOriginPath', () => {
  it('keeps paths on this site, with their query and fragment', () => {
    expect(sameOriginPath('/plan')).toBe('/plan');
    expect(sameOriginPath('/offerings/abc/book?slot=1#times')).toBe('/offerings/abc/book?slot=1#times');
    expect(sameOriginPath('/search?q=a%20b')).toBe('/search?q=a%20b');
  });

  it.each([
    ['a tab between slashes', '/\t/evil.example/c'],
    ['an encoded tab, as the attack URL decoded it', decodeURIComponent('%2F%09%2Fevil.example%2Fc')],
    ['a backslash', '/\\evil.example'],
    ['backslashes', '/\\\\evil.example'],
    ['protocol-relative', '//evil.example'],
    ['absolute', 'https://evil.example/'],
    ['a scheme', 'javascript:alert(1)'],
    ['CR LF', '/plan\r\nSet-Cookie: x=1'],
    ['non-ASCII', '/plän'],
    ['a space', '/ /evil'],
    ['empty', ''],
    ['relative', 'plan'],
  ])('refuses %s', (_what, raw) => {
    expect(sameOriginPath(raw)).toBeNull();
  });
});
