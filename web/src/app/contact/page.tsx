import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Contact us – Support Market' };

export default function ContactPage() {
  return (
    <div className="two-thirds">
      <h1 className="heading-xl">Contact us</h1>
      <p className="lead">We cannot give advice about care or health, but we can help with Support Market itself.</p>
      <p>
        If you need help now, see <a href="#crisis-help-footer">where to get urgent help</a>: call NHS 111 and choose option 2, or
        Samaritans on <a href="tel:116123">116 123</a>.
      </p>

      <h2 className="heading-l">Help with your account, a booking or this website</h2>
      <p>
        Email <a href="mailto:help@supportmarket.example">help@supportmarket.example</a>. We reply within 2 working days. Please do not
        send health details by email; we will ask for what we need.
      </p>
      <p>
        If you use a booking or a budget your council gives you, you can also contact your council&apos;s adult social care team about
        your plan and budget.
      </p>

      <h2 className="heading-l">Your personal information</h2>
      <p>
        To ask about your information, or for our data protection officer, email{' '}
        <a href="mailto:privacy@supportmarket.example">privacy@supportmarket.example</a>. You can download or delete your own data in{' '}
        <a href="/account">your account</a>. Read the <a href="/privacy">privacy notice</a>.
      </p>

      <h2 className="heading-l">Accessibility</h2>
      <p>
        To report an accessibility problem or ask for information in another format, email{' '}
        <a href="mailto:accessibility@supportmarket.example">accessibility@supportmarket.example</a>. Read the{' '}
        <a href="/accessibility">accessibility statement</a>.
      </p>
      <p>If you are worried about a provider or the safety of someone using a service, tell us at the same address as for help.</p>
    </div>
  );
}
