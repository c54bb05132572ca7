import type { Metadata } from 'next';
import { requireViewer } from '@/features/account/viewer';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Console – Support Market' };

type Task = { href: string; title: string; description: string };

// The console's home: the tasks each role has, as links. Admins keep providers safe and the market fair;
// commissioners fund plans in their council's area and set its allocation table.
const ADMIN_TASKS: Task[] = [
  { href: '/admin/verifications', title: 'Check providers’ evidence', description: 'Approve or reject registrations, DBS checks, insurance and references.' },
  { href: '/admin/concerns', title: 'Concerns', description: 'Safeguarding concerns and complaints: acknowledge, investigate and close them.' },
  { href: '/admin/providers', title: 'Providers', description: 'Suspend a provider, or lift a suspension.' },
  { href: '/admin/reviews', title: 'Reported reviews', description: 'Hide a review that breaks the rules, keep one that does not, or show a hidden one again.' },
  { href: '/admin/commissioners', title: 'Create a commissioner', description: 'Give someone at a council a commissioner account for their area.' },
];

const COMMISSIONER_TASKS: Task[] = [
  { href: '/admin/plans', title: 'Plans and budgets', description: 'Find a plan in your area by its reference, then add a budget or change one.' },
  { href: '/admin/allocation', title: 'Allocation table', description: 'See your council’s resource allocation table and publish a new version.' },
  { href: '/admin/concerns', title: 'Concerns', description: 'Concerns about providers that serve your area.' },
  { href: '/commissioner', title: 'Your market', description: 'What people look for, what they find and what it costs.' },
];

export default async function ConsolePage() {
  const viewer = await requireViewer('/admin', ['ADMIN', 'COMMISSIONER']);
  const tasks = viewer.role === 'ADMIN' ? [...ADMIN_TASKS, ...COMMISSIONER_TASKS.filter((t) => t.href !== '/admin/concerns')] : COMMISSIONER_TASKS;
  return (
    <>
      <h1 className="heading-xl">Console</h1>
      <p className="lead">
        {viewer.role === 'ADMIN' ? 'Tasks for admins. You can also do what commissioners do, for any council.' : 'Tasks for commissioners in your council’s area.'}
      </p>
      <ul className="task-list">
        {tasks.map((t) => (
          <li key={t.href} className="task-list__item">
            <h2 className="heading-s">
              <a href={t.href}>{t.title}</a>
            </h2>
            <p>{t.description}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
