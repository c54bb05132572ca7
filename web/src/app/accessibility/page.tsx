import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Accessibility statement – Support Market' };

// The statement the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 ask
// for, after GOV.UK's model statement.
export default function AccessibilityPage() {
  return (
    <div className="two-thirds">
      <h1 className="heading-xl">Accessibility statement</h1>
      <p className="lead">We want as many people as possible to be able to use Support Market.</p>
      <p>For example, you should be able to:</p>
      <ul className="list list--bullet">
        <li>zoom in up to 400% without the text spilling off the screen</li>
        <li>use the whole service with just a keyboard</li>
        <li>use it with a screen reader (such as NVDA, JAWS or VoiceOver) or speech recognition</li>
        <li>change colours, contrast and fonts in your browser</li>
      </ul>
      <p>We have written the text to be as simple as we can.</p>

      <h2 className="heading-l">How accessible this service is</h2>
      <p>
        Support Market aims to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. It is partially compliant:
        every page in our browser tests is checked with an automated tool (axe) whenever we change the service, and the main journeys
        are tested with a keyboard, but it has not yet had a full audit by accessibility specialists, and automated tools do not find
        every problem. If you find one, please tell us.
      </p>

      <h2 className="heading-l">Tell us about a problem</h2>
      <p>
        If you find a problem, or you need information in a different format, such as large print, easy
        read, audio or braille, <a href="/contact">contact us</a>. We will reply within 5 working days.
      </p>

      <h2 className="heading-l">Enforcement procedure</h2>
      <p>
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the accessibility regulations. If you are not
        happy with how we respond to your complaint, contact the{' '}
        <a href="https://www.equalityadvisoryservice.com/">Equality Advisory and Support Service (EASS)</a>.
      </p>

      <h2 className="heading-l">Preparation of this statement</h2>
      <p>This statement was prepared on 3 December 2026. It was last reviewed on 3 December 2026.</p>
    </div>
  );
}
