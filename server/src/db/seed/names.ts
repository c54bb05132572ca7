import { ProviderKind } from '../../modules/provider/provider.enums';
import type { Random } from './random';

// Word lists for seeded people and providers. Made-up names only: any likeness to a real organisation is chance.

export const FIRST_NAMES = [
  'Aisha', 'Alex', 'Amara', 'Amir', 'Anna', 'Ben', 'Bethan', 'Callum', 'Carys', 'Chloe', 'Chris', 'Daniel', 'Deepa',
  'Dylan', 'Eilidh', 'Ellie', 'Emeka', 'Emma', 'Fatima', 'Finn', 'Fiona', 'Gareth', 'Grace', 'Hamza', 'Hannah',
  'Harpreet', 'Iain', 'Imran', 'Isla', 'Jack', 'Jade', 'James', 'Jo', 'Kayleigh', 'Kemi', 'Kirsty', 'Lewis', 'Liam',
  'Lowri', 'Lucy', 'Marek', 'Maria', 'Mark', 'Megan', 'Mohammed', 'Morgan', 'Nadia', 'Niamh', 'Nia', 'Oliver',
  'Olu', 'Paul', 'Priti', 'Rachel', 'Rhys', 'Rosa', 'Ruth', 'Ryan', 'Sadia', 'Sam', 'Sean', 'Shona', 'Sian',
  'Sophie', 'Stuart', 'Tariq', 'Tom', 'Wei', 'Yasmin', 'Zofia',
];

export const SURNAMES = [
  'Abbott', 'Ahmed', 'Ali', 'Baker', 'Begum', 'Bennett', 'Brown', 'Campbell', 'Chen', 'Clarke', 'Cooper', 'Davies',
  'Edwards', 'Evans', 'Fraser', 'Green', 'Griffiths', 'Hall', 'Hughes', 'Hussain', 'Jackson', 'James', 'Jones',
  'Kaur', 'Khan', 'Kowalski', 'Lewis', 'MacDonald', 'Mahmood', 'Martin', 'McLean', 'Mensah', 'Morgan', 'Morris',
  'Murphy', 'Nowak', 'Okafor', 'Owen', 'Patel', 'Phillips', 'Price', 'Rahman', 'Reid', 'Roberts', 'Robertson',
  'Robinson', 'Scott', 'Shah', 'Singh', 'Smith', 'Stewart', 'Taylor', 'Thomas', 'Thompson', 'Walker', 'Watson',
  'White', 'Williams', 'Wilson', 'Wright', 'Young',
];

// Nature and place words that small organisations like to be named after.
const EMBLEMS = [
  'Willow', 'Oak', 'Heron', 'Bluebell', 'Kestrel', 'Lantern', 'Harbour', 'Beacon', 'Compass', 'Thistle', 'Heather',
  'Rowan', 'Meadow', 'Orchard', 'Riverside', 'Hillside', 'Skylark', 'Acorn', 'Hazel', 'Sunflower', 'Bridge',
  'Lighthouse', 'Wayfinder', 'Kingfisher', 'Maple', 'Foxglove', 'Juniper', 'Ash Tree', 'Open Door', 'Greenway',
];

const PROVIDER_NAMES: Record<ProviderKind, readonly string[]> = {
  [ProviderKind.USER_LED_ORGANISATION]: [
    '{area} Peer Support Collective', '{area} Hearing Voices Network', 'Voices of {area}', '{area} Lived Experience Network',
    "{area} Survivors' Forum", 'Open Minds {area}', 'Together We Can {area}', '{area} Recovery Community',
    'Side by Side {area}', '{emblem} Peer Collective', "{area} Disabled People's Organisation", '{area} Mental Health Forum',
    '{emblem} Recovery Circle', 'Nothing About Us {area}',
  ],
  [ProviderKind.CHARITY]: [
    '{area} Community Wellbeing Trust', '{area} Advice Centre', '{area} Carers Centre', '{emblem} House', 'Friends of {area}',
    '{area} Befriending Scheme', '{area} Wellbeing Foundation', 'The {emblem} Project', '{area} Community Action',
    '{emblem} Trust', '{area} Independent Advocacy', '{area} Recovery Trust',
  ],
  [ProviderKind.SOCIAL_ENTERPRISE]: [
    '{emblem} Works CIC', '{area} Green Futures CIC', '{emblem} Kitchen CIC', 'Grow {area} CIC', 'Second Chances {area} CIC',
    '{emblem} Co-operative', 'Made in {area} CIC', '{area} Community Bike Hub CIC', '{emblem} Social Enterprise',
  ],
  [ProviderKind.MICRO_ENTERPRISE]: [
    '{last} Wellbeing', '{emblem} Wellbeing', '{first} {last} Wellbeing', 'Small Steps {area}', 'Brighter Days {area}',
    '{emblem} Community Support', '{last} & {last2} Support', '{emblem} Therapies', 'Walk and Talk {area}',
  ],
  [ProviderKind.PERSONAL_ASSISTANT]: ['{first} {last}', '{first} {last} – Personal Assistant', '{first} {last} PA Support'],
  [ProviderKind.PRIVATE_COMPANY]: [
    '{emblem} Care Ltd', '{emblem} Support Services Ltd', '{area} Home Support Ltd', '{emblem} Healthcare Ltd',
    'Independence Plus {area} Ltd', '{emblem} Therapy Partners Ltd', 'Horizon Support {area} Ltd', '{emblem} Living Ltd',
  ],
  [ProviderKind.PUBLIC_BODY]: [
    '{area} Recovery College', '{area} Council Community Connectors', '{area} Adult Learning Service',
    '{area} Community Wellbeing Service', '{area} Libraries and Community Hubs', '{area} Employment and Skills Service',
  ],
};

const PROVIDER_ABOUT: Record<ProviderKind, readonly string[]> = {
  [ProviderKind.USER_LED_ORGANISATION]: [
    'A user-led organisation run by and for people with lived experience of mental distress in and around {area}.',
    'We are a group of people who have used mental health services ourselves, and we run the kind of support we wish we had found sooner.',
    'Set up by local people with lived experience, we are governed by our members and everything we do is shaped by them.',
  ],
  [ProviderKind.CHARITY]: [
    'A registered charity supporting people across {area} with their mental health, wellbeing and everyday lives.',
    'We are a local charity that has worked alongside people in {area} for many years, with paid staff and trained volunteers.',
    'A community charity offering practical and emotional support to anyone who needs it, whatever their circumstances.',
  ],
  [ProviderKind.SOCIAL_ENTERPRISE]: [
    'A community interest company that reinvests every surplus in support for people in {area}.',
    'A social enterprise creating meaningful activity, skills and work for people recovering from mental ill health.',
  ],
  [ProviderKind.MICRO_ENTERPRISE]: [
    'A small local service run by {first} {last}, offering flexible, personal support that fits around your life.',
    'We are a micro-enterprise of two or three people, so you will always see someone you know.',
    'Small by design: we keep our groups and caseloads small so that support stays personal.',
  ],
  [ProviderKind.PERSONAL_ASSISTANT]: [
    'I am {first}, a self-employed personal assistant working with people in and around {area}.',
    'Experienced personal assistant, DBS checked and insured, offering reliable support at home and out and about.',
  ],
  [ProviderKind.PRIVATE_COMPANY]: [
    'A registered care and support provider working across {area} and neighbouring areas.',
    'An independent provider of community support, with a team of trained support workers and therapists.',
  ],
  [ProviderKind.PUBLIC_BODY]: [
    'A public service provided by or for {area}, open to residents of all ages.',
    'Part of the local public sector, working with health, social care and voluntary partners across {area}.',
  ],
};

const PROVIDER_VALUES = [
  'We believe recovery means different things to different people, and we start with what matters to you.',
  'Everyone is welcome: we work hard to be inclusive of every background, identity and culture.',
  'We are happy to talk through how we can help before you book anything.',
  'We work closely with local community groups, GP practices and social prescribers.',
  'All our staff and volunteers are DBS checked and trained in safeguarding.',
  'You can pay for our support from a personal budget, a direct payment or privately.',
];

export interface PersonName {
  first: string;
  last: string;
}

export function personName(rng: Random): PersonName {
  return { first: rng.pick(FIRST_NAMES), last: rng.pick(SURNAMES) };
}

/** Local authority names read naturally in text without their ", City of" style suffixes. */
export function areaName(localAuthorityName: string): string {
  return localAuthorityName.replace(/,\s*(City|County) of$/, '').trim();
}

export function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
}

export function providerName(rng: Random, kind: ProviderKind, area: string, person: PersonName): string {
  let last2 = rng.pick(SURNAMES);
  if (last2 === person.last) last2 = SURNAMES[(SURNAMES.indexOf(last2) + 1) % SURNAMES.length];
  const name = fill(rng.pick(PROVIDER_NAMES[kind]), { area, emblem: rng.pick(EMBLEMS), first: person.first, last: person.last, last2 });
  return name.length <= 120 ? name : name.slice(0, 120).trim();
}

export function providerDescription(rng: Random, kind: ProviderKind, area: string, person: PersonName, peerLed: boolean): string {
  const parts = [fill(rng.pick(PROVIDER_ABOUT[kind]), { area, first: person.first, last: person.last })];
  if (peerLed && kind !== ProviderKind.USER_LED_ORGANISATION) {
    parts.push('Many of our team have lived experience of mental ill health and recovery, and we employ peer workers.');
  }
  parts.push(...rng.sample(PROVIDER_VALUES, rng.int(1, 2)));
  return parts.join(' ');
}

/** A made-up address on the reserved `.example` domain, so no seeded link ever points at a real site. */
export function providerWebsite(name: string): string {
  const slug = name.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `https://${slug || 'provider'}.example`;
}
