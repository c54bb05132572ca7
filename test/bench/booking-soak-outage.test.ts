import { runBookingSoak } from '../../server/src/bench/booking-load';
import { sqlOffering, sqlProvider, sqlSlot } from '../factories/catalogue';
import { hoursFromNow } from '../factories/bookings';
import { startTestServer, type TestServer } from '../support/test-server';

// The booking soak used to stop after 20 errors when its server went away, and crash in its clean-up. Now it sends
// each request whose answer was lost again with the same idempotency key, and finishes with the invariants intact.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

it('survives its server going away for a while mid-soak, replaying lost requests, and the invariants hold', async () => {
  const provider = await sqlProvider(server.ds, { verified: true });
  const offeringId = await sqlOffering(server.ds, provider.id, { pricePence: 1500 });
  for (let i = 0; i < 12; i++) await sqlSlot(server.ds, offeringId, hoursFromNow(24 + 2 * i), 3);

  const port = Number(new URL(server.url).port);
  const http = server.runtime.server;
  const outage = (async () => {
    await new Promise((r) => setTimeout(r, 1_000));
    http.close();
    http.closeAllConnections();
    await new Promise((r) => setTimeout(r, 1_500));
    await new Promise<void>((r) => http.listen(port, r));
  })();
  const logs: string[] = [];
  const r = await runBookingSoak({ url: server.url, ds: server.ds, authSecret: server.runtime.config.authSecret, seconds: 4, clients: 4, people: 20, slots: 12, budgetPence: 6000, keep: false, log: (m) => logs.push(m) });
  await outage;
  expect(r.unexpectedErrors).toEqual([]);
  expect(r.violations).toEqual([]);
  expect(r.replayed).toBeGreaterThan(0);
  expect(r.ok).toBe(true);
  expect(logs.join('\n')).toMatch(/not answering/);
}, 60_000);
