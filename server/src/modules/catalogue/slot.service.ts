import { badInput, conflict } from '../../common/app-error';
import type { RequestContext } from '../../graphql/request-context';
import { pgCode, PG } from '../../db/sql';
import { OfferingStatus } from './catalogue.enums';
import type { Offering } from './offering.entity';
import type { OfferingService } from './offering.service';
import type { Slot, SlotInput } from './slot.entity';
import { SlotRepository } from './slot.repository';

// Owns: slots belong to one offering and are added only by those who manage it; each starts in the future, ends
// after it starts (within 24 hours) and has 1-500 places; one offering never has two slots starting together.
// A batch is all or nothing.
const MAX_SLOTS_PER_CALL = 200;
const DEFAULT_WINDOW_DAYS = 28;
const MAX_WINDOW_DAYS = 92;

export class SlotService {
  constructor(private readonly offerings: OfferingService) {}

  async addSlots(ctx: RequestContext, offeringId: string, slots: SlotInput[]): Promise<Slot[]> {
    if (slots.length === 0) throw badInput('Give at least one slot.', 'slots');
    if (slots.length > MAX_SLOTS_PER_CALL) throw badInput(`Add at most ${MAX_SLOTS_PER_CALL} slots at a time.`, 'slots');
    const { offering } = await this.offerings.loadManaged(ctx, offeringId);
    if (offering.status === OfferingStatus.ARCHIVED) throw conflict('Slots cannot be added to an archived offering.');
    const now = Date.now();
    const seen = new Set<number>();
    for (const [i, s] of slots.entries()) {
      const start = s.startsAt.getTime();
      const end = s.endsAt.getTime();
      if (start <= now) throw badInput(`Slot ${i + 1} starts in the past.`, `slots.${i}.startsAt`);
      if (end <= start) throw badInput(`Slot ${i + 1} must end after it starts.`, `slots.${i}.endsAt`);
      if (end - start > 24 * 3600_000) throw badInput(`Slot ${i + 1} lasts more than 24 hours.`, `slots.${i}.endsAt`);
      if (seen.has(start)) throw badInput(`Two of the slots start at the same time (${s.startsAt.toISOString()}).`, `slots.${i}.startsAt`);
      seen.add(start);
    }
    try {
      // One INSERT ... SELECT unnest: the whole batch lands or none of it does.
      return await SlotRepository.insertMany(ctx.db, offering.id, slots);
    } catch (e) {
      if (pgCode(e) === PG.uniqueViolation) throw conflict('This offering already has a slot starting at one of those times. Nothing was added.');
      throw e;
    }
  }

  /** Slots of an offering in a window: by default the next four weeks. */
  slotsOf(ctx: RequestContext, offering: Offering, from?: Date | null, to?: Date | null): Promise<Slot[]> {
    const start = from ?? new Date();
    const end = to ?? new Date(start.getTime() + DEFAULT_WINDOW_DAYS * 86_400_000);
    if (end <= start) throw badInput('"to" must be after "from".', 'to');
    if (end.getTime() - start.getTime() > MAX_WINDOW_DAYS * 86_400_000) throw badInput(`Ask for at most ${MAX_WINDOW_DAYS} days of slots at a time.`, 'to');
    return ctx.loaders.slotsByOfferingId(start, end).load(offering.id);
  }
}
