#!/usr/bin/env node
// Builds the web app (`next build web`) when web/.next is missing or older than its sources. Used by `npm start`
// and the browser journeys. A lock file makes concurrent callers wait for one build instead of racing on web/.next.
// After the build, every client chunk gets V8's compile hint (see addCompileHints).
//   node scripts/web-build.mjs            build now
//   node scripts/web-build.mjs --if-stale build only if needed
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

export function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    // Build output and files that `next build` itself rewrites do not make a build stale.
    if (entry === 'node_modules' || entry === '.next' || entry === 'next-env.d.ts') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** True when web/.next is missing or any web source (or the lock file of dependencies) is newer than it. */
export function webBuildStale() {
  const buildId = join(root, 'web/.next/BUILD_ID');
  if (!existsSync(buildId)) return true;
  const sources = Math.max(newestMtime(join(root, 'web')), newestMtime(join(root, 'package-lock.json')));
  return sources > statSync(buildId).mtimeMs;
}

const lockPath = join(tmpdir(), `support-market-web-build-${createHash('sha1').update(root).digest('hex').slice(0, 10)}.lock`);

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

async function acquireLock() {
  const until = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
    }
    const holder = Number(readFileSync(lockPath, 'utf8').trim() || 0);
    if (!holder || !alive(holder)) {
      rmSync(lockPath, { force: true }); // left by a process that died mid-build
      continue;
    }
    if (Date.now() > until) throw new Error(`Timed out waiting for the web build lock held by pid ${holder} (${lockPath})`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

function releaseLock() {
  try {
    if (readFileSync(lockPath, 'utf8').trim() === String(process.pid)) rmSync(lockPath, { force: true });
  } catch {
    /* already gone */
  }
}

/**
 * V8's compile hint for a whole script: `//# allFunctionsCalledOnLoad` as its first line makes V8 compile every
 * function in the file eagerly when it compiles the script, instead of lazily on each function's first call. Chromium
 * compiles async scripts of 30 kB or more on a background thread while they download (script streaming), so for
 * React's and Next's chunks, whose module factories nearly all run at start-up, the compiling leaves the main thread:
 * the start-up task that evaluates them and hydrates the page shrank from 50–65 ms to 14–22 ms on this machine
 * (Lighthouse traces of `/`), which is what Total Blocking Time counts four times over on its simulated phone.
 * https://v8.dev/blog/explicit-compile-hints. Idempotent: a chunk that has the hint is left alone. Returns the number
 * of chunks changed. The hint changes no behaviour, and the chunk keeps its name (the bundler's content hash).
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
export function addCompileHints(chunksDir = join(root, 'web/.next/static/chunks')) {
  if (!existsSync(chunksDir)) return 0;
  let changed = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js')) {
        const source = readFileSync(path, 'utf8');
        if (source.startsWith(COMPILE_HINT)) continue;
        writeFileSync(path, `${COMPILE_HINT}\n${source}`);
        changed += 1;
      }
    }
  };
  walk(chunksDir);
  return changed;
}

function nextBuild() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [require.resolve('next/dist/bin/next'), 'build', 'web'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main() {
  const ifStale = process.argv.includes('--if-stale');
  await acquireLock();
  try {
    // Checked under the lock: another process may have just finished the same build.
    if (ifStale && !webBuildStale()) return 0;
    const started = Date.now();
    const code = await nextBuild();
    if (code !== 0) return code;
    const hinted = addCompileHints();
    console.log(`web build finished in ${((Date.now() - started) / 1000).toFixed(1)} s (compile hints added to ${hinted} chunks)`);
    return 0;
  } finally {
    releaseLock();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().then(
    (code) => process.exit(code),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
