import { badInput } from '../../common/app-error';
import type { DeliveryMode } from '../catalogue/catalogue.enums';
import type { PlaceDirectory } from '../place/place-directory';
import type { ContactFields } from './contact.entity';
import type { ContactInput } from './contact.inputs';
import { normaliseUkPhone } from './uk-phone';

// The rules for contact details that shape validation cannot state: a venue only where sessions happen in a place
// (in person or as a group), with both an address and a known postcode district; stored in one readable form.

const VENUE_MODES: readonly string[] = ['IN_PERSON', 'GROUP'];

export function contactFields(input: ContactInput, places: PlaceDirectory, venue: { deliveryModes: readonly DeliveryMode[] } | null): ContactFields {
  const text = (v: string | null | undefined) => v?.trim().replace(/\s+/g, ' ') || null;
  const venueAddress = text(input.venueAddress);
  const venueOutcodeRaw = text(input.venueOutcode);
  if (venueAddress || venueOutcodeRaw) {
    if (!venue) throw badInput("A provider's contact details have no venue: give the venue on each in-person offering.", 'contact.venueAddress');
    if (!venue.deliveryModes.some((m) => VENUE_MODES.includes(m))) {
      throw badInput('Only offerings delivered in person or as a group have a venue (never a person\'s home).', 'contact.venueAddress');
    }
    if (!venueAddress || !venueOutcodeRaw) throw badInput('A venue needs both an address and its postcode district.', venueAddress ? 'contact.venueOutcode' : 'contact.venueAddress');
  }
  return {
    email: text(input.email)?.toLowerCase() ?? null,
    phone: input.phone ? normaliseUkPhone(input.phone) : null,
    website: text(input.website),
    hours: text(input.hours),
    venueAddress,
    venueOutcode: venueOutcodeRaw ? places.district(venueOutcodeRaw, 'contact.venueOutcode').outcode : null,
    accessibility: [...new Set((input.accessibility ?? []).map((a) => a.trim()).filter(Boolean))],
  };
}
