// The only reader of process.env. Validated once at start; a bad value fails naming the variable.
export interface Config {
  env: 'development' | 'test' | 'production';
  port: number;
  /** Unset means: use the embedded PostgreSQL (see db/embedded.ts). */
  databaseUrl: string | null;
  /**
   * Hot-standby replicas (DATABASE_REPLICA_URLS, comma separated) that serve the reads named in db/read-routing.ts;
   * empty: every read goes to the primary.
   */
  databaseReplicaUrls: string[];
  /**
   * A session (not transaction-pooled) connection to the primary for what needs one: migrations (a session advisory
   * lock) and the job workers (LISTEN). Unset: DATABASE_URL, which must then not be a PgBouncer transaction pool.
   */
  databaseDirectUrl: string | null;
  /** A replica further behind than this (or not answering) serves nothing: its reads go to the primary. */
  replicaMaxLagSeconds: number;
  /** Names this process's connections (application_name `<name>:primary`, `<name>:replica`) in pg_stat_activity. */
  processName: string;
  embeddedDataDir: string;
  /** Every API statement is cancelled after this long (PostgreSQL's statement_timeout; issue 13, findings 5 and 9). */
  dbStatementTimeoutMs: number;
  /** Waiting for a database connection (new or from the pool) gives up after this long. */
  dbConnectTimeoutMs: number;
  /** At start, how long to keep retrying (with backoff) a database that is not answering yet; 0: fail at once. */
  dbStartRetrySeconds: number;
  /** A request whose headers and body have not all arrived after this long is answered 408 and closed. */
  requestTimeoutMs: number;
  /** Open connections the API accepts at once; more are refused until some close. */
  maxConnections: number;
  embeddedPort: number;
  authSecret: string;
  /** Shared with the web server, which signs its clients' addresses with it (see http/client-address.ts). */
  clientAddressSecret: string;
  /** New accounts one client may make in an hour (issue 13, finding 4). */
  signUpsPerClientPerHour: number;
  /** Reverse proxies in front of the API whose X-Forwarded-For entries are believed (0: none). */
  trustedProxyHops: number;
  tokenTtlSeconds: number;
  adminEmail: string | null;
  adminPassword: string | null;
  logRequests: boolean;
  /** Adds `extensions.sqlStatements` to responses: for tests and benchmarks only. */
  exposeSqlCount: boolean;
  /**
   * A query document is compiled (graphql/jit-executor.ts) on this run: GRAPHQL_JIT_AFTER, default 2 (tests: 1, so the
   * suite runs every query compiled); 0 runs everything through graphql-js.
   */
  graphqlJitAfter: number;
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
const DEV_CLIENT_ADDRESS_SECRET = 'support-market-development-client-address-secret';

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

// Secrets that were written down somewhere (the development defaults, docker-compose's old demo value) and words
// that only placeholders contain. A secret anyone can read in the repository signs nothing (issue 13, finding 8).
const KNOWN_PLACEHOLDERS = [DEV_SECRET, DEV_CLIENT_ADDRESS_SECRET, 'CHANGE-ME-local-demo-secret-not-for-real-use'];
const PLACEHOLDER_WORDS = /change[-_ ]?me|replace[-_ ]?me|placeholder|not[-_ ]for[-_ ](real|production)|example|your[-_ ]?secret|^(.)\1+$/i;
/** Below this many bits (Shannon entropy of the characters used, times the length) a secret is too guessable. */
const MIN_SECRET_BITS = 128;

/** Bits of the secret by its own character frequencies: a fair estimate for random strings, generous for words. */
export function secretBits(secret: string): number {
  const counts = new Map<string, number>();
  for (const c of secret) counts.set(c, (counts.get(c) ?? 0) + 1);
  let perChar = 0;
  for (const n of counts.values()) perChar -= (n / secret.length) * Math.log2(n / secret.length);
  return perChar * secret.length;
}

function refuseWeakSecret(name: string, secret: string): void {
  if (KNOWN_PLACEHOLDERS.includes(secret) || PLACEHOLDER_WORDS.test(secret)) {
    throw new Error(`Invalid configuration: ${name} is a placeholder; set a random secret (openssl rand -base64 48)`);
  }
  if (secretBits(secret) < MIN_SECRET_BITS) {
    throw new Error(`Invalid configuration: ${name} is too easy to guess; set a random secret (openssl rand -base64 48)`);
  }
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
  const databaseReplicaUrls = (env.DATABASE_REPLICA_URLS ?? '').split(',').map((u) => u.trim()).filter(Boolean);
  for (const u of databaseReplicaUrls) {
    if (!/^postgres(ql)?:\/\//.test(u)) throw new Error('Invalid configuration: DATABASE_REPLICA_URLS must list postgres:// URLs separated by commas');
  }
  if (databaseReplicaUrls.length && !databaseUrl) throw new Error('Invalid configuration: DATABASE_REPLICA_URLS needs DATABASE_URL (the primary)');
  const databaseDirectUrl = env.DATABASE_DIRECT_URL?.trim() || null;
  if (databaseDirectUrl && !/^postgres(ql)?:\/\//.test(databaseDirectUrl)) {
    throw new Error('Invalid configuration: DATABASE_DIRECT_URL must start with postgres:// or postgresql://');
  }
  const processName = env.PROCESS_NAME?.trim() || 'support-market';
  if (!/^[A-Za-z0-9._-]{1,40}$/.test(processName)) throw new Error('Invalid configuration: PROCESS_NAME must be 1 to 40 letters, digits, dots, dashes or underscores');
  const authSecret = env.AUTH_SECRET ?? '';
  if (nodeEnv === 'production' && authSecret.length < 32) {
    throw new Error('Invalid configuration: AUTH_SECRET must be set to at least 32 characters in production');
  }
  if (nodeEnv === 'production') refuseWeakSecret('AUTH_SECRET', authSecret);
  if (authSecret && authSecret.length < 32) {
    throw new Error('Invalid configuration: AUTH_SECRET must be at least 32 characters');
  }
  const clientAddressSecret = env.CLIENT_ADDRESS_SECRET ?? '';
  if (nodeEnv === 'production' && clientAddressSecret.length < 32) {
    throw new Error('Invalid configuration: CLIENT_ADDRESS_SECRET must be set to at least 32 characters in production (the web server shares it)');
  }
  if (nodeEnv === 'production') refuseWeakSecret('CLIENT_ADDRESS_SECRET', clientAddressSecret);
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
    databaseReplicaUrls,
    databaseDirectUrl,
    replicaMaxLagSeconds: intVar(env, 'REPLICA_MAX_LAG_SECONDS', 10, 1, 3600),
    processName,
    embeddedDataDir: env.EMBEDDED_PG_DIR || '.data/postgres',
    dbStatementTimeoutMs: intVar(env, 'DB_STATEMENT_TIMEOUT_MS', 5_000, 100, 600_000),
    dbConnectTimeoutMs: intVar(env, 'DB_CONNECT_TIMEOUT_MS', 5_000, 100, 120_000),
    dbStartRetrySeconds: intVar(env, 'DB_START_RETRY_SECONDS', nodeEnv === 'test' ? 0 : 120, 0, 3600),
    requestTimeoutMs: intVar(env, 'REQUEST_TIMEOUT_MS', 30_000, 1_000, 300_000),
    maxConnections: intVar(env, 'MAX_CONNECTIONS', 1_000, 10, 100_000),
    embeddedPort: intVar(env, 'EMBEDDED_PG_PORT', 54329),
    authSecret: authSecret || DEV_SECRET,
    clientAddressSecret: clientAddressSecret || DEV_CLIENT_ADDRESS_SECRET,
    trustedProxyHops: intVar(env, 'API_TRUSTED_PROXY_HOPS', 0, 0, 5),
    signUpsPerClientPerHour: intVar(env, 'SIGN_UPS_PER_CLIENT_PER_HOUR', 10, 1, 1_000_000),
    tokenTtlSeconds: intVar(env, 'TOKEN_TTL_SECONDS', 12 * 3600, 60, 30 * 24 * 3600),
    adminEmail,
    adminPassword,
    logRequests: boolVar(env, 'LOG_REQUESTS', nodeEnv !== 'test'),
    exposeSqlCount: boolVar(env, 'EXPOSE_SQL_COUNT', nodeEnv === 'test'),
    graphqlJitAfter: intVar(env, 'GRAPHQL_JIT_AFTER', nodeEnv === 'test' ? 1 : 2, 0, 1000),
    webOrigin: env.WEB_ORIGIN || 'http://localhost:3000',
    marketCacheSeconds: intVar(env, 'MARKET_CACHE_SECONDS', nodeEnv === 'test' ? 0 : 60, 0, 3600),
    marketNationalCacheSeconds: intVar(env, 'MARKET_NATIONAL_CACHE_SECONDS', nodeEnv === 'test' ? 0 : 60, 0, 3600),
    smtpUrl,
    mailFrom: env.MAIL_FROM?.trim() || 'Support Market <no-reply@supportmarket.example>',
    runWorker: boolVar(env, 'RUN_WORKER', false),
    workerConcurrency: intVar(env, 'WORKER_CONCURRENCY', 4, 1, 100),
  };
}
