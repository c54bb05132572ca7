import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// web/src/gql/ is generated from schema.graphql and the operations in web/src/features (`npm run codegen`) and
// committed, so builds need no codegen. This fails when either input changed without regenerating.
const ROOT = join(__dirname, '..', '..');
const COMMITTED = join(ROOT, 'web/src/gql');

describe('generated GraphQL types', () => {
  it('match schema.graphql and the operations in web/src/features (run `npm run codegen` if not)', () => {
    const out = mkdtempSync(join(tmpdir(), 'sm-codegen-'));
    try {
      const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'web/codegen.ts', '--silent'], {
        cwd: ROOT,
        env: { ...process.env, CODEGEN_OUT: `${out}/` },
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: expect.any(String) });
      const files = readdirSync(out).sort();
      expect(readdirSync(COMMITTED).sort()).toEqual(files);
      for (const f of files) {
        const fresh = readFileSync(join(out, f), 'utf8');
        const committed = readFileSync(join(COMMITTED, f), 'utf8');
        if (fresh !== committed) throw new Error(`web/src/gql/${f} is stale: run \`npm run codegen\` and commit the result.`);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
