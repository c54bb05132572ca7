import { createHash } from 'node:crypto';

// Open Referral wants every record to have a UUID. Offerings, providers and slots have theirs; the records the feed
// derives from them (locations, cost options, attributes, languages...) get name-based UUIDs (RFC 9562 version 5),
// so the same record keeps the same id on every request and in every database.
const NAMESPACE = Buffer.from('6c1f0d3c8e2a4b8e9f5d2a7b3c4e5f60', 'hex');

export function stableUuid(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/**
 * A UUID for a record the feed derives from a catalogue row (its location, cost option, languages, attributes...):
 * the row's id XOR a mask named by the kind of record, so the derived id is stable, leads back to the row without a
 * lookup table, and costs no hashing per row (a SHA-1 per derived record was a tenth of a 100-service page). The mask
 * leaves the version and variant bits alone, so a random (v4) UUID stays a valid v4 UUID.
 */
const MASKS = new Map<string, Buffer>();
const MAX_MASKS = 10_000;

export function derivedId(kind: string, id: string): string {
  let mask = MASKS.get(kind);
  if (!mask) {
    mask = createHash('sha1').update(`derived:${kind}`).digest();
    mask[6] &= 0x0f;
    mask[8] &= 0x3f;
    if (MASKS.size >= MAX_MASKS) MASKS.clear(); // kinds include free text (accessibility notes): keep the cache bounded
    MASKS.set(kind, mask);
  }
  const src = Buffer.from(id.replace(/-/g, ''), 'hex');
  for (let i = 0; i < 16; i++) src[i] ^= mask[i];
  const h = src.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
