import { issueToken, readToken, tokenStillValid } from './token';
import { Role } from './role';

const SECRET = 'x'.repeat(40);
const viewer = { id: '6a1f8b4e-0000-4000-8000-000000000001', role: Role.COMMISSIONER, localAuthorityCode: 'E08000003' };

describe('session tokens', () => {
  it('round-trips the viewer and its session until it expires', () => {
    const now = Date.UTC(2026, 0, 1);
    const token = issueToken(SECRET, viewer, 60, now, { generation: 3, id: 'abc' });
    expect(readToken(SECRET, token, now + 59_000)).toEqual({ ...viewer, session: { generation: 3, id: 'abc' } });
    expect(readToken(SECRET, token, now + 60_000)).toBeNull();
  });

  it('rejects tokens signed with another secret or altered in transit', () => {
    const token = issueToken(SECRET, viewer, 60);
    expect(readToken('y'.repeat(40), token)).toBeNull();
    expect(readToken(SECRET, token.slice(0, -2) + 'AA')).toBeNull();
    expect(readToken(SECRET, 'v1.e30.abc')).toBeNull();
    expect(readToken(SECRET, '')).toBeNull();
  });

  it('accepts the current generation, and an older one only for the kept session', () => {
    const account = { tokenGeneration: 2, keptSessionId: 'kept', deletedAt: null };
    expect(tokenStillValid({ generation: 2, id: 'any' }, account)).toBe(true);
    expect(tokenStillValid({ generation: 1, id: 'kept' }, account)).toBe(true);
    expect(tokenStillValid({ generation: 1, id: 'other' }, account)).toBe(false);
    expect(tokenStillValid({ generation: 0, id: 'kept' }, account)).toBe(true);
    expect(tokenStillValid({ generation: 1, id: '' }, { ...account, keptSessionId: null })).toBe(false);
    expect(tokenStillValid({ generation: 2, id: 'any' }, { ...account, deletedAt: new Date() })).toBe(false);
    expect(tokenStillValid({ generation: 0, id: 'any' }, null)).toBe(false);
  });
});
