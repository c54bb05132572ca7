'use server';
import { randomUUID } from 'node:crypto';
import { redirect } from 'next/navigation';
import { getClient } from '@/lib/apollo/server-client';
import { apiFailure, messageFor } from '@/lib/api-errors';
import { formValues, text, type FieldError, type FormState } from '@/lib/form-state';
import type { DeliveryMode, FundingSource } from '@/gql/graphql';
import { KM_PER_MILE } from '@/features/catalogue/search-params';
import { ADD_OWN_MONEY_MUTATION, REPORT_UNMET_NEED_MUTATION, TOP_UP_OWN_MONEY_MUTATION, UPDATE_PLAN_MUTATION } from './plan-details-operations';

// The forms that keep a person from a dead end (issue 15): edit the plan that drives their matches, put in their
// own money, tell us what they could not find. Each checks what it can here (so the message sits by its field and
// nothing typed is lost), then lets the API decide; the API's refusal is shown by the field it names.
const MAX_MILES = 124; // the API's 200 km
const MODES: DeliveryMode[] = ['IN_PERSON', 'GROUP', 'HOME_VISIT', 'ONLINE', 'PHONE'] as DeliveryMode[];
const ID = /^[0-9a-f-]{36}$/i;

/** Which control an API refusal is about, by the field it names. */
function controlFor(field: string | null, fallback: string): string {
  if (!field) return fallback;
  if (/outcode/i.test(field)) return 'outcode';
  if (/age/i.test(field)) return 'age';
  if (/travel/i.test(field)) return 'travel';
  if (/language/i.test(field)) return 'languages';
  if (/delivery/i.test(field)) return 'modes';
  if (/access/i.test(field)) return 'accessibility';
  if (/need|categor/i.test(field)) return 'needs';
  if (/amount|pence/i.test(field)) return 'amount';
  if (/description/i.test(field)) return 'description';
  return fallback;
}

function failed(prev: FormState, values: Record<string, string>, e: unknown, fallback: string): FormState {
  const f = apiFailure(e);
  if (f.code === 'UNAUTHENTICATED') redirect('/sign-in?next=/plan');
  return { errors: [{ field: controlFor(f.field, fallback), message: messageFor(f.code, f.apiMessage) }], values, attempt: prev.attempt + 1 };
}

export async function updatePlanAction(prev: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const planId = text(form, 'planId', 60);
  const outcode = text(form, 'outcode', 10).toUpperCase();
  const ageText = text(form, 'age', 5);
  const milesText = text(form, 'travel', 8);
  const errors: FieldError[] = [];
  if (!outcode) errors.push({ field: 'outcode', message: 'Enter your postcode district, like M14' });
  const age = ageText ? Number(ageText) : null;
  if (age !== null && !(Number.isInteger(age) && age >= 16 && age <= 120)) errors.push({ field: 'age', message: 'Enter your age as a whole number from 16 to 120, or leave it blank' });
  const miles = milesText ? Number(milesText) : NaN;
  if (!(miles >= 0 && miles <= MAX_MILES)) errors.push({ field: 'travel', message: `Enter how far you would travel, from 0 to ${MAX_MILES} miles` });
  const accessibility = text(form, 'accessibility', 2000)
    .split(/\r?\n/)
    .map((a) => a.trim())
    .filter(Boolean);
  if (accessibility.length > 20) errors.push({ field: 'accessibility', message: 'List at most 20 access needs' });
  else if (accessibility.some((a) => a.length > 80)) errors.push({ field: 'accessibility', message: 'Keep each access need to 80 characters or fewer' });
  const needs = form.getAll('needs').map(String).slice(0, 18);
  if (errors.length || !ID.test(planId)) return { errors: errors.length ? errors : [{ field: 'outcode', message: 'Reload the page and try again' }], values, attempt: prev.attempt + 1 };

  try {
    await getClient().mutate({
      mutation: UPDATE_PLAN_MUTATION,
      variables: {
        id: planId,
        input: {
          outcode,
          age,
          needCategorySlugs: needs,
          preferences: {
            languages: form.getAll('languages').map(String).slice(0, 20),
            deliveryModes: form.getAll('modes').map(String).filter((m): m is DeliveryMode => MODES.includes(m as DeliveryMode)),
            maxTravelKm: Math.round(miles * KM_PER_MILE * 10) / 10,
            prefersPeerSupport: form.get('peer') === 'on',
            accessibility,
          },
        },
      },
    });
  } catch (e) {
    return failed(prev, values, e, 'outcode');
  }
  redirect('/plan?done=details&at=details#details');
}

/** Pounds and pence as typed ("25", "£25.50", "1,000") to whole pence; NaN when it is not an amount. */
function toPence(typed: string): number {
  const clean = typed.replace(/[£,\s]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(clean)) return NaN;
  return Math.round(Number(clean) * 100);
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export async function addOwnMoneyAction(prev: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const planId = text(form, 'planId', 60);
  const budgetId = text(form, 'budgetId', 60);
  const pence = toPence(text(form, 'amount', 20));
  if (!(pence >= 100 && pence <= 5_000_000) || !ID.test(planId)) {
    return { errors: [{ field: 'amount', message: 'Enter an amount from £1 to £50,000, like 25 or 25.50' }], values, attempt: prev.attempt + 1 };
  }
  try {
    if (ID.test(budgetId)) {
      // The key makes a double press add the money once.
      const idempotencyKey = ID.test(text(form, 'key', 60)) ? text(form, 'key', 60) : randomUUID();
      await getClient().mutate({ mutation: TOP_UP_OWN_MONEY_MUTATION, variables: { input: { budgetId, amountPence: pence, note: 'Own money added', idempotencyKey } } });
    } else {
      const today = new Date();
      const yearOn = new Date(Date.UTC(today.getUTCFullYear() + 1, today.getUTCMonth(), today.getUTCDate() - 1));
      await getClient().mutate({
        mutation: ADD_OWN_MONEY_MUTATION,
        variables: { input: { planId, fundingSource: 'SELF_FUNDED' as FundingSource, allocatedPence: pence, periodStartDate: isoDay(today), periodEndDate: isoDay(yearOn), note: 'Own money added' } },
      });
    }
  } catch (e) {
    return failed(prev, values, e, 'amount');
  }
  redirect('/plan?done=own-money&at=budgets#budgets');
}

export type UnmetNeedState = FormState & { sent?: boolean };

export async function reportUnmetNeedAction(prev: UnmetNeedState, form: FormData): Promise<UnmetNeedState> {
  const values = formValues(form);
  const categorySlug = text(form, 'categorySlug', 60);
  const description = text(form, 'description', 1000);
  const outcode = text(form, 'outcode', 10);
  const errors: FieldError[] = [];
  if (!categorySlug) errors.push({ field: 'categorySlug', message: 'Choose the kind of support you were looking for' });
  if (!description) errors.push({ field: 'description', message: 'Say what you could not find' });
  else if (description.length > 500) errors.push({ field: 'description', message: 'Say it in 500 characters or fewer' });
  if (!outcode) errors.push({ field: 'unmet-outcode', message: 'Enter the postcode district where you need it, like M14' });
  if (errors.length) return { errors, values, attempt: prev.attempt + 1 };
  try {
    await getClient().mutate({ mutation: REPORT_UNMET_NEED_MUTATION, variables: { input: { categorySlug, description, outcode } } });
  } catch (e) {
    const f = failed(prev, values, e, 'description');
    return { ...f, errors: f.errors.map((x) => (x.field === 'outcode' ? { ...x, field: 'unmet-outcode' } : x)) };
  }
  return { errors: [], values: {}, attempt: prev.attempt, sent: true };
}
