import 'reflect-metadata';
import { isObjectType } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth-checker';
import { HOT_LIST_TYPES, RESOLVERS } from './build-schema';
import { leanFieldResolvers } from './lean-field-resolvers';

describe('lean field resolvers on hot list types', () => {
  it('apply exactly to the field resolvers that take only the root and the context (no arguments, no authorization)', async () => {
    const schema = await buildSchema({ resolvers: RESOLVERS as unknown as [Function, ...Function[]], authChecker, authMode: 'error', validate: true });
    const before = new Map<string, unknown>(HOT_LIST_TYPES.flatMap((t) => {
      const type = schema.getType(t);
      return isObjectType(type) ? Object.values(type.getFields()).map((f) => [`${t}.${f.name}`, f.resolve] as const) : [];
    }));
    const lean = leanFieldResolvers(schema, HOT_LIST_TYPES, (cls) => Object.create((cls as { prototype: object }).prototype));
    // A field leaving this list (say, it gained @Authorized or an argument) keeps type-graphql's wrapper: review it.
    expect(lean).toEqual([
      'Booking.budget',
      'Booking.history',
      'Booking.offering',
      'Booking.paidFrom',
      'Booking.personName',
      'Booking.plan',
      'Booking.requestedBy',
      'Booking.review',
      'Booking.slot',
      'Offering.category',
      'Offering.contact',
      'Offering.nextAvailableSlot',
      'Offering.provider',
      'Offering.rating',
      'Offering.sessionCostPence',
      'Provider.requiredVerifications',
      'Provider.suspensionReason',
      'Provider.verifications',
      'Slot.offering',
    ]);
    for (const name of lean) {
      const [t, f] = name.split('.');
      const type = schema.getType(t);
      expect(isObjectType(type) && type.getFields()[f].resolve).not.toBe(before.get(name));
    }
    // Fields with arguments keep the wrapper (validation of their arguments happens there).
    const offering = schema.getType('Offering');
    expect(isObjectType(offering) && offering.getFields().slots.resolve).toBe(before.get('Offering.slots'));
  });
});
