import { issueToken, readToken } from './token';
import { Role } from './role';

const SECRET = 'x'.repeat(40);
const viewer = { id: '6a1f8b4e-0000-4000-8000-000000000001', role: Role.COMMISSIONER, localAuthorityCode: 'E08000003' };

describe('session tokens', () => {
  it('round-trips the viewer until it expires', () => {
    const now = Date.UTC(2026, 0, 1);
    const token = issueToken(SECRET, viewer, 60, now);
    expect(readToken(SECRET, token, now + 59_000)).toEqual(viewer);
    expect(readToken(SECRET, token, now + 60_000)).toBeNull();
  });

  it('rejects tokens signed with another secret or altered in transit', () => {
    const token = issueToken(SECRET, viewer, 60);
    expect(readToken('y'.repeat(40), token)).toBeNull();
    expect(readToken(SECRET, token.slice(0, -2) + 'AA')).toBeNull();
    expect(readToken(SECRET, 'v1.e30.abc')).toBeNull();
    expect(readToken(SECRET, '')).toBeNull();
  });
});
