// Integration tests run the real schema against a real PostgreSQL (see test/support/global-setup.ts).
/** @type {import('jest').Config} */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

// Component tests (test/web/*.test.tsx) render web components to HTML with react-dom/server: JSX through the
// automatic runtime, and the web app's `@/` alias.
const swcTsx = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/server/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // graphile-worker 0.18 ships ES modules only (Node 20 loads them through require(esm); jest's runtime does not), so
  // jest compiles it (and yargs, which it imports) to CommonJS like our own TypeScript.
  transform: { '^.+\\.tsx$': swcTsx, '^.+\\.ts$': swc, '/node_modules/(graphile-worker|yargs|yargs-parser)/.+\\.m?js$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(graphile-worker|yargs|yargs-parser)/)'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/web/src/$1' },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  setupFiles: ['<rootDir>/test/support/setup-env.ts'],
  testTimeout: 60_000,
  maxWorkers: 2,
  modulePathIgnorePatterns: ['<rootDir>/server/dist', '<rootDir>/web/.next'],
};
