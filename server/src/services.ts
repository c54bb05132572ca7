import type { DataSource } from 'typeorm';
import type { Config } from './config';
import type { Log } from './common/logger';
import { AccountService } from './modules/account/account.service';
import { BookingService } from './modules/booking/booking.service';
import { ReviewService } from './modules/booking/review.service';
import { BudgetLedger } from './modules/budget/budget-ledger.service';
import { DemandRecorder } from './modules/market/demand-recorder';
import { MarketService } from './modules/market/market.service';
import { OfferingService } from './modules/catalogue/offering.service';
import { SlotService } from './modules/catalogue/slot.service';
import { Taxonomy } from './modules/catalogue/taxonomy';
import { PlaceDirectory } from './modules/place/place-directory';
import { ProviderService } from './modules/provider/provider.service';
import { PlanService } from './modules/plan/plan.service';
import { BudgetService } from './modules/budget/budget.service';
import { AllocationService } from './modules/allocation/allocation.service';
import { MatchingService } from './modules/matching/matching.service';
import { OutcomeService } from './modules/outcome/outcome.service';
import { OrukFeedService } from './modules/openreferral/oruk-feed.service';
import { MessageService } from './modules/message/message.service';
import { NotificationService } from './modules/notification/notification.service';
import { SupporterService } from './modules/supporter/supporter.service';
import { VerificationService } from './modules/provider/verification.service';
import { ConcernService } from './modules/safety/concern.service';
import { SuspensionService } from './modules/safety/suspension.service';

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
  booking: BookingService;
  review: ReviewService;
  demand: DemandRecorder;
  market: MarketService;
  plan: PlanService;
  budget: BudgetService;
  allocation: AllocationService;
  matching: MatchingService;
  outcome: OutcomeService;
  oruk: OrukFeedService;
  message: MessageService;
  notification: NotificationService;
  supporter: SupporterService;
  verification: VerificationService;
  concern: ConcernService;
  suspension: SuspensionService;
}

export async function createServices(config: Config, ds: DataSource, log: Log): Promise<Services> {
  const places = await PlaceDirectory.load(ds.manager);
  const taxonomy = await Taxonomy.load(ds.manager);
  const account = new AccountService(config, places);
  const provider = new ProviderService(places);
  const demand = new DemandRecorder(ds, log);
  const market = new MarketService(places, taxonomy, log, config.authSecret, config.marketCacheSeconds, config.marketNationalCacheSeconds);
  const offering = new OfferingService(places, taxonomy, provider, demand);
  const slot = new SlotService(offering);
  const ledger = new BudgetLedger();
  const booking = new BookingService(provider);
  const review = new ReviewService();
  const plan = new PlanService(places, taxonomy, log);
  const budget = new BudgetService(ledger, plan);
  const allocation = new AllocationService(places);
  const matching = new MatchingService(plan, places, taxonomy);
  const outcome = new OutcomeService(plan);
  const oruk = new OrukFeedService(places, taxonomy, config.webOrigin);
  const message = new MessageService();
  const notification = new NotificationService();
  const supporter = new SupporterService(plan);
  const verification = new VerificationService(provider);
  const concern = new ConcernService(plan);
  const suspension = new SuspensionService();
  return { config, log, places, taxonomy, account, provider, offering, slot, ledger, demand, market, booking, review, plan, budget, allocation, matching, outcome, oruk, message, notification, supporter, verification, concern, suspension };
}
