import type { Role } from '../../modules/account/role';
import type { OfferingStatus } from '../../modules/catalogue/catalogue.enums';
import type { ProviderKind } from '../../modules/provider/provider.enums';

// The accounts a newcomer signs in with, printed by the start script (and offered on the sign-in page with
// DEMO_SIGN_IN=1). Type-only imports keep this file free of the GraphQL layer, so
// scripts can read it cheaply. Demo data only: never for production.
export const DEMO_PASSWORD = 'demo-password';

export interface DemoAccount {
  email: string;
  password: string;
  role: `${Role}`;
  name: string;
  /** Commissioners work for one council that commissions care (a county, unitary, borough or Welsh/Scottish council). */
  localAuthorityCode: string | null;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'person@demo.supportmarket.uk', password: DEMO_PASSWORD, role: 'PERSON', name: 'Sam Taylor', localAuthorityCode: null },
  { email: 'provider@demo.supportmarket.uk', password: DEMO_PASSWORD, role: 'PROVIDER', name: 'Priya Shah', localAuthorityCode: null },
  { email: 'commissioner@demo.supportmarket.uk', password: DEMO_PASSWORD, role: 'COMMISSIONER', name: 'Chris Morgan', localAuthorityCode: 'E08000003' },
  // A two-tier area: Kent County Council commissions care for Maidstone, Canterbury and its ten other districts.
  { email: 'kent.commissioner@demo.supportmarket.uk', password: DEMO_PASSWORD, role: 'COMMISSIONER', name: 'Jo Fairweather', localAuthorityCode: 'E10000016' },
  { email: 'admin@demo.supportmarket.uk', password: DEMO_PASSWORD, role: 'ADMIN', name: 'Alex Kerr', localAuthorityCode: null },
];

export const DEMO_PROVIDER_OWNER_EMAIL = 'provider@demo.supportmarket.uk';

export interface DemoProvider {
  name: string;
  kind: `${ProviderKind}`;
  baseOutcode: string;
  verified: boolean;
  peerLed: boolean;
  description: string;
  website: string | null;
  offerings: readonly { categorySlug: string; status: `${OfferingStatus}` }[];
}

/** The demo provider account's three organisations in Manchester, with a mix of draft and published offerings. */
export const DEMO_PROVIDERS: readonly DemoProvider[] = [
  {
    name: 'Moss Side Voices Peer Support',
    kind: 'USER_LED_ORGANISATION',
    baseOutcode: 'M14',
    verified: true,
    peerLed: true,
    description:
      'A user-led peer support group in south Manchester, run by and for people with lived experience of mental distress. ' +
      'We meet weekly, welcome newcomers and are governed by our members.',
    website: 'https://moss-side-voices.example',
    offerings: [
      { categorySlug: 'peer-support', status: 'PUBLISHED' },
      { categorySlug: 'peer-support', status: 'PUBLISHED' },
      { categorySlug: 'crisis-cafe', status: 'DRAFT' },
    ],
  },
  {
    name: 'Shah Creative Wellbeing',
    kind: 'MICRO_ENTERPRISE',
    baseOutcode: 'M20',
    verified: true,
    peerLed: false,
    description: 'A small creative wellbeing business in Didsbury offering art and nature sessions for adults, in small groups and one to one.',
    website: null,
    offerings: [
      { categorySlug: 'arts-and-creativity', status: 'PUBLISHED' },
      { categorySlug: 'nature-based', status: 'DRAFT' },
    ],
  },
  {
    name: 'Priya Shah – Personal Assistant',
    kind: 'PERSONAL_ASSISTANT',
    baseOutcode: 'M13',
    verified: false,
    peerLed: false,
    description: 'I am Priya, a personal assistant in central and south Manchester, DBS checked and insured, with a background in mental health support.',
    website: null,
    offerings: [{ categorySlug: 'personal-assistance', status: 'PUBLISHED' }],
  },
];
