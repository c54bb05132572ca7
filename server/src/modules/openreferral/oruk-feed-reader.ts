import { readFile } from 'node:fs/promises';
import type { OrukService } from './oruk.types';

// Reads a feed's services from a URL (an Open Referral API: its base, or its /services) or from a saved JSON file.
// A file may hold a page ({contents: [...]}), an array of pages, an array of services, one service, or
// service_at_location documents (their nested service is read). Items of a list that are not fully nested (no
// service_at_locations) are fetched from /services/{id} when reading a URL. Problems are reported, never thrown,
// except when the first page cannot be read at all.

export interface FeedItem {
  doc: unknown;
  /** Where it came from, for messages: "page 3, item 7". */
  where: string;
}

export interface ReaderHooks {
  problem(message: string): void;
  progress?(message: string): void;
  fetch?: typeof fetch;
}

export const PAGE_SIZE = 100;

export async function* readFeed(input: string, hooks: ReaderHooks): AsyncGenerator<FeedItem> {
  if (/^https?:\/\//i.test(input)) yield* readUrl(input, hooks);
  else yield* readFile_(input, hooks);
}

async function* readFile_(path: string, hooks: ReaderHooks): AsyncGenerator<FeedItem> {
  const data: unknown = JSON.parse(await readFile(path, 'utf8'));
  const pages = Array.isArray(data) && data.every((p) => isPage(p)) ? (data as { contents: unknown[] }[]) : isPage(data) ? [data as { contents: unknown[] }] : null;
  if (pages) {
    for (const [p, page] of pages.entries()) for (const [i, item] of page.contents.entries()) yield { doc: unwrap(item), where: `page ${p + 1}, item ${i + 1}` };
    return;
  }
  const items = Array.isArray(data) ? data : [data];
  for (const [i, item] of items.entries()) yield { doc: unwrap(item), where: `item ${i + 1}` };
  if (items.length === 0) hooks.problem(`${path} holds no services.`);
}

async function* readUrl(url: string, hooks: ReaderHooks): AsyncGenerator<FeedItem> {
  const doFetch = hooks.fetch ?? fetch;
  const base = url.replace(/\/+$/, '').replace(/\/services$/, '');
  const getJson = async (target: string): Promise<unknown> => {
    let last: unknown;
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const res = await doFetch(target, { headers: { accept: 'application/json' } });
        if (res.status === 404) throw new Error('404 Not Found');
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        return await res.json();
      } catch (e) {
        last = e;
        if (String((e as Error).message).startsWith('404')) break;
        await new Promise((r) => setTimeout(r, 500 * (attempt + 1)));
      }
    }
    throw last;
  };
  for (let page = 1; ; page++) {
    let body: unknown;
    try {
      body = await getJson(`${base}/services?page=${page}&per_page=${PAGE_SIZE}`);
    } catch (e) {
      if (page === 1) throw new Error(`Could not read ${base}/services: ${(e as Error).message}`);
      hooks.problem(`Page ${page} could not be read (${(e as Error).message}); the import stops there.`);
      return;
    }
    if (!isPage(body)) {
      hooks.problem(`Page ${page} is not an Open Referral page (no contents); the import stops there.`);
      return;
    }
    const p = body as { contents: unknown[]; total_pages?: number; last_page?: boolean };
    hooks.progress?.(`page ${page}${typeof p.total_pages === 'number' ? ` of ${p.total_pages}` : ''}`);
    for (const [i, item] of p.contents.entries()) {
      const where = `page ${page}, item ${i + 1}`;
      const doc = unwrap(item) as Partial<OrukService> | null;
      if (doc && typeof doc === 'object' && !('service_at_locations' in doc) && typeof doc.id === 'string') {
        try {
          yield { doc: await getJson(`${base}/services/${encodeURIComponent(doc.id)}`), where };
        } catch (e) {
          hooks.problem(`${where}: service ${doc.id} could not be read in full (${(e as Error).message}); skipped.`);
        }
      } else {
        yield { doc, where };
      }
    }
    if (p.last_page === true || p.contents.length === 0 || (typeof p.total_pages === 'number' && page >= p.total_pages)) return;
  }
}

function isPage(x: unknown): boolean {
  return !!x && typeof x === 'object' && !Array.isArray(x) && Array.isArray((x as { contents?: unknown }).contents);
}

/** A service_at_location document becomes its service, with the location nested as the profile does. */
function unwrap(item: unknown): unknown {
  if (!item || typeof item !== 'object') return item;
  const sal = item as { id?: string; service?: OrukService; location?: unknown; location_id?: string };
  if (sal.service && typeof sal.service === 'object' && 'location' in sal) {
    const locations = sal.service.service_at_locations ?? [{ id: sal.id, location_id: sal.location_id, location: sal.location }];
    return { ...sal.service, service_at_locations: locations };
  }
  return item;
}
