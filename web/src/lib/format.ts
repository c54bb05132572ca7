// Display formats: money is integer pence shown as £12.50; times are shown in UK time whatever the server's zone.
const TZ = 'Europe/London';

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2 });

export function formatPence(pence: number): string {
  return pounds.format(pence / 100);
}

/** £12 or £12.50: whole pounds without pence, for compact places like chart labels. */
export function formatPenceShort(pence: number): string {
  return pence % 100 === 0 ? `£${(pence / 100).toLocaleString('en-GB')}` : formatPence(pence);
}

const dateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: TZ,
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h12',
});
const dateLong = new Intl.DateTimeFormat('en-GB', { timeZone: TZ, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const dateShort = new Intl.DateTimeFormat('en-GB', { timeZone: TZ, day: 'numeric', month: 'short', year: 'numeric' });
const timeOnly = new Intl.DateTimeFormat('en-GB', { timeZone: TZ, hour: 'numeric', minute: '2-digit', hourCycle: 'h12' });

/** "Tue 3 Dec, 10:00 am" */
export function formatDateTime(iso: string | Date): string {
  return dateTime.format(new Date(iso)).replace(/\s(am|pm)$/, '$1').replace(' at ', ', ');
}

export function formatTime(iso: string | Date): string {
  return timeOnly.format(new Date(iso)).replace(/\s(am|pm)$/, '$1');
}

/** "Tuesday 3 December 2026" */
export function formatDateLong(iso: string | Date): string {
  return dateLong.format(new Date(iso));
}

/** "3 Dec 2026"; plain dates (YYYY-MM-DD) are read as that calendar day. */
export function formatDate(value: string | Date): string {
  const d = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return dateShort.format(d);
}

export function formatDistance(km: number | null | undefined): string | null {
  if (km == null) return null;
  const miles = km * 0.621371;
  return miles < 0.95 ? 'less than 1 mile' : `${miles < 10 ? miles.toFixed(1) : Math.round(miles)} miles`;
}

export const PRICE_UNIT: Record<string, string> = { SESSION: 'a session', HOUR: 'an hour', DAY: 'a day', WEEK: 'a week' };

export function formatPrice(pricePence: number, unit: string): string {
  return pricePence === 0 ? 'Free' : `${formatPence(pricePence)} ${PRICE_UNIT[unit] ?? ''}`.trim();
}

export const DELIVERY_MODE: Record<string, string> = {
  IN_PERSON: 'In person',
  GROUP: 'In a group',
  HOME_VISIT: 'At your home',
  ONLINE: 'Online',
  PHONE: 'By phone',
};

export const PROVIDER_KIND: Record<string, string> = {
  USER_LED_ORGANISATION: 'User-led group',
  CHARITY: 'Charity',
  SOCIAL_ENTERPRISE: 'Social enterprise',
  MICRO_ENTERPRISE: 'Small local business',
  PERSONAL_ASSISTANT: 'Personal assistant',
  PRIVATE_COMPANY: 'Company',
  PUBLIC_BODY: 'Council or NHS',
};

export const LANGUAGE: Record<string, string> = {
  en: 'English',
  cy: 'Welsh',
  gd: 'Scottish Gaelic',
  ur: 'Urdu',
  pa: 'Punjabi',
  bn: 'Bengali',
  gu: 'Gujarati',
  pl: 'Polish',
  ar: 'Arabic',
  so: 'Somali',
  zh: 'Chinese',
  ro: 'Romanian',
  pt: 'Portuguese',
  es: 'Spanish',
  fr: 'French',
  tr: 'Turkish',
  ku: 'Kurdish',
  fa: 'Persian (Farsi)',
  ti: 'Tigrinya',
  uk: 'Ukrainian',
  bfi: 'British Sign Language',
};

export const languageName = (code: string) => LANGUAGE[code] ?? code;

export const LIFE_AREA: Record<string, string> = {
  MENTAL_WELLBEING: 'Mental wellbeing',
  SOCIAL_CONNECTION: 'Friends and community',
  RELATIONSHIPS: 'Relationships',
  WORK_AND_LEARNING: 'Work and learning',
  LIVING_SKILLS: 'Everyday living',
  MONEY_AND_HOUSING: 'Money and housing',
  PHYSICAL_HEALTH: 'Physical health',
  SUBSTANCE_USE: 'Drink and drugs',
  IDENTITY_AND_SELF_ESTEEM: 'Feeling good about yourself',
  HOPE_AND_TRUST: 'Hope and trust',
};

export const BOOKING_STATUS: Record<string, string> = {
  REQUESTED: 'Waiting for the provider',
  CONFIRMED: 'Confirmed',
  DECLINED: 'Declined',
  CANCELLED: 'Cancelled',
  COMPLETED: 'Done',
  NO_SHOW: 'Missed',
};

export const FUNDING_SOURCE: Record<string, string> = {
  DIRECT_PAYMENT: 'Direct payment',
  PERSONAL_HEALTH_BUDGET: 'Personal health budget',
  INDIVIDUAL_SERVICE_FUND: 'Individual service fund',
  SELF_FUNDED: 'Your own money',
};

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
