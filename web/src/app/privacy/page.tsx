import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Privacy notice – Support Market' };

// What we hold, why, on what lawful basis (UK GDPR Articles 6 and 9), for how long, and the person's rights. The
// retention periods here are the ones the code keeps (docs/security.md, "Your data and your account").
export default function PrivacyPage() {
  return (
    <div className="two-thirds">
      <h1 className="heading-xl">Privacy notice</h1>
      <p className="lead">How Support Market uses your personal information, and your rights.</p>

      <h2 className="heading-l">Who we are</h2>
      <p>
        Support Market is the data controller for the information in your account. Where your council funds your support, the
        council is the controller of the budget it gives you, and we hold those records for it. You can <a href="/contact">contact us</a> or
        our data protection officer about anything on this page.
      </p>

      <h2 className="heading-l">What we hold</h2>
      <ul className="list list--bullet">
        <li>Your account: name, email address, and a scrambled (hashed) copy of your password that nobody can read.</li>
        <li>
          Your support plan: your postcode district (never your full address), age, the kinds of support you need, languages,
          access needs, and your goals, outcome scores and wellbeing checks.
        </li>
        <li>Your budgets and their statement, your bookings and their history, reviews you write, and messages you send and receive.</li>
        <li>Notifications we show or email to you, and your notification settings.</li>
        <li>For providers: your organisation&apos;s details, services, times, and the bookings made with you.</li>
        <li>Searches are counted by area and kind of support only, without anything that says who searched.</li>
      </ul>

      <h2 className="heading-l">Health information</h2>
      <p>
        Your goals, outcome scores, wellbeing checks, support needs and some messages can say something about your physical or
        mental health. This is special category data under UK GDPR, and we protect it more: only you, the providers you book with
        (for what they need to give the session), and the council that funds your plan can see it.
      </p>

      <h2 className="heading-l">Why we use it, and our lawful basis</h2>
      <ul className="list list--bullet">
        <li>
          To run your account, bookings and payments from your budget: the contract with you (UK GDPR Article 6(1)(b)), and, where
          a council funds your support, its public task under the Care Act 2014 (Article 6(1)(e)).
        </li>
        <li>
          For health information: providing health or social care (Article 9(2)(h)) with the Data Protection Act 2018, Schedule 1,
          Part 1, paragraph 2; and, where you choose to record goals and wellbeing, your explicit consent (Article 9(2)(a)), which you
          can withdraw by deleting them or your account.
        </li>
        <li>To keep the service secure and prevent fraud (our legitimate interests, Article 6(1)(f)): for example, limiting repeated sign-in attempts.</li>
        <li>To show councils where support is missing, using counts that cannot identify anyone (counts of 1 to 7 are never shown, and others are rounded to the nearest 5).</li>
      </ul>

      <h2 className="heading-l">How long we keep it</h2>
      <ul className="list list--bullet">
        <li>Your account, plan, messages and notifications: while your account is open. When you delete it, they are erased at once.</li>
        <li>
          Budget statements and booking records: kept after you delete your account, without your name, because councils must be able
          to account for public money (usually 6 years).
        </li>
        <li>Links to reset a password work for one hour; counts of failed sign-in attempts are deleted after 31 days.</li>
      </ul>

      <h2 className="heading-l">Who we share it with</h2>
      <p>
        Providers you book with or message see your name, the booking and your messages. The council that funds your plan sees your
        plan and budget. We use an email provider to send notifications. We never sell your information or use it for advertising.
      </p>

      <h2 className="heading-l">Your rights</h2>
      <p>You have the right to:</p>
      <ul className="list list--bullet">
        <li>
          get a copy of your information: use <a href="/account#your-data">Download your data</a> in your account, or ask us
        </li>
        <li>have it corrected: most of it you can change yourself in your plan and account</li>
        <li>
          have it erased: use <a href="/account/delete">Delete your account</a>
        </li>
        <li>object to or restrict how we use it, and take it to another service (the download is in a common format, JSON)</li>
      </ul>

      <h2 className="heading-l">Complaints</h2>
      <p>
        If you are unhappy with how we have used your information, please <a href="/contact">tell us</a> first. You can also complain to
        the Information Commissioner&apos;s Office (ICO): <a href="https://ico.org.uk/make-a-complaint/">ico.org.uk/make-a-complaint</a>,
        or call 0303 123 1113.
      </p>
    </div>
  );
}
