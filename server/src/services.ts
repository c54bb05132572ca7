import type { DataSource } from 'typeorm';
import type { Config } from './config';
import type { Log } from './common/logger';
import { AccountService } from './modules/account/account.service';
import { BudgetLedger } from './modules/budget/budget-ledger.service';
import { OfferingService } from './modules/catalogue/offering.service';
import { SlotService } from './modules/catalogue/slot.service';
import { Taxonomy } from './modules/catalogue/taxonomy';
import { PlaceDirectory } from './modules/place/place-directory';
import { ProviderService } from './modules/provider/provider.service';

// App-scoped, stateless services (plus immutable reference data), built once by the composition root.
// Anything per request or per user lives in the RequestContext instead.
export interface Services {
  config: Config;
  log: Log;
  places: PlaceDirectory;
  taxonomy: Taxonomy;
  account: AccountService;
  provider: ProviderService;
  offering: OfferingService;
  slot: SlotService;
  ledger: BudgetLedger;
}

export async function createServices(config: Config, ds: DataSource, log: Log): Promise<Services> {
  const places = await PlaceDirectory.load(ds.manager);
  const taxonomy = await Taxonomy.load(ds.manager);
  const account = new AccountService(config, places);
  const provider = new ProviderService(places);
  const offering = new OfferingService(places, taxonomy, provider);
  const slot = new SlotService(offering);
  const ledger = new BudgetLedger();
  return { config, log, places, taxonomy, account, provider, offering, slot, ledger };
}
