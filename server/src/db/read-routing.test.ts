import { loadConfig } from '../config';
import { mayReadFromReplica, REPLICA_READS } from './read-routing';

// The routing rule itself (the cluster suite, test/cluster, shows it on real servers).
describe('which operations a replica may answer', () => {
  it('sends anonymous search, offering and provider pages to a replica', () => {
    expect(mayReadFromReplica('query', ['offerings'], false)).toBe(true);
    expect(mayReadFromReplica('query', ['categories', 'offerings', '__typename'], false)).toBe(true);
    expect(mayReadFromReplica('query', ['offering'], false)).toBe(true);
    expect(mayReadFromReplica('query', ['provider'], false)).toBe(true);
  });

  it('keeps a signed-in viewer’s reads on the primary (read-your-writes), except reference data and market views', () => {
    expect(mayReadFromReplica('query', ['offering'], true)).toBe(false);
    expect(mayReadFromReplica('query', ['offerings'], true)).toBe(false);
    expect(mayReadFromReplica('query', ['commissioningAuthorities', 'marketGaps', 'marketTrends'], true)).toBe(true);
    // The web app's Market page asks for all of these in one operation.
    const market = ['commissioningAuthorities', 'marketPrices', 'marketTrends', 'marketDistricts', 'marketSupplyByOutcode', 'marketGaps', 'marketDiversity', 'outcomesByCategory'];
    expect(mayReadFromReplica('query', market, true)).toBe(true);
  });

  it('keeps mutations, unlisted fields and mixed operations on the primary', () => {
    expect(mayReadFromReplica('mutation', ['offerings'], false)).toBe(false);
    expect(mayReadFromReplica('query', ['booking'], false)).toBe(false);
    expect(mayReadFromReplica('query', ['offerings', 'myPlans'], false)).toBe(false);
    expect(mayReadFromReplica('query', ['*'], false)).toBe(false); // a fragment spread at the root
    expect(mayReadFromReplica('query', [], false)).toBe(false);
  });

  it('lists no field that reads a person’s own data', () => {
    for (const f of ['booking', 'myPlans', 'supportPlan', 'notifications', 'conversation', 'myConversations', 'providerBookings', 'myProviders', 'notificationPreferences', 'matches']) {
      expect(REPLICA_READS[f]).toBeUndefined();
    }
  });
});

describe('replica settings', () => {
  it('reads DATABASE_REPLICA_URLS as a comma-separated list', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://a/b', DATABASE_REPLICA_URLS: ' postgres://r1/b, postgresql://r2/b ,' });
    expect(c.databaseReplicaUrls).toEqual(['postgres://r1/b', 'postgresql://r2/b']);
    expect(loadConfig({}).databaseReplicaUrls).toEqual([]);
  });

  it('refuses replicas without a primary, and URLs that are not PostgreSQL', () => {
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'postgres://r1/b' })).toThrow(/DATABASE_REPLICA_URLS needs DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://a/b', DATABASE_REPLICA_URLS: 'mysql://r1/b' })).toThrow(/DATABASE_REPLICA_URLS/);
    expect(() => loadConfig({ DATABASE_DIRECT_URL: 'http://x' })).toThrow(/DATABASE_DIRECT_URL/);
    expect(() => loadConfig({ PROCESS_NAME: 'api 1' })).toThrow(/PROCESS_NAME/);
  });
});
