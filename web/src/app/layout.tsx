import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/features/account/site-header';
import { ActingBanner } from '@/features/supporter/acting-banner';
import { CrisisHelp } from '@/features/help/crisis-help';
import { FooterLinks } from '@/features/help/footer-links';
import './globals.css';

export const metadata: Metadata = {
  title: 'Support Market',
  description: 'Find and book community support with your personal budget.',
};

export const viewport: Viewport = { themeColor: '#0b0c0c', width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>
        <a className="skip-link" href="#main-content">
          Skip to main content
        </a>
        <SiteHeader />
        <ActingBanner />
        <div className="width-container">
          {/* tabIndex -1 lets the skip link move keyboard focus, not just scroll. */}
          <main className="main" id="main-content" tabIndex={-1}>
            {children}
          </main>
        </div>
        <footer className="footer">
          <div className="width-container">
            <CrisisHelp />
            <FooterLinks />
            <h2 className="visually-hidden">About the data</h2>
            <p className="footer__text">
              Postcode locations: Contains OS data © Crown copyright and database right 2025. Contains Royal Mail
              data © Royal Mail copyright and database right 2025. Contains National Statistics data © Crown
              copyright and database right 2025. Licensed under the{' '}
              <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">
                Open Government Licence v3.0
              </a>
              . The map is adapted from this data.
            </p>
            <p className="footer__text">
              Service information follows the <a href="https://openreferraluk.org/">Open Referral UK</a> data
              standard, used under{' '}
              <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a>.
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
