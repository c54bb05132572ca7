import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transformFileSync } from '@swc/core';
import { createLogger } from './logger';

function collecting() {
  const lines: string[] = [];
  return { lines, stream: { write: (s: string) => void lines.push(...s.split('\n').filter(Boolean)) } };
}

describe('createLogger', () => {
  it('writes one JSON object a line: level, ISO time, event, then the fields', () => {
    const { lines, stream } = collecting();
    const log = createLogger(true, stream);
    log.info('graphql.request', { requestId: 'r-1', sql: 2 });
    log.warn('something.odd');
    log.error('request.fault', { message: 'boom' });
    const parsed = lines.map((l) => JSON.parse(l));
    expect(parsed).toEqual([
      { level: 'info', at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/), event: 'graphql.request', requestId: 'r-1', sql: 2 },
      { level: 'warn', at: expect.any(String), event: 'something.odd' },
      { level: 'error', at: expect.any(String), event: 'request.fault', message: 'boom' },
    ]);
    expect(Object.keys(parsed[0]).slice(0, 2)).toEqual(['level', 'at']);
  });

  it('when disabled, keeps errors only', () => {
    const { lines, stream } = collecting();
    const log = createLogger(false, stream);
    log.info('quiet');
    log.warn('quiet too');
    log.error('loud');
    expect(lines.map((l) => JSON.parse(l).event)).toEqual(['loud']);
  });

  it('does not lose queued lines when the process exits at once (asynchronous stdout is flushed on exit)', () => {
    // This very module, compiled, in a process of its own that logs 2,000 lines and exits without waiting.
    const dir = mkdtempSync(join(tmpdir(), 'sm-logger-'));
    const { code } = transformFileSync(join(__dirname, 'logger.ts'), { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } });
    writeFileSync(join(dir, 'logger.js'), code);
    const script = `const { createLogger } = require('./logger.js');
      const log = createLogger(true);
      for (let i = 0; i < 2000; i++) log.info('line', { i });
      process.exit(0);`;
    const run = spawnSync(process.execPath, ['-e', script], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 24, env: { ...process.env, NODE_PATH: join(__dirname, '../../../node_modules') } });
    rmSync(dir, { recursive: true, force: true });
    const lines = run.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(2000);
    expect(JSON.parse(lines[1999])).toMatchObject({ event: 'line', i: 1999 });
  });
});

describe('createLogger on stdout', () => {
  it('writes a quiet server\'s line within a fraction of a second, without waiting for the buffer to fill', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sm-logger-'));
    const { code } = transformFileSync(join(__dirname, 'logger.ts'), { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } });
    writeFileSync(join(dir, 'logger.js'), code);
    // One line, then the process stays alive (a server between requests) until it is killed.
    const child = spawn(process.execPath, ['-e', `require('./logger.js').createLogger(true).info('one', { n: 1 }); setInterval(() => {}, 1000);`], {
      cwd: dir,
      env: { ...process.env, NODE_PATH: join(__dirname, '../../../node_modules') },
    });
    let timer: NodeJS.Timeout | undefined;
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d) => {
          out += d;
          if (out.includes('\n')) resolve(out);
        });
        timer = setTimeout(() => reject(new Error('no line within 3 s')), 3_000);
      });
      expect(JSON.parse(line)).toMatchObject({ event: 'one', n: 1 });
    } finally {
      clearTimeout(timer);
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
