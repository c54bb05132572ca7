import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

// `npm ci` refuses a lock file that lacks other platforms' optional binaries, and npm leaves them out here when the
// registry does not serve them. scripts/lock-platforms.mjs records them; this keeps a later `npm install` honest.
it('records every platform binary that npm ci expects in package-lock.json', () => {
  const r = spawnSync(process.execPath, [resolve(__dirname, '../../../scripts/lock-platforms.mjs'), '--check'], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
});
