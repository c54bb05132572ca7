import 'reflect-metadata';
import { startRuntime } from '../app-runtime';
import type { RequestContext } from '../graphql/request-context';
import type { EffectiveSort, SearchCriteria } from '../modules/catalogue/offering-search';
import { OfferingRepository } from '../modules/catalogue/offering.repository';
import { OfferingService } from '../modules/catalogue/offering.service';
import type { Offering } from '../modules/catalogue/offering.entity';
import { naiveLoaders } from './naive-loaders';

// The benchmark's "naive GraphQL" server: the same app with what GraphQL servers do by default, one SQL statement per
// row for each card's provider and next free slot. Its loaders load one key at a time with no cache
// (naive-loaders.ts), and its search reads the offerings alone instead of priming the loaders with each card's
// provider and next slot. Started by bench-cli.ts as its own process (servers.ts); production never loads this file.
class RowByRowOfferingService extends OfferingService {
  protected override searchPage(ctx: RequestContext, criteria: SearchCriteria, sort: EffectiveSort, size: number, cursor: (string | number | null)[] | null): Promise<Offering[]> {
    return OfferingRepository.search(ctx.db, criteria, sort, size, cursor);
  }
}

async function main() {
  const runtime = await startRuntime({}, undefined, {
    loaders: naiveLoaders,
    services: (s) => ({ offering: new RowByRowOfferingService(s.places, s.taxonomy, s.provider, s.demand) }),
  });
  runtime.services.log.info('server.ready', { url: runtime.url, naive: true });
  const stop = () => void runtime.stop().then(() => process.exit(0), () => process.exit(1));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e: Error) => {
  console.error(`The naive benchmark server could not start: ${e.message}`);
  process.exit(1);
});
