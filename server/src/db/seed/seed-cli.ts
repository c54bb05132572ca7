import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config';
import { createLogger } from '../../common/logger';
import { openDatabase } from '../../app-runtime';
import { describeError } from '../../common/describe-error';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { countProviders, resetDemoMarket, seedDemoMarket } from './seed-market';
import { seedPeople } from './seed-people';
import { seedBookings } from './seed-bookings';

// `npm run seed`: fills the database (DATABASE_URL, or the embedded default) with the demo market.
const USAGE = `Usage: npm run seed -- [--scale=N] [--seed=N] [--reset | --if-empty]
  --scale=N    multiply the 1,500 providers and 6,000 offerings of scale 1 (default 1; e.g. 0.1 or 10)
  --seed=N     random seed: the same seed gives the same market (default 42)
  --reset      delete seeded data first (accounts, providers, offerings, slots); places and categories stay
  --if-empty   do nothing if the database already has providers`;

interface Flags {
  scale: number;
  seed: number;
  reset: boolean;
  ifEmpty: boolean;
}

function readFlags(argv: string[]): Flags | null {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      scale: { type: 'string', default: '1' },
      seed: { type: 'string', default: '42' },
      reset: { type: 'boolean', default: false },
      'if-empty': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return null;
  const scale = Number(values.scale);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 1000) throw new Error(`--scale must be a number above 0 and at most 1000 (got "${values.scale}")`);
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(seed)) throw new Error(`--seed must be a whole number (got "${values.seed}")`);
  if (values.reset && values['if-empty']) throw new Error('Use --reset or --if-empty, not both.');
  return { scale, seed, reset: values.reset, ifEmpty: values['if-empty'] };
}

async function main(): Promise<number> {
  let flags: Flags | null;
  try {
    flags = readFlags(process.argv.slice(2));
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
    return 2;
  }
  if (!flags) {
    console.log(USAGE);
    return 0;
  }

  const started = performance.now();
  const { ds, embedded } = await openDatabase(loadConfig(), createLogger(true), { notifications: false });
  try {
    const existing = await countProviders(ds);
    if (existing > 0 && flags.ifEmpty) {
      console.log(`The database already has ${existing.toLocaleString('en-GB')} providers: not seeding (--if-empty).`);
      return 0;
    }
    if (existing > 0 && !flags.reset) {
      console.error(`The database already has ${existing.toLocaleString('en-GB')} providers. Run with --reset to replace the demo data, or --if-empty to keep it.`);
      return 1;
    }
    if (flags.reset) {
      console.error('[seed] deleting seeded data (accounts, providers, offerings, slots)...');
      await resetDemoMarket(ds);
    }
    const counts = await seedDemoMarket(ds, { scale: flags.scale, seed: flags.seed, onProgress: (m) => console.error(`[seed] ${m}`) });
    const onProgress = (m: string) => console.error(`[seed] ${m}`);
    const people = await seedPeople(ds, { scale: flags.scale, seed: flags.seed, onProgress });
    const bookings = await seedBookings(ds, { seed: flags.seed, onProgress });
    onProgress('updating planner statistics (ANALYZE)...');
    await ds.query('ANALYZE');
    const total = Math.round((performance.now() - started) / 100) / 10;
    console.log(
      [
        `Seeded the demo market (scale ${flags.scale}, seed ${flags.seed}) in ${counts.seconds}s (${total}s with start-up):`,
        `  ${counts.users.toLocaleString('en-GB')} accounts, ${counts.providers.toLocaleString('en-GB')} providers,`,
        `  ${counts.offerings.toLocaleString('en-GB')} offerings (${counts.publishedOfferings.toLocaleString('en-GB')} published), ${counts.slots.toLocaleString('en-GB')} slots,`,
        `  ${people.people.toLocaleString('en-GB')} people with plans and ${people.budgets.toLocaleString('en-GB')} budgets, ${(bookings.completed + bookings.upcoming + bookings.cancelled + bookings.declined + bookings.noShows).toLocaleString('en-GB')} bookings, ${bookings.reviews.toLocaleString('en-GB')} reviews.`,
        'Demo accounts:',
        ...DEMO_ACCOUNTS.map((a) => `  ${a.role.padEnd(12)} ${a.email}  password: ${a.password}`),
      ].join('\n'),
    );
    return 0;
  } finally {
    await ds.destroy();
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`[seed] failed: ${describeError(e)}`);
    process.exit(1);
  },
);
