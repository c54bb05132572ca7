// Contact details for the demo market, derived from each row's id (no draws from the market's random stream, so
// adding them changed nothing else the seed makes). Phone numbers are Ofcom's drama ranges (never real lines);
// emails and websites use the reserved .example domain.
const LANDLINES = ['020 7946 0', '0161 496 0', '0113 496 0', '0117 496 0', '0121 496 0', '0131 496 0', '0141 496 0', '0151 496 0', '0191 498 0'];
const HOURS = ['Mondays to Fridays, 9am to 5pm', 'Mondays to Thursdays, 10am to 4pm', 'Weekdays 9:30am to 4:30pm; Saturdays 10am to 1pm', 'Tuesdays and Thursdays, 10am to 3pm'];
const STREETS = ['High Street', 'Church Road', 'Station Road', 'Park Lane', 'Market Square', 'Victoria Road', 'Mill Lane', 'Queen Street'];
const PLACES = ['Community Centre', 'Library', 'Resource Centre', 'Wellbeing Hub', 'Methodist Hall', 'Neighbourhood Centre'];
const PROVIDER_ACCESS = ['Step-free access', 'Hearing loop', 'Accessible toilet', 'Easy read information', 'Quiet room'];

function hash(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return h >>> 0;
}

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'provider';

export function seedProviderContact(id: string, name: string): { contactEmail: string; contactPhone: string; contactHours: string; accessibility: string[] } {
  const h = hash(id);
  const phone = h % 5 === 0 ? `07700 900${String(h % 1000).padStart(3, '0')}` : `${LANDLINES[h % LANDLINES.length]}${String(h % 1000).padStart(3, '0')}`;
  return {
    contactEmail: `hello@${slug(name)}.example`,
    contactPhone: phone,
    contactHours: HOURS[h % HOURS.length],
    accessibility: PROVIDER_ACCESS.filter((_, i) => (h >> (i + 3)) & 1),
  };
}

/** A venue for offerings delivered in person or as a group (never a home visit's address); nothing else of their own. */
export function seedOfferingVenue(id: string, modes: readonly string[], outcode: string, area: string): { venueAddress: string | null; venueOutcode: string | null } {
  if (!modes.includes('IN_PERSON') && !modes.includes('GROUP')) return { venueAddress: null, venueOutcode: null };
  const h = hash(id);
  return { venueAddress: `${area} ${PLACES[h % PLACES.length]}, ${1 + (h % 180)} ${STREETS[(h >> 8) % STREETS.length]}, ${area}`, venueOutcode: outcode };
}
