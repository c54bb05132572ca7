import { resolve } from 'node:path';
import madge from 'madge';

// No import circle anywhere, type-only imports included: a circle through types still couples every module on it
// (the request context once carried every service, which tied 18 files into one knot). `npm run circles` prints them.
const root = resolve(__dirname, '../../..');
const typeImportsCount = { skipTypeImports: false };
const detectiveOptions = { ts: typeImportsCount, tsx: typeImportsCount, es6: typeImportsCount };

async function circlesIn(dir: string, extensions: string[], tsConfig: string | object) {
  const graph = await madge(resolve(root, dir), { fileExtensions: extensions, tsConfig, detectiveOptions });
  return { circles: graph.circular(), skipped: graph.warnings().skipped };
}

it('server/src has no import circle, type imports included', async () => {
  const { circles, skipped } = await circlesIn('server/src', ['ts'], resolve(root, 'tsconfig.json'));
  expect(skipped).toEqual([]);
  expect(circles).toEqual([]);
});

it('web/src has no import circle, type imports included', async () => {
  // madge resolves the `@/` alias only with a baseUrl, which web/tsconfig.json does not need for Next.
  const tsConfig = { compilerOptions: { baseUrl: resolve(root, 'web'), paths: { '@/*': ['./src/*'] }, jsx: 'react-jsx', module: 'esnext', moduleResolution: 'bundler' } };
  const { circles, skipped } = await circlesIn('web/src', ['ts', 'tsx'], tsConfig);
  expect(skipped).toEqual([]);
  expect(circles).toEqual([]);
});

it('test/ has no import circle', async () => {
  const { circles } = await circlesIn('test', ['ts'], resolve(root, 'tsconfig.json'));
  expect(circles).toEqual([]);
});
