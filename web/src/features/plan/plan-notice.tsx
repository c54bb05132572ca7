import { Notice } from '@/lib/ui/notice';

// What the plan page says after a redirect from one of its forms (?done=... or ?error=CODE).
const DONE: Record<string, string> = {
  booked: 'Your booking request has been sent. The provider will confirm it.',
  cancelled: 'Your booking is cancelled. The money is back in your budget.',
  reviewed: 'Thank you for your review.',
  score: 'Your score is saved.',
  wellbeing: 'Your wellbeing check is saved.',
  goal: 'Your goal is added.',
  plan: 'Your plan is ready.',
  details: 'Your plan is saved. The suggestions on this page now follow it.',
  'own-money': 'Your own money is added. You can use it to book support.',
  invited: 'Your invitation is sent. They will see it once they sign in with that email address.',
  revoked: 'Done. They can no longer see or use your plan.',
  safe: 'Your staying safe section is saved.',
};

// The plan's own form checks, worded for this page; anything else is an API error code for Notice.
const ERRORS: Record<string, string> = {
  WELLBEING_INCOMPLETE: 'Please answer all 7 questions in the wellbeing check.',
  GOAL_INCOMPLETE: 'Please describe your goal and say how things are now.',
  PLAN_INCOMPLETE: 'Please give your postcode district, like M14.',
  INVITE_INCOMPLETE: "Please give their email address, say how they know you and choose what they can do.",
  SAFETY_CONTACT: 'Give each person to call a name and a UK phone number, like 07700 900123.',
};

/** The sections a message may be placed in (?at=...); anything else shows at the top of the page. */
export const NOTICE_SECTIONS = ['details', 'budgets', 'bookings', 'goals', 'wellbeing', 'staying-safe', 'circle'] as const;
export type NoticeSection = (typeof NOTICE_SECTIONS)[number] | 'top';

export const noticeSection = (at: string | undefined): NoticeSection => (NOTICE_SECTIONS as readonly string[]).find((s) => s === at) as NoticeSection | undefined ?? 'top';

export function PlanNotice({ done, error }: { done?: string; error?: string }) {
  if (error && ERRORS[error]) {
    return (
      <div className="notice notice--error" role="alert">
        <p className="notice__text">{ERRORS[error]}</p>
      </div>
    );
  }
  return <Notice done={done} error={error} messages={DONE} />;
}

const SECTIONS: [string, string][] = [
  ['#details', 'Your plan'],
  ['#budgets', 'Money'],
  ['#bookings', 'Bookings'],
  ['#goals', 'Goals'],
  ['#matches', 'Suggestions'],
  ['#wellbeing', 'Wellbeing'],
  ['#staying-safe', 'Staying safe'],
];

/** `own`: the person's own plan, with their circle of support (not shown to a supporter acting for them). */
export function PlanContents({ own = true }: { own?: boolean }) {
  return (
    <nav className="contents" aria-label="On this page">
      <ul>
        {[...SECTIONS, ...(own ? [['#circle', 'Your circle of support'] as [string, string]] : [])].map(([href, label]) => (
          <li key={href}>
            <a href={href}>{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
