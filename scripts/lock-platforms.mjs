#!/usr/bin/env node
// Records in package-lock.json the other platforms' optional binaries (e.g. @swc/core-darwin-arm64) that npm leaves
// out when the registry it can reach does not serve them: without those entries `npm ci` refuses the lock file
// ("Missing: … from lock file"). Each entry carries its os/cpu/libc, so npm skips it on every other platform and
// never downloads it. Run after any `npm install` that rewrites the lock file: `node scripts/lock-platforms.mjs`.
// `--check` only reports (exit 1 when entries are missing); test/integration/platform/lockfile.test.ts runs that check.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const path = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', 'package-lock.json');
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;

const OS = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openharmony', 'sunos', 'aix', 'netbsd', 'openbsd'];
const CPU = { arm64: 'arm64', aarch64: 'arm64', x64: 'x64', ia32: 'ia32', ppc64: 'ppc64', s390x: 's390x', riscv64: 'riscv64', loong64: 'loong64', arm: 'arm' };

/** os/cpu/libc from a binary package's name, e.g. core-linux-arm-gnueabihf -> linux, arm, glibc. */
function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = OS.find((o) => parts.includes(o));
  const cpu = parts.map((p) => CPU[p]).find(Boolean);
  if (!os || !cpu) return null;
  const libc = os === 'linux' ? (parts.some((p) => p.startsWith('musl')) ? 'musl' : 'glibc') : null;
  return { os: [os], cpu: [cpu], ...(libc ? { libc: [libc] } : {}) };
}

const missing = [];
for (const [where, pkg] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const nested = where ? `${where}/node_modules/${dep}` : `node_modules/${dep}`;
    if (packages[nested] || packages[`node_modules/${dep}`]) continue;
    const platform = platformOf(dep);
    if (!platform) continue; // not a platform binary: leave it to npm
    missing.push({ key: `node_modules/${dep}`, entry: { version, ...platform, optional: true, ...(pkg.dev ? { dev: true } : {}) } });
  }
}

if (process.argv.includes('--check')) {
  if (missing.length) {
    console.error(`package-lock.json lacks ${missing.length} platform entries (run: node scripts/lock-platforms.mjs):\n${missing.map((m) => `  ${m.key}`).join('\n')}`);
    process.exit(1);
  }
  console.log('package-lock.json records every platform binary.');
} else {
  for (const m of missing) packages[m.key] = m.entry;
  // Keep npm's own ordering: keys sorted, the root ("") first.
  lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
  writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`Added ${missing.length} platform entries to package-lock.json.`);
}
