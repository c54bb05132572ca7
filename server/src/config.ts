// The only reader of process.env. Validated once at start; a bad value fails naming the variable.
export interface Config {
  env: 'development' | 'test' | 'production';
  port: number;
  /** Unset means: use the embedded PostgreSQL (see db/embedded.ts). */
  databaseUrl: string | null;
  embeddedDataDir: string;
  embeddedPort: number;
  authSecret: string;
  tokenTtlSeconds: number;
  adminEmail: string | null;
  adminPassword: string | null;
  logRequests: boolean;
  /** Adds `extensions.sqlStatements` to responses: for tests and benchmarks only. */
  exposeSqlCount: boolean;
  /** Benchmark-only: resolve Offering.provider/nextAvailableSlot per row instead of through DataLoaders. */
  disableDataLoaders: boolean;
  webOrigin: string;
  /** How long commissioners' market views are cached (0 in tests, so hand-built markets are read fresh). */
  marketCacheSeconds: number;
  /** How long national market figures (remote offerings reach every area) are shared by all areas' views (0 in tests). */
  marketNationalCacheSeconds: number;
  /** Where emails go (smtp:// or smtps://); unset: notifications stay in the app and emails wait until it is set. */
  smtpUrl: string | null;
  /** The From: of every email. */
  mailFrom: string;
  /** Run the notification workers inside the API process (npm start sets it; `npm run worker` runs them alone). */
  runWorker: boolean;
  workerConcurrency: number;
}

const DEV_SECRET = 'support-market-development-secret-not-for-production';

function intVar(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1, max = 65535): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`Invalid configuration: ${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return n;
}

function boolVar(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new Error(`Invalid configuration: ${name} must be true or false (got "${raw}")`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV ?? 'development';
  if (!['development', 'test', 'production'].includes(nodeEnv)) {
    throw new Error(`Invalid configuration: NODE_ENV must be development, test or production (got "${nodeEnv}")`);
  }
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('Invalid configuration: DATABASE_URL must start with postgres:// or postgresql://');
  }
  const authSecret = env.AUTH_SECRET ?? '';
  if (nodeEnv === 'production' && authSecret.length < 32) {
    throw new Error('Invalid configuration: AUTH_SECRET must be set to at least 32 characters in production');
  }
  if (authSecret && authSecret.length < 32) {
    throw new Error('Invalid configuration: AUTH_SECRET must be at least 32 characters');
  }
  const smtpUrl = env.SMTP_URL?.trim() || null;
  if (smtpUrl && !/^smtps?:\/\/[^\s]+$/.test(smtpUrl)) {
    throw new Error('Invalid configuration: SMTP_URL must look like smtp://host:port or smtps://user:password@host:port');
  }
  const adminEmail = env.ADMIN_EMAIL?.trim().toLowerCase() || null;
  const adminPassword = env.ADMIN_PASSWORD || null;
  if ((adminEmail === null) !== (adminPassword === null)) {
    throw new Error('Invalid configuration: set both ADMIN_EMAIL and ADMIN_PASSWORD, or neither');
  }
  return {
    env: nodeEnv as Config['env'],
    port: intVar(env, 'PORT', 4000, 0), // 0: any free port (the ready log line says which)
    databaseUrl,
    embeddedDataDir: env.EMBEDDED_PG_DIR || '.data/postgres',
    embeddedPort: intVar(env, 'EMBEDDED_PG_PORT', 54329),
    authSecret: authSecret || DEV_SECRET,
    tokenTtlSeconds: intVar(env, 'TOKEN_TTL_SECONDS', 12 * 3600, 60, 30 * 24 * 3600),
    adminEmail,
    adminPassword,
    logRequests: boolVar(env, 'LOG_REQUESTS', nodeEnv !== 'test'),
    exposeSqlCount: boolVar(env, 'EXPOSE_SQL_COUNT', nodeEnv === 'test'),
    disableDataLoaders: boolVar(env, 'BENCH_DISABLE_DATALOADERS', false),
    webOrigin: env.WEB_ORIGIN || 'http://localhost:3000',
    marketCacheSeconds: intVar(env, 'MARKET_CACHE_SECONDS', nodeEnv === 'test' ? 0 : 60, 0, 3600),
    marketNationalCacheSeconds: intVar(env, 'MARKET_NATIONAL_CACHE_SECONDS', nodeEnv === 'test' ? 0 : 60, 0, 3600),
    smtpUrl,
    mailFrom: env.MAIL_FROM?.trim() || 'Support Market <no-reply@supportmarket.example>',
    runWorker: boolVar(env, 'RUN_WORKER', false),
    workerConcurrency: intVar(env, 'WORKER_CONCURRENCY', 4, 1, 100),
  };
}
