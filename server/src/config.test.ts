import { loadConfig } from './config';

// Finding 8 of issue 13: docker-compose's placeholder AUTH_SECRET passed the production check.
const random = 'q7Vd0yZ2hK9pXw4LmB8sN3cR6tF1gJ5eA0uY7iO2vE4nH9kT';
const prod = (over: Record<string, string>) => () => loadConfig({ NODE_ENV: 'production', AUTH_SECRET: random, CLIENT_ADDRESS_SECRET: `${random}x`, ...over });

describe('production secrets', () => {
  it('accepts random secrets', () => {
    expect(prod({})().authSecret).toBe(random);
  });

  it.each([
    ['the old docker-compose placeholder', 'CHANGE-ME-local-demo-secret-not-for-real-use'],
    ['the development default', 'support-market-development-secret-not-for-production'],
    ['one character repeated', 'a'.repeat(48)],
    ['a short alphabet', 'abababababababababababababababababab'],
    ['a sentence with a placeholder word', 'please replace me with something long and random'],
  ])('refuses %s', (_what, secret) => {
    expect(prod({ AUTH_SECRET: secret })).toThrow(/AUTH_SECRET is (a placeholder|too easy to guess)/);
    expect(prod({ CLIENT_ADDRESS_SECRET: secret })).toThrow(/CLIENT_ADDRESS_SECRET is (a placeholder|too easy to guess)/);
  });

  it('requires the client address secret in production', () => {
    expect(prod({ CLIENT_ADDRESS_SECRET: '' })).toThrow(/CLIENT_ADDRESS_SECRET must be set/);
  });
});
