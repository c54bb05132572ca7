import { randomUUID } from 'node:crypto';

// Booking traffic for the fault suite, played as a careful client would: every request whose answer is lost (the
// connection refused or cut, no answer in time) or that is answered with a coded, retryable error
// (SERVICE_UNAVAILABLE) is sent again with the same idempotency key until it gets a definite answer. Everything is
// tallied, so the suite can check afterwards that nothing was lost or doubled and that every answer had a code.
const REQUEST = `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id status } }`;
const CANCEL = `mutation($id: ID!) { cancelBooking(id: $id, reason: "fault suite") { id status } }`;
export const CLEAN_REFUSALS = new Set(['SLOT_FULL', 'BUDGET_EXCEEDED', 'BOOKING_OVERLAP', 'SLOT_IN_PAST']);
const ANSWER_TIMEOUT_MS = 15_000;
const GIVE_UP_MS = 60_000;

type Answer = { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };

export interface TrafficPerson {
  id: string;
  token: string;
  planId: string;
  /** null: a person without a budget, who books only free sessions (issue 15). */
  budgetId: string | null;
}

export interface Tally {
  sent: number;
  answeredFirstTime: number;
  /** Operations whose first answer was lost or retryable, and were replayed until definite. */
  replayedOperations: number;
  replays: number;
  lost: Record<string, number>;
  retryable: number;
  booked: number;
  refused: Record<string, number>;
  cancelled: number;
  /** Definite answers that broke the rules: an uncoded or unexpected error, a 503 without the code, a hang. */
  violations: string[];
  /** The longest a single operation took from first send to definite answer (ms). */
  longestSettleMs: number;
}

export const newTally = (): Tally => ({ sent: 0, answeredFirstTime: 0, replayedOperations: 0, replays: 0, lost: {}, retryable: 0, booked: 0, refused: {}, cancelled: 0, violations: [], longestSettleMs: 0 });

/** What each idempotency key finally got: the booking's id, or the refusal's code. */
export type KeyOutcome = { personId: string; bookingId: string } | { personId: string; refused: string };

export class BookingTraffic {
  readonly keys = new Map<string, KeyOutcome>();
  readonly cancelledIds = new Set<string>();
  private readonly open = new Map<string, { id: string; person: TrafficPerson }[]>();
  tally = newTally();
  private running = false;
  private loops: Promise<void>[] = [];

  constructor(
    private readonly url: () => string,
    private readonly people: TrafficPerson[],
    private readonly slotIds: string[],
    /** Free sessions: booked by everyone, and the only ones people without a budget book. */
    private readonly freeSlotIds: string[] = [],
  ) {}

  start(clients: number): void {
    this.running = true;
    this.loops = Array.from({ length: clients }, () => this.loop());
  }

  /** Stops sending new operations and waits until every operation in flight has a definite answer. */
  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  private async loop(): Promise<void> {
    const pick = <T>(a: T[]) => a[Math.floor(Math.random() * a.length)];
    while (this.running) {
      const person = pick(this.people);
      const mine = this.open.get(person.id) ?? [];
      if (mine.length && Math.random() < 0.25) await this.cancel(mine.splice(Math.floor(Math.random() * mine.length), 1)[0]);
      else await this.request(person, pick(person.budgetId ? [...this.slotIds, ...this.freeSlotIds] : this.freeSlotIds));
    }
  }

  private async request(person: TrafficPerson, slotId: string): Promise<void> {
    const key = `fault-${randomUUID()}`;
    const body = await this.settle(REQUEST, { input: { slotId, planId: person.planId, budgetId: person.budgetId, idempotencyKey: key } }, person.token);
    if (!body) return;
    const code = body.errors?.[0]?.extensions?.code as string | undefined;
    if (!code) {
      const id = body.data.requestBooking.id as string;
      this.keys.set(key, { personId: person.id, bookingId: id });
      this.tally.booked++;
      const list = this.open.get(person.id) ?? [];
      list.push({ id, person });
      this.open.set(person.id, list);
    } else if (CLEAN_REFUSALS.has(code)) {
      this.keys.set(key, { personId: person.id, refused: code });
      this.tally.refused[code] = (this.tally.refused[code] ?? 0) + 1;
    } else {
      this.tally.violations.push(`requestBooking answered ${code}: ${body.errors![0].message}`);
    }
  }

  private async cancel(booking: { id: string; person: TrafficPerson }): Promise<void> {
    const body = await this.settle(CANCEL, { id: booking.id }, booking.person.token);
    if (!body) return;
    const code = body.errors?.[0]?.extensions?.code as string | undefined;
    // A replayed cancel whose first answer was lost finds the booking already cancelled: CONFLICT, and cancelled.
    if (!code || code === 'CONFLICT') {
      this.cancelledIds.add(booking.id);
      this.tally.cancelled++;
    } else {
      this.tally.violations.push(`cancelBooking answered ${code}: ${body.errors![0].message}`);
    }
  }

  /** Sends until a definite answer (data, or an error other than SERVICE_UNAVAILABLE); null if it never came. */
  private async settle(query: string, variables: Record<string, unknown>, token: string): Promise<Answer | null> {
    const started = Date.now();
    this.tally.sent++;
    for (let attempt = 0; ; attempt++) {
      if (attempt === 1) this.tally.replayedOperations++;
      if (attempt > 0) this.tally.replays++;
      let status = 0;
      let body = null as Answer | null;
      let lost: string | null = null;
      try {
        const res = await fetch(this.url(), {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS),
        });
        status = res.status;
        body = (await res.json()) as Answer;
      } catch (e) {
        const err = e as Error & { cause?: { code?: string; message?: string } };
        lost = err.name === 'TimeoutError' ? 'no answer in 15 s' : (err.cause?.code ?? err.cause?.message ?? err.message);
        if (err.name === 'TimeoutError') this.tally.violations.push(`an operation had no answer within ${ANSWER_TIMEOUT_MS / 1000} s (a hang)`);
      }
      const code = body?.errors?.[0]?.extensions?.code;
      if (!lost && code === 'SERVICE_UNAVAILABLE') {
        this.tally.retryable++;
        if (status !== 503) this.tally.violations.push(`SERVICE_UNAVAILABLE on HTTP ${status}`);
        lost = 'SERVICE_UNAVAILABLE';
      } else if (!lost && body && !body.data && !code) {
        this.tally.violations.push(`an error without a code: ${JSON.stringify(body).slice(0, 200)}`);
      }
      if (lost) {
        this.tally.lost[lost] = (this.tally.lost[lost] ?? 0) + 1;
        if (Date.now() - started > GIVE_UP_MS) {
          this.tally.violations.push(`an operation was still unanswered after ${GIVE_UP_MS / 1000} s (${lost})`);
          return null;
        }
        await new Promise((r) => setTimeout(r, Math.min(1_000, 50 * 2 ** attempt)));
        continue;
      }
      if (attempt === 0) this.tally.answeredFirstTime++;
      this.tally.longestSettleMs = Math.max(this.tally.longestSettleMs, Date.now() - started);
      return body;
    }
  }
}
