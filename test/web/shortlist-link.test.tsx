import { renderToStaticMarkup } from 'react-dom/server';
import { ShortlistLink } from '@/features/catalogue/shortlist-link';

// The site header's shortlist link: always there, with the count when something is saved, named in words.
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();

describe('header shortlist link', () => {
  it('links to the shortlist with no count when nothing is saved', () => {
    const html = renderToStaticMarkup(<ShortlistLink count={0} />);
    expect(html).toMatch(/^<a class="header__link" href="\/shortlist">/);
    expect(text(html)).toBe('Shortlist');
    expect(html).not.toContain('header__badge');
  });

  it('shows how many are saved, read out as "3 saved"', () => {
    const html = renderToStaticMarkup(<ShortlistLink count={3} />);
    expect(text(html)).toBe('Shortlist 3 saved');
    expect(html).toContain('<span class="header__badge header__badge--count">3<span class="visually-hidden"> saved</span></span>');
  });
});
