import 'reflect-metadata';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config';
import { createLogger } from '../../common/logger';
import { openDatabase } from '../../app-runtime';
import { Taxonomy } from '../catalogue/taxonomy';
import { PlaceDirectory } from '../place/place-directory';
import { importOrukFeed } from './oruk-import';
import { OrukSchemas } from './oruk-schemas';
import { OrukVocabulary } from './oruk-taxonomy';

// `npm run import:oruk -- <file-or-url>`: takes an Open Referral UK 3.0 feed into the catalogue (DATABASE_URL, or the
// embedded default). See docs/open-referral.md.
const USAGE = `Usage: npm run import:oruk -- <file-or-url> [--source=NAME] [--default-outcode=ME14]
  <file-or-url>       an Open Referral API (https://example.org/oruk or .../services) or a saved JSON dump of its pages
  --source=NAME       names the feed (default: the URL, or the file's name); listings are keyed by source and feed id
  --default-outcode   postcode district for services whose location is not a UK postcode district`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    strict: true,
    options: { source: { type: 'string' }, 'default-outcode': { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help || positionals.length !== 1) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const input = positionals[0];
  const config = loadConfig();
  const { ds, embedded } = await openDatabase(config, createLogger(false));
  try {
    const places = await PlaceDirectory.load(ds.manager);
    const vocabulary = new OrukVocabulary(await Taxonomy.load(ds.manager));
    const source = values.source ?? (/^https?:\/\//i.test(input) ? input : basename(input));
    console.log(`[oruk] importing ${input} as source "${source}"`);
    const report = await importOrukFeed(input, { ds, places, vocabulary, schemas: new OrukSchemas() }, {
      source,
      defaultOutcode: values['default-outcode'] ?? null,
      progress: (line) => console.log(`[oruk] ${line}`),
    });
    console.log(`[oruk] done: ${report.created} new, ${report.updated} updated, ${report.skipped} skipped, ${report.organizationsCreated} new providers, in ${report.seconds.toFixed(1)}s`);
    if (report.unmatchedTerms.size) {
      console.log(`[oruk] ${report.unmatchedTerms.size} taxonomy terms matched no kind of support:`);
      for (const [term, n] of [...report.unmatchedTerms].sort((a, b) => b[1] - a[1]).slice(0, 50)) console.log(`  ${String(n).padStart(5)}  ${term}`);
    }
    if (report.problems.length) {
      console.log(`[oruk] ${report.problems.length} problems:`);
      for (const p of report.problems.slice(0, 100)) console.log(`  - ${p}`);
      if (report.problems.length > 100) console.log(`  ... and ${report.problems.length - 100} more`);
    }
    return 0;
  } finally {
    await ds.destroy();
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e: Error) => {
    console.error(`[oruk] the import could not run: ${e.message}`);
    process.exit(1);
  },
);
