import type { Provider } from '../provider/provider.entity';
import type { Offering } from './offering.entity';
import type { Slot } from './slot.entity';

// A search results card: the offering with its provider and next free slot, read in the page's one statement
// (OfferingRepository.searchCards). The two are kept on the offering object under private symbols so the field
// resolvers can answer them synchronously: through a DataLoader (even a primed one) every card would resolve through
// promises, which at 100 cards was a large share of a search's allocations and garbage collection (issue 20). The
// loaders are primed as well, for any other field that reads them.
const PROVIDER = Symbol('card provider');
const NEXT_SLOT = Symbol('card next slot');

type Card = Offering & { [PROVIDER]?: Provider; [NEXT_SLOT]?: Slot | null };

export function withCard(offering: Offering, provider: Provider, nextSlot: Slot | null): Offering {
  const card = offering as Card;
  card[PROVIDER] = provider;
  card[NEXT_SLOT] = nextSlot;
  return card;
}

/** The card's provider, or undefined when the offering did not come from a search page. */
export function cardProvider(o: Offering): Provider | undefined {
  return (o as Card)[PROVIDER];
}

/** The card's next free slot (null: none), or undefined when the offering did not come from a search page. */
export function cardNextSlot(o: Offering): Slot | null | undefined {
  return NEXT_SLOT in o ? (o as Card)[NEXT_SLOT]! : undefined;
}
