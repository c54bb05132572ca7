import { signUp } from '../factories/accounts';
import { inDays, sqlOffering, sqlProvider, sqlSlot } from '../factories/catalogue';
import { sqlPlan } from '../factories/people';
import { captureOnFailure, expectNoAxeViolations, signIn, useJourney } from './support/journey';

// Issue 15, "no dead ends": a person without a council budget edits their plan (adds Urdu and online), books a free
// session with no budget, is told what to do about a priced one, adds their own money, searches for something
// absent and tells us about it, and sees their council's name for a needs assessment. axe on every page.
// One long walk through nine pages with axe on each: on a loaded machine that takes minutes.
jest.setTimeout(420_000);

describe('no dead ends for a person without a council budget', () => {
  const j = useJourney();

  it('edits the plan, books a free session, adds own money, reports an unmet need and learns whom to ask', async () => {
    const { stack, page } = j;
    const ds = stack.api.ds;
    const far = await sqlProvider(ds, { name: 'Leeds Urdu Circle', baseOutcode: 'LS1' });
    const local = await sqlProvider(ds, { name: 'Rusholme Growers', baseOutcode: 'M14' });
    // Free and only online from M14: suggested once the plan says online suits.
    const chat = await sqlOffering(ds, far.id, { title: 'Urdu chat circle', baseOutcode: 'LS1', serviceRadiusKm: 5, pricePence: 0, deliveryModes: ['ONLINE'], languages: ['en', 'ur'] });
    const garden = await sqlOffering(ds, local.id, { title: 'Gardening club', baseOutcode: 'M14', pricePence: 1500, deliveryModes: ['GROUP', 'IN_PERSON'] });
    await sqlSlot(ds, chat, inDays(3, 10), 6);
    await sqlSlot(ds, garden, inDays(4, 10), 6);

    const person = await signUp(stack.api, 'PERSON', 'Sam Khan');
    const plan = await sqlPlan(ds, { personId: person.id, outcode: 'M14', needs: ['peer-support'] });
    // Support in person only, for now: online support is not suggested.
    await ds.query(`UPDATE support_plan SET pref_delivery_modes = '{IN_PERSON}' WHERE id = $1`, [plan.id]);
    const district = await stack.api.gql(`{ postcodeDistrict(outcode: "M14") { commissioningAuthority { councilName } } }`);
    const council = district.data!.postcodeDistrict.commissioningAuthority.councilName as string;
    expect(council).toMatch(/Manchester/);

    await captureOnFailure(page, 'no-dead-ends-plan', async () => {
      await signIn(page, person.email);
      await page.goto('/plan');
      await expect(page.getByRole('heading', { name: 'Your plan', exact: true }).count()).resolves.toBe(1);
      await expect(page.locator('#matches').textContent()).resolves.not.toContain('Urdu chat circle');
      await expectNoAxeViolations(page);

      // A mistake: the message is by its field, the summary links to it, and everything typed is kept.
      await page.getByLabel('Urdu').check();
      await page.getByLabel('Online').check();
      await page.getByLabel('How far you would travel, in miles').fill('5');
      await page.getByLabel('Your age (optional)').fill('12');
      await page.getByRole('button', { name: 'Save your plan' }).click();
      await page.locator('.error-summary').waitFor();
      await expect(page.locator('.error-summary a').first().getAttribute('href')).resolves.toBe('#age');
      await expect(page.locator('#age-error').textContent()).resolves.toContain('from 16 to 120');
      expect(await page.getByLabel('Urdu').isChecked()).toBe(true);
      expect(await page.getByLabel('Online').isChecked()).toBe(true);
      await expect(page.getByLabel('How far you would travel, in miles').inputValue()).resolves.toBe('5');
      await expectNoAxeViolations(page);

      await page.getByLabel('Your age (optional)').fill('34');
      await Promise.all([page.waitForURL(/done=details/), page.getByRole('button', { name: 'Save your plan' }).click()]);
      // The message is under the section's heading, where the browser lands.
      await expect(page.locator('#details .notice--success').textContent()).resolves.toContain('Your plan is saved');
      const summary = await page.locator('#details .summary-list').textContent();
      expect(summary).toContain('Urdu');
      expect(summary).toContain('online');
      expect(summary).toContain('Up to 5 miles');
      const [stored] = await ds.query(`SELECT pref_languages, pref_delivery_modes::text[] AS modes, max_travel_km, age FROM support_plan WHERE id = $1`, [plan.id]);
      expect(stored).toMatchObject({ pref_languages: ['ur'], modes: ['IN_PERSON', 'ONLINE'], age: 34 });
      expect(Number(stored.max_travel_km)).toBeCloseTo(8, 0);
      // Matches follow the plan: the free online Urdu group is suggested, said to be free, with no budget talk.
      const match = page.locator('.match', { hasText: 'Urdu chat circle' });
      await expect(match.textContent()).resolves.toContain('Free');
      await expect(page.locator('#matches').textContent()).resolves.not.toMatch(/£0\.00|from your budget/);
      await expectNoAxeViolations(page);
    });

    await captureOnFailure(page, 'no-dead-ends-book', async () => {
      await page.goto(`/offerings/${chat}/book`);
      await expect(page.locator('main').textContent()).resolves.toContain('This session is free. You do not need a budget');
      await expect(page.getByText('Choose how to pay').count()).resolves.toBe(0);
      await expectNoAxeViolations(page);
      await page.locator('input[name="slotId"]').first().check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('heading', { name: 'Check your booking' }).waitFor();
      const check = await page.locator('.summary-list').textContent();
      expect(check).toContain('Free: nothing is taken from any budget');
      expect(check).not.toContain('Paid from');
      await expectNoAxeViolations(page);
      await Promise.all([page.waitForURL(/done=booked/), page.getByRole('button', { name: 'Confirm booking' }).click()]);
      await expect(page.locator('.confirmation-panel').textContent()).resolves.toContain('It is free: nothing is taken from any budget.');
      const [booking] = await ds.query(`SELECT budget_id, total_pence, status FROM booking WHERE person_id = $1`, [person.id]);
      expect(booking).toEqual({ budget_id: null, total_pence: 0, status: 'REQUESTED' });
      await expectNoAxeViolations(page);

      // A priced session without a budget: not a dead end, but what to do.
      await page.goto(`/offerings/${garden}/book`);
      const need = await page.locator('#need-money').textContent();
      expect(need).toContain('This session costs £15.00');
      expect(need).toContain(`ask ${council} for a needs assessment`);
      await expect(page.getByRole('link', { name: 'add your own money' }).getAttribute('href')).resolves.toBe('/plan#own-money');
      await expectNoAxeViolations(page);
    });

    await captureOnFailure(page, 'no-dead-ends-money', async () => {
      await page.goto('/plan#own-money');
      await page.getByLabel('How much do you want to add?').fill('lots');
      await page.getByRole('button', { name: 'Add my own money' }).click();
      await page.locator('#amount-error').waitFor();
      await expect(page.getByLabel('How much do you want to add?').inputValue()).resolves.toBe('lots');
      await expectNoAxeViolations(page);
      await page.getByLabel('How much do you want to add?').fill('40');
      await Promise.all([page.waitForURL(/done=own-money/), page.getByRole('button', { name: 'Add my own money' }).click()]);
      await expect(page.locator('.notice--success').textContent()).resolves.toContain('Your own money is added');
      const [pot] = await ds.query(`SELECT b.funding_source, b.allocated_pence, b.funding_authority_code FROM budget b WHERE b.plan_id = $1`, [plan.id]);
      expect(pot).toEqual({ funding_source: 'SELF_FUNDED', allocated_pence: 4000, funding_authority_code: null });
      await expect(page.getByRole('heading', { name: 'Add more of your own money' }).count()).resolves.toBe(1);
      await expectNoAxeViolations(page);
    });

    await captureOnFailure(page, 'no-dead-ends-unmet', async () => {
      await page.goto('/?q=underwater+basket+weaving&near=M14');
      await expect(page.getByRole('heading', { name: /^No results/ }).count()).resolves.toBe(1);
      await expect(page.getByRole('heading', { name: `Ask ${council} for a needs assessment` }).count()).resolves.toBe(1);
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Send' }).click();
      await page.locator('#description-error').waitFor();
      await expectNoAxeViolations(page);
      await page.getByLabel('What kind of support were you looking for?').selectOption('peer-support');
      await page.getByLabel('What could you not find?').fill('An underwater basket weaving group');
      await page.getByRole('button', { name: 'Send' }).click();
      await page.getByText('Thank you. We have passed on what you could not find').waitFor();
      const [need] = await ds.query(`SELECT local_authority_code, description FROM unmet_need ORDER BY reported_at DESC LIMIT 1`);
      expect(need).toEqual({ local_authority_code: 'E08000003', description: 'An underwater basket weaving group' });
      await expectNoAxeViolations(page);
    });
  });
});
