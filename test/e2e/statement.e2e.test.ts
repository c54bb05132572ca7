import { commissioner } from '../factories/accounts';
import { sqlOffering, sqlProvider } from '../factories/catalogue';
import { sqlPlan } from '../factories/people';
import { captureOnFailure, expectNoAxeViolations, setPassword, signIn, useJourney } from './support/journey';

// Kent's commissioner opens the market position statement for Kent County Council (a two-tier area: Maidstone and
// Canterbury are two of its districts), prints it to PDF and downloads the figures as CSV.
describe('market position statement journey', () => {
  const j = useJourney();

  it("prints Kent's statement to PDF and downloads its CSVs", async () => {
    const { stack, page } = j;
    const ds = stack.api.ds;
    const maidstone = await sqlProvider(ds, { name: 'Maidstone Peer Network', baseOutcode: 'ME14', peerLed: true });
    await sqlOffering(ds, maidstone.id, { title: 'Peer group', categorySlug: 'peer-support', baseOutcode: 'ME14', deliveryModes: ['GROUP'] });
    const canterbury = await sqlProvider(ds, { name: 'Canterbury Befrienders', baseOutcode: 'CT1' });
    await sqlOffering(ds, canterbury.id, { title: 'Befriending', categorySlug: 'befriending', baseOutcode: 'CT1', deliveryModes: ['IN_PERSON'] });
    for (let i = 0; i < 35; i++) await sqlPlan(ds, { outcode: i % 2 ? 'ME14' : 'CT1', needs: ['peer-support'] });
    await ds.query(
      `INSERT INTO search_event (local_authority_code, category_ids, result_count) SELECT 'E07000110', ARRAY[(SELECT id FROM category WHERE slug = 'peer-support')], 0 FROM generate_series(1, 3)`,
    );
    const officer = await commissioner(stack.api, 'E10000016');
    await setPassword(j, officer);

    await captureOnFailure(page, 'statement', async () => {
      await signIn(page, officer.email);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Your market: Kent');
      await page.getByRole('link', { name: 'Market position statement (printable)' }).click();
      await page.waitForURL('**/commissioner/statement');
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Market position statement: Kent County Council');

      // The summary reads as a statement, and the banded gap is published although 3 unmet searches are withheld.
      await expect(page.locator('.statement-summary').textContent()).resolves.toContain('The biggest gaps between need and supply in Kent are in peer support (very high)');
      const peer = page.getByRole('table', { name: /Gaps between need and supply in Kent/ }).getByRole('row', { name: /^Peer support/ });
      await expect(peer.locator('td').last().textContent()).resolves.toBe('36.00–42.00 · Very high (a count is withheld)');
      // Every district of Kent has a row; the map outlines Kent.
      const districts = page.getByRole('table', { name: /Need and in-person supply in each district of Kent/ });
      await expect(districts.locator('tbody tr').count()).resolves.toBe(12);
      await expect(districts.getByRole('row', { name: /^Maidstone/ }).count()).resolves.toBe(1);
      await expect(page.locator('.map__outline').count()).resolves.toBe(2);
      await expect(page.locator('.map__supply title').allTextContents()).resolves.toEqual(expect.arrayContaining(['ME14: 1 offer based here', 'CT1: 1 offer based here']));
      // Prices and trends: a chart for each measure, then every month of every measure in one table, laid open.
      await expect(page.getByRole('table', { name: /What support costs in Kent/ }).count()).resolves.toBe(1);
      await expect(page.locator('.trends__item').count()).resolves.toBe(6);
      await expect(page.locator('.trends__item svg[role="img"]').count()).resolves.toBe(6);
      const trends = page.getByRole('table', { name: 'Month by month in Kent' });
      await expect(trends.isVisible()).resolves.toBe(true);
      await expect(trends.locator('thead th').allTextContents()).resolves.toEqual(['Month', 'People needing support', 'Offers', 'Free places', 'Searches finding nothing', 'Spend', 'Change in goal scores']);
      await expect(trends.locator('tbody tr').count()).resolves.toBe(12);
      await expect(trends.locator('tbody tr').first().locator('td').count()).resolves.toBe(6);
      await expectNoAxeViolations(page);

      // Printed: the print rules hide the site's header and the buttons, and the PDF has several A4 pages.
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('header').first().isVisible()).resolves.toBe(false);
      await expect(page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).resolves.toBe(false);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBeGreaterThanOrEqual(3);
      await page.emulateMedia({ media: 'screen' });

      for (const view of ['market-gaps', 'market-districts', 'market-diversity', 'market-prices', 'market-trends', 'outcomes']) {
        const link = page.locator(`a[href="/exports/${view}/E10000016.csv"]`);
        await expect(link.count()).resolves.toBe(1);
        const res = await page.request.get(`/exports/${view}/E10000016.csv`);
        expect(res.status()).toBe(200);
        expect(res.headers()['content-type']).toContain('text/csv');
        expect((await res.text()).split('\n')[1]).toMatch(/^E10000016,/);
      }
      // Maidstone's figures are Kent's to publish, not Maidstone's: the district code is refused, naming Kent.
      const refused = await page.request.get('/exports/market-gaps/E07000110.csv');
      expect(refused.status()).toBe(400);
      expect(await refused.text()).toContain('care is commissioned by Kent County Council (E10000016)');
    });
  });
});
