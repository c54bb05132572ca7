import type { DataSource } from 'typeorm';
import { startRuntime, type Runtime } from '../../server/src/app-runtime';
import { createTestDatabase, type TestDatabase } from './test-database';

// A real server (Express + Apollo + the real schema) on a free port, over the file's own fresh database.
export interface GqlResult<T = Record<string, any>> {
  status: number;
  data: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, any>; path?: (string | number)[] }>;
  extensions?: { sqlStatements?: number };
  headers: Headers;
}

export interface TestServer {
  url: string;
  db: TestDatabase;
  ds: DataSource;
  runtime: Runtime;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: { token?: string | null; headers?: Record<string, string> }): Promise<GqlResult<T>>;
  stop(): Promise<void>;
}

export async function startTestServer(overrides: Record<string, unknown> = {}): Promise<TestServer> {
  const db = await createTestDatabase();
  const runtime = await startRuntime(
    { port: 0, databaseUrl: db.url, env: 'test', logRequests: false, exposeSqlCount: true, adminEmail: null, adminPassword: null, signUpsPerClientPerHour: 100_000, ...overrides },
    db.ds,
  );
  return {
    url: runtime.url,
    db,
    ds: db.ds,
    runtime,
    async gql(query, variables, options = {}) {
      const res = await fetch(runtime.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...(options.headers ?? {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: any; errors?: any[]; extensions?: any };
      return { status: res.status, data: body.data ?? null, errors: body.errors, extensions: body.extensions, headers: res.headers };
    },
    async stop() {
      await runtime.stop();
      await db.drop();
    },
  };
}
