import { readFileSync } from 'node:fs';

// Where a process's CPU time went, from a V8 CPU profile (`node --cpu-prof`, which `npm run bench -- --profile` gives
// each server under test): self time per package (graphql, pg, typeorm, @apollo/server, express, Support Market's
// own code, Node's internals, garbage collection) and the functions that cost most; with the number of requests the
// process served, the busy CPU microseconds per request.
//   node server/dist/bench/cpu-profile.js PROFILE.cpuprofile [--top=25] [--requests=N]

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export function packageOf(frame: ProfileNode['callFrame']): string {
  const { url, functionName } = frame;
  if (functionName === '(idle)') return '(idle)';
  if (functionName === '(garbage collector)') return '(garbage collection)';
  if (functionName === '(program)') return '(program: V8 and native code)';
  if (!url) return `(native: ${functionName || 'anonymous'})`;
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  if (/\/server\/dist\//.test(url)) return `support-market ${url.replace(/.*\/server\/dist\//, '').split('/').slice(0, 2).join('/')}`;
  return url;
}

export function summariseProfile(file: string, o: { requests?: number; top?: number; label?: string } = {}): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  }
  const packages = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const [id, us] of self) {
    const frame = byId.get(id)!.callFrame;
    const pkg = packageOf(frame);
    total += us;
    if (pkg === '(idle)') {
      idle += us;
      continue;
    }
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
    const key = `${frame.functionName || '(anonymous)'}${pkg.startsWith('(') ? '' : ` [${pkg}${frame.url ? `:${frame.lineNumber + 1}` : ''}]`}`;
    functions.set(key, (functions.get(key) ?? 0) + us);
  }
  const busy = total - idle;
  const requests = o.requests ?? 0;
  const share = (us: number) => `${((100 * us) / busy).toFixed(1)}%`.padStart(6);
  const perRequest = (us: number) => (requests ? `${(us / requests).toFixed(0).padStart(6)} µs/req` : '');
  const out = [
    `${o.label ?? file}: ${(total / 1e6).toFixed(1)} s sampled, ${(idle / 1e6).toFixed(1)} s idle (${((100 * idle) / total).toFixed(0)}%), ${(busy / 1e6).toFixed(2)} s busy` +
      (requests ? `; ${requests} requests, ${(busy / requests).toFixed(0)} µs of CPU each` : ''),
    'Self time by package (share of busy time):',
  ];
  for (const [pkg, us] of [...packages].sort((a, b) => b[1] - a[1]).slice(0, 20)) out.push(`  ${share(us)} ${perRequest(us)}  ${pkg}`);
  out.push(`Top ${o.top ?? 25} functions by self time:`);
  for (const [fn, us] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, o.top ?? 25)) out.push(`  ${share(us)} ${perRequest(us)}  ${fn}`);
  return out.join('\n');
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  const num = (name: string) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? 0) || undefined;
  if (!file) {
    console.error('Usage: node server/dist/bench/cpu-profile.js PROFILE.cpuprofile [--top=25] [--requests=N]');
    process.exit(2);
  }
  console.log(summariseProfile(file, { requests: num('requests'), top: num('top') }));
}
