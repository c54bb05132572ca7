'use server';
import { redirect } from 'next/navigation';
import type { DeliveryMode, PriceUnit, ProviderKind } from '@/gql/graphql';
import { getClient } from '@/lib/apollo/server-client';
import { apiFailure, messageFor } from '@/lib/api-errors';
import { formValues, text, type FieldError, type FormState } from '@/lib/form-state';
import {
  ADD_SLOTS_MUTATION,
  CREATE_OFFERING_MUTATION,
  CREATE_PROVIDER_MUTATION,
  PAUSE_OFFERING_MUTATION,
  PUBLISH_OFFERING_MUTATION,
  UPDATE_OFFERING_MUTATION,
} from './provider-operations';
import { kmFromForm } from './service-radius';
import { londonToday, slotsFor } from './weekly-pattern';

const MODES: DeliveryMode[] = ['IN_PERSON', 'GROUP', 'HOME_VISIT', 'ONLINE', 'PHONE'];
const UNITS: PriceUnit[] = ['SESSION', 'HOUR', 'DAY', 'WEEK'];
const KINDS: ProviderKind[] = ['USER_LED_ORGANISATION', 'CHARITY', 'SOCIAL_ENTERPRISE', 'MICRO_ENTERPRISE', 'PERSONAL_ASSISTANT', 'PRIVATE_COMPANY', 'PUBLIC_BODY'];
const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);

/** "12.50" or "£12" to pence; null when it is not an amount of money. */
function pence(value: string): number | null {
  const m = /^£?\s*(\d{1,5})(?:\.(\d{1,2}))?$/.exec(value.replace(/,/g, ''));
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

export async function saveOfferingAction(prev: FormState, form: FormData): Promise<FormState> {
  const id = text(form, 'offeringId', 60);
  const providerId = text(form, 'providerId', 60);
  const values = formValues(form);
  const errors: FieldError[] = [];
  const title = text(form, 'title', 200);
  const summary = text(form, 'summary', 500);
  const description = text(form, 'description', 5000);
  const categorySlug = text(form, 'categorySlug', 80);
  const deliveryModes = form.getAll('deliveryModes').map(String).filter((m): m is DeliveryMode => MODES.includes(m as DeliveryMode));
  const price = pence(text(form, 'price', 20));
  const priceUnit = text(form, 'priceUnit') as PriceUnit;
  const sessionMinutes = Number(text(form, 'sessionMinutes', 5));
  const serviceRadiusKm = kmFromForm(text(form, 'serviceRadiusMiles', 10), text(form, 'serviceRadiusMilesShown', 10), text(form, 'serviceRadiusKm', 20));
  if (!title) errors.push({ field: 'title', message: 'Enter a name for what you offer' });
  if (!summary) errors.push({ field: 'summary', message: 'Enter a short summary' });
  if (!description) errors.push({ field: 'description', message: 'Describe what people can expect' });
  if (!categorySlug) errors.push({ field: 'categorySlug', message: 'Choose the kind of support' });
  if (!deliveryModes.length) errors.push({ field: 'deliveryModes-IN_PERSON', message: 'Choose at least one way it is given' });
  if (price == null) errors.push({ field: 'price', message: 'Enter a price in pounds, like 12.50 (or 0 if it is free)' });
  if (!UNITS.includes(priceUnit)) errors.push({ field: 'priceUnit', message: 'Choose what the price is for' });
  if (!(sessionMinutes >= 5 && sessionMinutes <= 1440)) errors.push({ field: 'sessionMinutes', message: 'Enter how long a session lasts, in minutes, like 60' });
  if (serviceRadiusKm == null) errors.push({ field: 'serviceRadiusMiles', message: 'Enter how far you travel or how far people come from, in miles, like 5 (300 at most)' });
  if (errors.length) return { errors, values, attempt: prev.attempt + 1 };

  const input = {
    title,
    summary,
    description,
    categorySlug,
    deliveryModes,
    pricePence: price!,
    priceUnit,
    sessionMinutes,
    serviceRadiusKm: serviceRadiusKm!,
    languages: list(text(form, 'languages', 200)).length ? list(text(form, 'languages', 200)) : ['en'],
    accessibility: list(text(form, 'accessibility', 1000)),
    baseOutcode: text(form, 'baseOutcode', 10) || undefined,
  };
  let savedId: string;
  try {
    if (id) {
      await getClient().mutate({ mutation: UPDATE_OFFERING_MUTATION, variables: { id, input } });
      savedId = id;
    } else {
      const { data } = await getClient().mutate({ mutation: CREATE_OFFERING_MUTATION, variables: { providerId, input } });
      savedId = data!.createOffering.id;
    }
  } catch (e) {
    const f = apiFailure(e);
    const field = f.field && ['title', 'summary', 'description', 'categorySlug', 'sessionMinutes', 'baseOutcode'].includes(f.field) ? f.field : f.field === 'pricePence' ? 'price' : f.field === 'serviceRadiusKm' ? 'serviceRadiusMiles' : 'title';
    return { errors: [{ field, message: messageFor(f.code, f.apiMessage) }], values, attempt: prev.attempt + 1 };
  }
  redirect(`/provider/offerings/${savedId}?done=${id ? 'saved' : 'created'}`);
}

async function run(op: () => Promise<unknown>, back: string, done: string): Promise<never> {
  try {
    await op();
  } catch (e) {
    redirect(`${back}?error=${apiFailure(e).code}`);
  }
  redirect(`${back}?done=${done}`);
}

export async function publishOfferingAction(form: FormData): Promise<void> {
  const id = text(form, 'offeringId', 60);
  await run(() => getClient().mutate({ mutation: PUBLISH_OFFERING_MUTATION, variables: { id } }), `/provider/offerings/${id}`, 'published');
}

export async function pauseOfferingAction(form: FormData): Promise<void> {
  const id = text(form, 'offeringId', 60);
  await run(() => getClient().mutate({ mutation: PAUSE_OFFERING_MUTATION, variables: { id } }), `/provider/offerings/${id}`, 'paused');
}

export async function addWeeklySlotsAction(prev: FormState, form: FormData): Promise<FormState> {
  const offeringId = text(form, 'offeringId', 60);
  const values = formValues(form);
  const weekday = Number(text(form, 'weekday', 2));
  const time = text(form, 'time', 5);
  const weeks = Number(text(form, 'weeks', 3));
  const capacity = Number(text(form, 'capacity', 4));
  const minutes = Number(text(form, 'minutes', 5));
  const from = text(form, 'from', 10) || londonToday();
  const errors: FieldError[] = [];
  if (!(weekday >= 0 && weekday <= 6)) errors.push({ field: 'weekday', message: 'Choose a day of the week' });
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) errors.push({ field: 'time', message: 'Enter a start time like 10:00 or 14:30' });
  if (!(Number.isInteger(weeks) && weeks >= 1 && weeks <= 26)) errors.push({ field: 'weeks', message: 'Enter a number of weeks from 1 to 26' });
  if (!(Number.isInteger(capacity) && capacity >= 1 && capacity <= 500)) errors.push({ field: 'capacity', message: 'Enter how many people can come, from 1 to 500' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from)) errors.push({ field: 'from', message: 'Enter the first date like 2026-12-01' });
  if (errors.length) return { errors, values, attempt: prev.attempt + 1 };
  const slots = slotsFor({ weekday, time, weeks, capacity, minutes: minutes > 0 ? minutes : 60, from });
  if (!slots.length) return { errors: [{ field: 'from', message: 'All of those times are in the past. Choose a later first date.' }], values, attempt: prev.attempt + 1 };
  try {
    await getClient().mutate({ mutation: ADD_SLOTS_MUTATION, variables: { offeringId, slots } });
  } catch (e) {
    const f = apiFailure(e);
    return { errors: [{ field: 'weekday', message: messageFor(f.code, f.apiMessage) }], values, attempt: prev.attempt + 1 };
  }
  const last = slots.map((x) => x.startsAt).sort().at(-1)!;
  redirect(`/provider/offerings/${offeringId}?done=slots&added=${slots.length}&until=${last.slice(0, 10)}#slots`);
}

export async function createProviderAction(prev: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const name = text(form, 'name', 200);
  const kind = text(form, 'kind') as ProviderKind;
  const baseOutcode = text(form, 'baseOutcode', 10);
  const description = text(form, 'description', 5000);
  const website = text(form, 'website', 300);
  const errors: FieldError[] = [];
  if (!name) errors.push({ field: 'org-name', message: 'Enter the name of your organisation' });
  if (!KINDS.includes(kind)) errors.push({ field: 'org-kind', message: 'Choose what kind of provider you are' });
  if (!baseOutcode) errors.push({ field: 'org-base', message: 'Enter the postcode district you are based in, like M14' });
  if (!description) errors.push({ field: 'org-description', message: 'Say a few words about your organisation' });
  if (website && !/^https?:\/\/\S+\.\S+$/i.test(website)) errors.push({ field: 'org-website', message: 'Enter a website address starting with https://, or leave it empty' });
  if (errors.length) return { errors, values, attempt: prev.attempt + 1 };
  try {
    await getClient().mutate({ mutation: CREATE_PROVIDER_MUTATION, variables: { input: { name, kind, baseOutcode, description, peerLed: form.get('peerLed') === '1', website: website || undefined } } });
  } catch (e) {
    const f = apiFailure(e);
    const field = ORG_FIELD[f.field ?? ''] ?? 'org-name';
    return { errors: [{ field, message: messageFor(f.code, f.apiMessage) }], values, attempt: prev.attempt + 1 };
  }
  redirect('/provider?done=organisation');
}

/** The organisation form's control for each input field the API may name in a refusal. */
const ORG_FIELD: Record<string, string> = { name: 'org-name', kind: 'org-kind', baseOutcode: 'org-base', description: 'org-description', website: 'org-website' };
