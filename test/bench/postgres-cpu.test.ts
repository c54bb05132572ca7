import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { postgresCpuSeconds, postmasterPid, processCpuSeconds } from '../../server/src/bench/load';
import { testServerUrl } from '../support/test-database';

// The benchmark reads PostgreSQL's CPU per request from /proc (server/src/bench/load.ts). A pool that closes an idle
// connection ends its backend; that backend's CPU must stay in the sum (the postmaster's reaped children), or a run's
// figure shrinks, or turns negative, whenever a server under test trims its pool. Only the one server is counted: the
// fault tests start and stop clusters of their own, and one stopping mid-run once took a reading below zero.
describe('postgresCpuSeconds (the benchmark’s database CPU)', () => {
  // A /proc of four processes; times in clock ticks (100 a second).
  const fakeProc = (procs: { pid: number; comm: string; ppid: number; utime: number; stime: number; cutime: number; cstime: number }[]) => {
    const root = mkdtempSync(join(tmpdir(), 'sm-proc-'));
    for (const p of procs) {
      mkdirSync(join(root, String(p.pid)));
      writeFileSync(join(root, String(p.pid), 'comm'), `${p.comm}\n`);
      // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime ...
      writeFileSync(join(root, String(p.pid), 'stat'), `${p.pid} (${p.comm}) S ${p.ppid} 1 1 0 -1 0 0 0 0 0 ${p.utime} ${p.stime} ${p.cutime} ${p.cstime} 20 0 1 0`);
    }
    mkdirSync(join(root, 'self'));
    return root;
  };

  it('adds the postmaster’s exited children to its live children, and counts no other server or process', () => {
    const root = fakeProc([
      { pid: 100, comm: 'postgres', ppid: 1, utime: 50, stime: 10, cutime: 300, cstime: 100 }, // the postmaster; 4 s of exited backends
      { pid: 101, comm: 'postgres', ppid: 100, utime: 120, stime: 30, cutime: 7, cstime: 0 }, // a live backend (its own children are in it)
      { pid: 102, comm: 'postgres', ppid: 100, utime: 5, stime: 5, cutime: 0, cstime: 0 },
      { pid: 200, comm: 'node', ppid: 1, utime: 900, stime: 100, cutime: 0, cstime: 0 },
      { pid: 103, comm: 'node', ppid: 100, utime: 40, stime: 0, cutime: 0, cstime: 0 }, // not a postgres process
      // Another cluster on the same machine (a fault test's), which may stop at any time: none of it counts.
      { pid: 300, comm: 'postgres', ppid: 1, utime: 70, stime: 0, cutime: 5000, cstime: 0 },
      { pid: 301, comm: 'postgres', ppid: 300, utime: 800, stime: 0, cutime: 0, cstime: 0 },
    ]);
    expect(postgresCpuSeconds(100, root)).toBeCloseTo(0.6 + 4 + 1.5 + 0.1, 6);
    expect(postgresCpuSeconds(300, root)).toBeCloseTo(0.7 + 50 + 8, 6);
    // The postmaster has gone, or the PID is not PostgreSQL's, or there is no /proc.
    expect(postgresCpuSeconds(400, root)).toBeNull();
    expect(postgresCpuSeconds(200, root)).toBeNull();
    expect(postgresCpuSeconds(100, join(root, 'missing'))).toBeNull();
  });

  it('counts the CPU of a real backend that has since exited', async () => {
    const postmaster = await postmasterPid(testServerUrl().adminUrl);
    expect(postmaster).not.toBeNull();
    const before = postgresCpuSeconds(postmaster!);
    expect(before).not.toBeNull();
    const client = new Client({ connectionString: testServerUrl().adminUrl });
    await client.connect();
    const pid: number = (await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    // About half a second of one core in the backend.
    await client.query('SELECT count(*) FROM generate_series(1, 4000000) g WHERE g % 7 = 0');
    const backend = processCpuSeconds(pid)!;
    expect(backend).toBeGreaterThan(0.05);
    await client.end();
    // Wait until the backend is gone (and so reaped by the postmaster).
    for (let i = 0; i < 50 && existsSync(`/proc/${pid}`); i++) await new Promise((r) => setTimeout(r, 100));
    expect(existsSync(`/proc/${pid}`)).toBe(false);
    // Its CPU is still in the sum although it no longer exists (one clock tick of slack).
    expect(postgresCpuSeconds(postmaster!)! - before!).toBeGreaterThanOrEqual(backend - 0.011);
  });
});
