import { commissioner } from '../factories/accounts';
import { sqlOffering, sqlProvider } from '../factories/catalogue';
import { sqlPlan } from '../factories/people';
import { captureOnFailure, expectFitsPhone, expectNoAxeViolations, setPassword, signIn, useJourney } from './support/journey';

// A commissioner signs in, sees the gap table and the map of their own area, and can download the CSVs.
describe('commissioner journey: gaps, map and downloads', () => {
  const j = useJourney();

  it('sees the gap table and map for their area, with download links that work', async () => {
    const { stack, page } = j;
    const ds = stack.api.ds;
    const provider = await sqlProvider(ds, { name: 'Hulme Peer Group', baseOutcode: 'M15', peerLed: true });
    await sqlOffering(ds, provider.id, { title: 'Peer group', baseOutcode: 'M15', deliveryModes: ['GROUP'] });
    await sqlOffering(ds, provider.id, { title: 'Peer walk', baseOutcode: 'M15', deliveryModes: ['IN_PERSON'] });
    for (let i = 0; i < 6; i++) await sqlPlan(ds, { outcode: 'M14', needs: ['peer-support'] });
    const officer = await commissioner(stack.api, 'E08000003');
    await setPassword(j, officer);

    await captureOnFailure(page, 'commissioner-dashboard', async () => {
      await signIn(page, officer.email);
      expect(new URL(page.url()).pathname).toBe('/commissioner');
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Your market: Manchester');
      // No area picker: a commissioner sees their own area only.
      await expect(page.locator('select#la').count()).resolves.toBe(0);

      const gapTable = page.getByRole('table', { name: /Gaps between need and supply in Manchester/ });
      const peerRow = gapTable.getByRole('row', { name: /^Peer support/ });
      const cells = await peerRow.locator('td').allTextContents();
      expect(cells[2]).toBe('2'); // offers reaching the area
      expect(cells[5]).toMatch(/\d · (Low|Fairly low|Medium|High|Very high)|Withheld/); // the heat cell also has words and numbers

      const map = page.getByRole('img', { name: /Manchester close up/ });
      await expect(map.count()).resolves.toBe(1);
      await expect(page.getByRole('img', { name: /Map of Great Britain/ }).count()).resolves.toBe(1);
      await expect(page.locator('.map__supply title').allTextContents()).resolves.toContain('M15: 2 offers based here');
      await page.locator('summary', { hasText: 'The map as a table' }).click();
      await expect(page.getByRole('row', { name: /^M15/ }).textContent()).resolves.toContain('2');
      await expectNoAxeViolations(page);
      await expectFitsPhone(page);

      for (const view of ['market-gaps', 'market-diversity', 'outcomes']) {
        const link = page.locator(`a[href="/exports/${view}/E08000003.csv"]`);
        await expect(link.count()).resolves.toBe(1);
        const res = await page.request.get(`/exports/${view}/E08000003.csv`);
        expect(res.status()).toBe(200);
        expect(res.headers()['content-type']).toContain('text/csv');
      }
      // Another area's export is refused, even through the web app.
      expect((await page.request.get('/exports/market-gaps/E09000001.csv')).status()).toBe(403);
    });
  });
});
