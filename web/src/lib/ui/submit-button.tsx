'use client';
import { useFormStatus } from 'react-dom';

// A submit button that says it is working and cannot be pressed twice while the action runs.
export function SubmitButton({ children, className = 'button', name, value }: { children: React.ReactNode; className?: string; name?: string; value?: string }) {
  const { pending } = useFormStatus();
  return (
    <button className={className} type="submit" disabled={pending} aria-disabled={pending} name={name} value={value}>
      {children}
    </button>
  );
}
