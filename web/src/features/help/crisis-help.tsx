// Where to get urgent help (issue 15, part 5): in every page's footer, and prominently on every mental-health
// offering. The numbers are links (tel:, sms:) so a phone can call or text them in one tap. Checked 2026-12 against
// nhs.uk "Where to get urgent help for mental health", samaritans.org and giveusashout.org.
export function CrisisHelp({ prominent = false }: { prominent?: boolean }) {
  return (
    <section className={prominent ? 'crisis crisis--prominent' : 'crisis'} aria-labelledby={prominent ? 'crisis-help' : 'crisis-help-footer'}>
      <h2 className={prominent ? 'heading-m' : 'heading-s'} id={prominent ? 'crisis-help' : 'crisis-help-footer'}>
        {prominent ? 'In crisis? Get help now' : 'If you need help now'}
      </h2>
      {prominent && <p>This service is not for emergencies. If you feel you cannot keep yourself safe, get help now:</p>}
      <ul className="crisis__list">
        <li>
          Call <a href="tel:999">999</a> or go to A&amp;E if your life, or someone else&apos;s, is at risk.
        </li>
        <li>
          Call <a href="tel:111">NHS 111</a> and choose option 2 for urgent mental health help, any time of day.
        </li>
        <li>
          Call Samaritans free on <a href="tel:116123">116 123</a>, day or night.
        </li>
        <li>
          Text SHOUT to <a href="sms:85258?body=SHOUT">85258</a> to talk by text with Shout, free, any time.
        </li>
      </ul>
    </section>
  );
}

/** An offering about mental health: one whose life areas include mental wellbeing, or a crisis service. */
export function isMentalHealthOffering(o: { lifeAreas: readonly string[]; category: { slug: string } }): boolean {
  return o.lifeAreas.includes('MENTAL_WELLBEING') || o.category.slug === 'crisis-cafe';
}
