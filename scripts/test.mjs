#!/usr/bin/env node
// `npm test`: the whole suite. Type-checks, then runs every jest test (unit, integration against a real
// PostgreSQL, browser journeys). Database choice: see test/support/global-setup.ts.
import { spawnSync } from 'node:child_process';

const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, TZ: 'UTC', ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

console.log('> type-check');
run('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
console.log('> build the server (process tests run the compiled API)');
run('npm', ['run', '--silent', 'build:server']);
console.log('> jest');
run('npx', ['jest', '--ci', ...process.argv.slice(2)], { NODE_ENV: 'test' });
