import { renderToStaticMarkup } from 'react-dom/server';
import { RequestsFooter } from '@/features/provider/requests-footer';

// The provider portal lists the 10 newest waiting requests. A provider with more must be told, and led to them all.
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
const links = (html: string) => [...html.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);

describe('under the portal’s waiting requests', () => {
  it('links to all bookings when every waiting request is shown', () => {
    const html = renderToStaticMarkup(<RequestsFooter shown={4} more={false} />);
    expect(links(html)).toEqual([['/provider/bookings', 'See all bookings']]);
    expect(text(html)).not.toContain('More requests');
  });

  it('says more are waiting, and links to every waiting request, when the list is cut short', () => {
    const html = renderToStaticMarkup(<RequestsFooter shown={10} more />);
    expect(text(html)).toBe('More requests are waiting than the 10 newest shown here. See every request waiting for your answer or all bookings.');
    expect(links(html)).toEqual([
      ['/provider/bookings?status=REQUESTED', 'See every request waiting for your answer'],
      ['/provider/bookings', 'all bookings'],
    ]);
  });
});
