import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'pg-connection-string';
import { serverDatabaseUrl } from './servers';

describe('serverDatabaseUrl (how the servers under test reach PostgreSQL)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pgsock-'));
  writeFileSync(join(dir, '.s.PGSQL.5432'), '');

  it('uses the Unix socket for a local database whose socket exists', () => {
    const r = serverDatabaseUrl('postgres://postgres@127.0.0.1:5432/support_market_bench_full', true, dir);
    expect(r.via).toBe(`Unix socket ${dir}`);
    expect(r.local).toBe(true);
    // As node-postgres reads it:
    expect(parse(r.url)).toMatchObject({ host: dir, port: '5432', user: 'postgres', database: 'support_market_bench_full' });
  });

  it('keeps TCP when asked, for another port, or for another host', () => {
    expect(serverDatabaseUrl('postgres://postgres@127.0.0.1:5432/db', false, dir).via).toBe('TCP 127.0.0.1:5432');
    expect(serverDatabaseUrl('postgres://postgres@127.0.0.1:5433/db', true, dir).via).toBe('TCP 127.0.0.1:5433');
    expect(serverDatabaseUrl('postgres://postgres@db.example:5432/db', true, dir)).toEqual({ url: 'postgres://postgres@db.example:5432/db', via: 'TCP db.example:5432', local: false });
    expect(serverDatabaseUrl('postgres://postgres@127.0.0.1:5432/db', false, dir).local).toBe(true);
  });
});
