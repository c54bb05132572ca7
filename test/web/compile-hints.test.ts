import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';

// The step of the web build (scripts/web-build.mjs) that gives every client chunk V8's compile hint, on a folder
// shaped like web/.next/static/chunks. The script is an ES module, so it runs in a child process.
const ROOT = join(__dirname, '..', '..');

function addCompileHints(dir: string): number {
  const out = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', `import { addCompileHints } from './scripts/web-build.mjs';\nconsole.log(addCompileHints(${JSON.stringify(dir)}));`],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return Number(out.trim().split('\n').pop());
}

describe('compile hints on the built chunks', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sm-chunks-'));
    mkdirSync(join(dir, 'pages'));
    writeFileSync(join(dir, 'framework.js'), '(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push(["framework",function(){return 42}]);');
    writeFileSync(join(dir, 'pages', 'route.js'), 'globalThis.route = () => "page";');
    writeFileSync(join(dir, 'styles.css'), 'body{margin:0}');
    writeFileSync(join(dir, 'hinted.js'), '//# allFunctionsCalledOnLoad\nglobalThis.hinted = 1;');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('puts the hint on the first line of every script, in nested folders too, and nothing else', () => {
    expect(addCompileHints(dir)).toBe(2);
    expect(readFileSync(join(dir, 'framework.js'), 'utf8')).toBe(
      '//# allFunctionsCalledOnLoad\n(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push(["framework",function(){return 42}]);',
    );
    expect(readFileSync(join(dir, 'pages', 'route.js'), 'utf8').split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
    expect(readFileSync(join(dir, 'styles.css'), 'utf8')).toBe('body{margin:0}');
    expect(readFileSync(join(dir, 'hinted.js'), 'utf8')).toBe('//# allFunctionsCalledOnLoad\nglobalThis.hinted = 1;');
  });

  it('is idempotent: a second run changes nothing', () => {
    addCompileHints(dir);
    const once = readFileSync(join(dir, 'framework.js'), 'utf8');
    expect(addCompileHints(dir)).toBe(0);
    expect(readFileSync(join(dir, 'framework.js'), 'utf8')).toBe(once);
  });

  it('leaves what the script does unchanged (the hint is a comment)', () => {
    addCompileHints(dir);
    const context: { TURBOPACK?: [string, () => number][] } = {};
    runInNewContext(readFileSync(join(dir, 'framework.js'), 'utf8'), { globalThis: context });
    expect(context.TURBOPACK?.[0][0]).toBe('framework');
    expect(context.TURBOPACK?.[0][1]()).toBe(42);
  });

  it('does nothing when there is no build', () => {
    expect(addCompileHints(join(dir, 'missing'))).toBe(0);
  });
});
