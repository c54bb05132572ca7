import { registerEnumType } from 'type-graphql';

export enum DeliveryMode {
  IN_PERSON = 'IN_PERSON',
  HOME_VISIT = 'HOME_VISIT',
  ONLINE = 'ONLINE',
  PHONE = 'PHONE',
  GROUP = 'GROUP',
}
registerEnumType(DeliveryMode, { name: 'DeliveryMode' });

/** Modes that reach a person wherever they live. */
export const REMOTE_MODES: readonly DeliveryMode[] = [DeliveryMode.ONLINE, DeliveryMode.PHONE];

export enum PriceUnit {
  SESSION = 'SESSION',
  HOUR = 'HOUR',
  DAY = 'DAY',
  WEEK = 'WEEK',
}
registerEnumType(PriceUnit, { name: 'PriceUnit' });

export enum OfferingStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  PAUSED = 'PAUSED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(OfferingStatus, { name: 'OfferingStatus' });

export enum OfferingSort {
  RELEVANCE = 'RELEVANCE',
  DISTANCE = 'DISTANCE',
  PRICE_LOW_TO_HIGH = 'PRICE_LOW_TO_HIGH',
  RATING = 'RATING',
  NEWEST = 'NEWEST',
}
registerEnumType(OfferingSort, {
  name: 'OfferingSort',
  valuesConfig: {
    RELEVANCE: { description: 'Best text match when searching by words; else nearest when near a district; else best rated.' },
    DISTANCE: { description: 'Nearest first; needs nearOutcode.' },
  },
});
