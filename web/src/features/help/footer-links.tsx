// The pages a public service owes everyone, linked from every page's footer.
const LINKS = [
  { href: '/privacy', label: 'Privacy notice' },
  { href: '/cookies', label: 'Cookies' },
  { href: '/accessibility', label: 'Accessibility statement' },
  { href: '/contact', label: 'Contact us' },
];

export function FooterLinks() {
  return (
    <nav aria-label="Support Market policies">
      <ul className="footer__links">
        {LINKS.map((l) => (
          <li key={l.href}>
            <a href={l.href}>{l.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
